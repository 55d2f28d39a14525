import { css } from 'lit';

export const ratingInputStyles = css`
  :host {
    --_size: var(--trust-rating-input-size, 1.75em);
    --_fill: var(--trust-rating-input-color, var(--_star));
    --_empty: var(--trust-rating-input-empty-color, var(--_star-empty));
    --_outline: var(--trust-rating-input-outline-color, var(--_star-outline));
    display: inline-block;
  }
  .base {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75em;
    row-gap: 0.25em;
  }
  .label {
    flex-basis: 100%;
    font-weight: 600;
  }
  .options {
    display: inline-flex;
    gap: 2px;
    border-radius: var(--_radius);
  }
  .option {
    display: inline-grid;
    place-items: center;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: 2px;
    border-radius: 4px;
    cursor: pointer;
    touch-action: manipulation;
  }
  .option svg {
    display: block;
    inline-size: var(--_size);
    block-size: var(--_size);
  }
  .option path {
    fill: var(--_empty);
    stroke: var(--_outline);
    stroke-width: 1.5;
    stroke-linejoin: round;
    transition: fill 80ms ease-out;
  }
  .option.on path {
    fill: var(--_fill);
    stroke: var(--_fill);
  }
  /* A preview (hover, or focus before choosing) is drawn dashed and half-filled: visibly not a choice yet. */
  .option.preview path {
    fill: color-mix(in srgb, var(--_fill) 45%, var(--_empty));
    stroke: var(--_outline);
    stroke-dasharray: 3 2;
  }
  :host(:is([disabled], [readonly])) .option,
  .disabled .option {
    cursor: default;
  }
  /* Disabled: outlines only in the muted colour, text stays readable (no opacity, which fails contrast). */
  .disabled .option path,
  .disabled .option.on path {
    stroke: var(--_muted);
  }
  .disabled .option.on path {
    fill: var(--_muted);
  }
  .status {
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* The error looks like every other field's (controlStyles), on a line of its own. */
  .error {
    flex-basis: 100%;
  }
  button {
    font: inherit;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.15em 0.6em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button:disabled {
    color: var(--_muted);
    cursor: default;
  }
  @media (forced-colors: active) {
    .option path {
      fill: Canvas;
      stroke: CanvasText;
    }
    .option.on path {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .option.preview path {
      fill: Highlight;
      stroke: CanvasText;
    }
    .disabled .option path {
      stroke: GrayText;
    }
    .disabled .option.on path {
      fill: GrayText;
    }
    .status {
      color: CanvasText;
    }
  }
`;
