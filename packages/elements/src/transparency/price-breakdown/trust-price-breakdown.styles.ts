import { css } from 'lit';

/** `<trust-price-breakdown>`: a box with the breakdown (table + bar) and the facts under it. */
export const priceBreakdownStyles = css`
  :host {
    display: block;
    line-height: 1.45;
  }
  .base {
    display: grid;
    gap: 0.75em;
    padding: 0.75em 1em;
    background: var(--trust-price-breakdown-background, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  p {
    margin: 0;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0;
    font-size: 0.9375em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  [part='unavailable'] {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    [part='unavailable'] {
      color: CanvasText;
    }
  }
`;
