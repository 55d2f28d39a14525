import { css } from 'lit';

/**
 * Colours shared by the badge family (`<trust-badge>`, `<trust-guarantee>`): surface, border, muted text and the one
 * "verified" colour, which only a verified badge uses, and the caution colour of a badge in test mode. Read from the
 * global tokens with `light-dark()` defaults, like the other families.
 */
export const badgeTokens = css`
  :host {
    --_surface: var(--trust-color-surface, light-dark(#ffffff, #0d1117));
    --_border: var(--trust-color-border, light-dark(#8c959f, #6e7781));
    --_muted: var(--trust-color-text-muted, light-dark(#57606a, #9da7b3));
    --_verified: var(--trust-badge-verified-color, var(--trust-color-success, light-dark(#1a7f37, #56d364)));
    --_caution: var(--trust-badge-test-color, var(--trust-color-warning, light-dark(#9a6700, #d29922)));
  }
`;
