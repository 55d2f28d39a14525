import { css } from 'lit';

/**
 * Shared styles of every element. Global design tokens (`--trust-*`, set by a theme or by the page) are read
 * here once, with defaults that follow the page's `color-scheme` through `light-dark()`, into private `--_*`
 * properties that the element styles use. A component hook (`--trust-<component>-<property>`) is read in the
 * component's own styles with the private property as fallback.
 */
export const baseStyles = css`
  :host {
    --_fg: var(--trust-color-text, light-dark(#1f2328, #e6edf3));
    --_fg-muted: var(--trust-color-text-muted, light-dark(#57606a, #9da7b3));
    --_surface: var(--trust-color-surface, light-dark(#ffffff, #161b22));
    --_border: var(--trust-color-border, light-dark(#6e7781, #8b949e));
    --_accent: var(--trust-color-accent, light-dark(#0550ae, #79c0ff));
    --_star: var(--trust-color-star, light-dark(#b45309, #f5b942));
    --_star-empty: var(--trust-color-star-empty, light-dark(#ffffff, #161b22));
    --_star-outline: var(--trust-color-star-outline, light-dark(#8c4108, #d6a23c));
    --_danger: var(--trust-color-danger, light-dark(#b42318, #ff8182));
    --_focus: var(--trust-color-focus, light-dark(#0550ae, #79c0ff));
    --_focus-width: var(--trust-focus-width, 2px);
    --_radius: var(--trust-radius, 6px);
    --_font: var(--trust-font-family, inherit);
    --_target: var(--trust-target-size, 24px);
    font-family: var(--_font);
    color: var(--_fg);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;

/** A visible focus indicator (WCAG 2.4.7 / 2.4.13) that survives forced-colors mode. */
export const focusRing = css`
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
