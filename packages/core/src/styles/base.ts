import { css } from 'lit';

/**
 * Shared styles. Global design tokens (`--trust-*`, set by a theme class from themes.css or by the page) are read
 * once, with defaults that follow the page's `color-scheme` through `light-dark()`, into private `--_*`
 * properties that the element styles use. A component hook (`--trust-<component>-<property>`) is read in the
 * component's own styles with the private property as fallback. Elements include only the groups they use.
 */

/** Every element: box model, font, `hidden`, reduced motion. Text colour is the page's unless a theme sets it. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--trust-font-family, inherit);
    color: var(--trust-color-text, inherit);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
