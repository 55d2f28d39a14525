import { css } from 'lit';

/**
 * What the lists of review data share (`<trust-review-list>`, `<trust-questions>`): a column with a gap, paragraphs
 * without margins, buttons and selects at least the 24 px target (`--_target`, from controlStyles) in the page's font,
 * and line icons drawn in the text colour. Each element's own styles come after it.
 */
export const reviewListLayoutStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  p {
    margin: 0;
  }
  button,
  select {
    font: inherit;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
  }
  button {
    color: inherit;
  }
  button[aria-disabled='true'] {
    cursor: default;
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
