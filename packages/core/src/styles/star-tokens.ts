import { css } from 'lit';

/** Star and secondary-text colours, for every element that draws stars. */
export const starTokens = css`
  :host {
    --_star: var(--trust-color-star, light-dark(#b45309, #f5b942));
    --_star-empty: var(--trust-color-star-empty, light-dark(#fff, #161b22));
    --_star-outline: var(--trust-color-star-outline, light-dark(#8c4108, #d6a23c));
    --_muted: var(--trust-color-text-muted, light-dark(#57606a, #9da7b3));
  }
`;
