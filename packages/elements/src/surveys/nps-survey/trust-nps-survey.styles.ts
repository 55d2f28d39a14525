import { css } from 'lit';

export const npsSurveyStyles = css`
  :host {
    --_option-size: var(--trust-nps-survey-option-size, 2.5em);
    --_gap: var(--trust-nps-survey-gap, 0.375em);
  }
  /* As wide as eleven full-size answers, or the space there is: the answers shrink (never below the target
     size) before they wrap, and then wrap in reading order into equal columns. */
  .scale {
    inline-size: min(100%, calc(11 * var(--_option-size) + 10 * var(--_gap)));
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(max(var(--_target), 1.75em), 1fr));
  }
  .option {
    min-inline-size: max(var(--_target), 1.75em);
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .anchors {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 1em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .anchor-number {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .anchors {
      color: CanvasText;
    }
  }
`;
