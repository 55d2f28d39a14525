import { css } from 'lit';

export const starRatingStyles = css`
  :host {
    --_size: var(--trust-star-rating-size, 1.25em);
    --_fill: var(--trust-star-rating-color, var(--_star));
    --_empty: var(--trust-star-rating-empty-color, var(--_star-empty));
    --_outline: var(--trust-star-rating-outline-color, var(--_star-outline));
    display: inline-flex;
    vertical-align: middle;
    min-block-size: var(--_size);
    line-height: 1.2;
  }
  .base {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: var(--_size);
  }
  .stars {
    position: relative;
    display: inline-flex;
    flex: none;
  }
  svg {
    display: block;
    flex: none;
    block-size: var(--_size);
    inline-size: auto;
    overflow: visible;
  }
  .empty path {
    fill: var(--_empty);
    stroke: var(--_outline);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    display: flex;
    overflow: hidden;
  }
  .full path {
    fill: var(--_fill);
    stroke: var(--_fill);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .count {
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }
  .unavailable {
    color: var(--_fg-muted);
    font-style: italic;
  }
  /* Forced colours: filled stars are solid, empty stars are outlines; shape, not colour, tells them apart. */
  @media (forced-colors: active) {
    .empty path {
      fill: Canvas;
      stroke: CanvasText;
    }
    .full path {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .count,
    .unavailable {
      color: CanvasText;
    }
  }
`;
