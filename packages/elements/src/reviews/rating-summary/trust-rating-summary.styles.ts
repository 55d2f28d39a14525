import { css } from 'lit';

export const ratingSummaryStyles = css`
  :host {
    --_bar: var(--trust-rating-summary-bar-color, var(--_star));
    --_track: var(--trust-rating-summary-track-color, light-dark(#d8dee4, #30363d));
    --_bar-height: var(--trust-rating-summary-bar-height, 0.625em);
    display: block;
    max-inline-size: 28rem;
    line-height: 1.4;
  }
  .base {
    display: grid;
    gap: 0.75em;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75em;
  }
  .average {
    font-size: var(--trust-rating-summary-average-size, 2.25em);
    font-weight: 700;
    line-height: 1;
  }
  .stars {
    display: grid;
    gap: 0.125em;
  }
  /* The count is shown (and announced) by the summary itself, in full. */
  trust-star-rating::part(count) {
    display: none;
  }
  .count,
  .note {
    color: var(--_muted);
  }
  .note {
    margin: 0;
  }
  /* Rows share columns (subgrid) so that bars line up whatever the length of each level's name. */
  .histogram {
    display: grid;
    grid-template-columns: max-content minmax(3em, 1fr) max-content max-content;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row,
  .row-button {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .row-button {
    position: relative;
    column-gap: 0.625em;
    min-block-size: var(--_target);
    padding-block: 2px;
    padding-inline: 6px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
  }
  button.row-button {
    cursor: pointer;
    touch-action: manipulation;
  }
  button.row-button:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  /* Pressed: a frame and bold text, not colour alone. */
  button.row-button[aria-pressed='true'] {
    border-color: currentColor;
    font-weight: 700;
  }
  /*
   * The fill is a border, not a background: forced-colours mode keeps borders (in the text colour) and would erase
   * a background, so the bar still shows its share there; the track gets an outline in that mode.
   */
  .bar {
    display: flex;
    block-size: calc(var(--_bar-height) + 2px);
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_track);
    overflow: hidden;
  }
  .fill {
    border-block-start: var(--_bar-height) solid var(--_bar);
    transition: inline-size 200ms ease-out;
  }
  .percent,
  .row-count {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .row-count {
    color: var(--_muted);
  }
  .recommend {
    margin: 0;
    font-weight: 600;
  }
  /* Aspects: name, bar and average on one line (columns shared, so bars line up), the count of who rated it below. */
  .aspects {
    display: grid;
    grid-template-columns: max-content minmax(3em, 1fr) max-content;
    column-gap: 0.625em;
    row-gap: 0.375em;
    margin: 0;
    /* In line with the histogram's rows (their frame and padding). */
    padding-block: 0;
    padding-inline: 8px;
    list-style: none;
  }
  .aspect {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .aspect-average {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .aspect-count {
    grid-column: 1 / -1;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .fit {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .fit-caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0 0.25em;
    padding-inline: 8px;
  }
  .fit th,
  .fit td {
    padding-block: 0.25em;
    padding-inline: 0 0.625em;
    text-align: start;
    font-weight: 400;
  }
  .fit thead th {
    font-size: 0.875em;
    color: var(--_muted);
    border-block-end: 1px solid var(--_track);
  }
  .fit th:first-child {
    padding-inline-start: 8px;
  }
  .fit td:last-child,
  .fit thead th:last-child {
    padding-inline-end: 0;
    text-align: end;
  }
  .fit-share-cell {
    inline-size: 60%;
  }
  .fit-share {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .fit-share .bar {
    flex: 1;
  }
  .fit-share .percent {
    min-inline-size: 3.5em;
  }
  @media (forced-colors: active) {
    .bar,
    .fill {
      border-color: CanvasText;
    }
    .count,
    .note,
    .row-count,
    .aspect-count,
    .fit thead th {
      color: CanvasText;
    }
    /* Buttons get frames in this mode; only the pressed row keeps one, so the frame still tells it apart. */
    .row-button {
      border-color: Canvas;
    }
    button.row-button[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
