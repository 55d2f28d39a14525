import { css } from 'lit';

export const csatSurveyStyles = css`
  :host {
    --_option-size: var(--trust-csat-survey-option-size, 2.5em);
    --_face: var(--trust-csat-survey-face-size, 2em);
    --_gap: var(--trust-csat-survey-gap, 0.5em);
  }
  .label {
    line-height: 1.2;
  }
  /* Faces: equal columns, the face above its word; they narrow before they wrap. */
  :host(:not([variant='words'])) .scale {
    inline-size: min(100%, calc(5 * 7em + 4 * var(--_gap)));
  }
  :host(:not([variant='words'])) .options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(max(var(--_target), 4.75em), 1fr));
  }
  :host(:not([variant='words'])) .option {
    justify-content: flex-start;
    min-inline-size: max(var(--_target), 4.75em);
    padding: 0.375em 0.25em;
    text-align: center;
  }
  :host(:not([variant='words'])) .option.checked {
    padding: calc(0.375em - 2px) calc(0.25em - 2px);
  }
  :host(:not([variant='words'])) .label {
    font-size: 0.875em;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .face {
    flex: none;
    inline-size: var(--_face);
    block-size: var(--_face);
  }
  .face circle {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .face .eye {
    fill: currentColor;
    stroke: none;
  }
  :host([variant='words']) .option {
    padding-inline: 0.75em;
  }
  :host([variant='words']) .option.checked {
    padding-inline: calc(0.75em - 2px);
  }
`;
