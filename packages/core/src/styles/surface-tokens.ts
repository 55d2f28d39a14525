import { css } from 'lit';

/**
 * Box tokens of elements that draw a surface (cards, forms, notices, tables): border (3:1 against the surface, as
 * WCAG 1.4.11 asks of a component's boundary), surface and muted text, read once from the global tokens with
 * defaults that follow the page's `color-scheme`.
 */
export const surfaceTokens = css`
  :host {
    --_border: var(--trust-color-border, light-dark(#6e7781, #8b949e));
    --_surface: var(--trust-color-surface, light-dark(#ffffff, #0d1117));
    --_muted: var(--trust-color-text-muted, light-dark(#57606a, #9da7b3));
  }
`;
