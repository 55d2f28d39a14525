import { css } from 'lit';

/**
 * Styles shared by the survey elements. Each element sets `--_option-size` (the smallest side of an option) and
 * its own hooks. Targets are never below `--trust-target-size` (24 px); the scale wraps in reading order.
 */
export const surveyStyles = css`
  :host {
    --_checked-bg: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    display: block;
    line-height: 1.4;
  }
  .base > :not(:empty) ~ :not(:empty) {
    margin-block-start: 0.75em;
  }
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .question {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 600;
  }
  .scale {
    display: inline-flex;
    flex-direction: column;
    gap: 0.375em;
    max-inline-size: 100%;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap, 0.375em);
    /* Room for the check badge that overhangs the first row. */
    padding-block-start: 0.375em;
  }
  .option {
    position: relative;
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.125em;
    min-inline-size: max(var(--_target), var(--_option-size));
    min-block-size: max(var(--_target), var(--_option-size));
    padding: 0.25em;
    color: inherit;
    text-align: center;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    user-select: none;
    touch-action: manipulation;
  }
  .option:hover {
    border-color: var(--_accent);
  }
  /* Chosen: a thick border, a tint and a check mark; never colour alone. */
  .option.checked {
    padding: calc(0.25em - 2px);
    background: var(--_checked-bg);
    border: 3px solid var(--_accent);
  }
  .check {
    display: none;
    position: absolute;
    inset-block-start: -0.5em;
    inset-inline-end: -0.5em;
    inline-size: 1.125em;
    block-size: 1.125em;
    padding: 0.125em;
    background: var(--_accent);
    border-radius: 50%;
  }
  .checked .check {
    display: block;
  }
  svg path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .check path {
    stroke: var(--_surface);
    stroke-width: 2.5;
  }
  .disabled .option {
    color: var(--_muted);
    border-color: var(--_muted);
    cursor: default;
  }
  .follow-up {
    display: grid;
    gap: 0.25em;
    max-inline-size: 36em;
  }
  label {
    font-weight: 600;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 4.5em;
    padding: 0.5em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }
  .submit {
    min-inline-size: var(--_target);
    min-block-size: max(var(--_target), 2.25em);
    padding: 0.25em 1.25em;
    font: inherit;
    font-weight: 600;
    color: var(--_surface);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* Sending: visibly not pressable again, still readable. */
  .submit[aria-disabled='true'] {
    color: var(--_accent);
    background: transparent;
    cursor: progress;
  }
  .submit:disabled {
    color: var(--_muted);
    background: transparent;
    border-color: var(--_muted);
    cursor: default;
  }
  .status.sent {
    display: flex;
    inline-size: fit-content;
    align-items: center;
    gap: 0.5em;
    font-weight: 600;
  }
  .sent-mark {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  @media (forced-colors: active) {
    .option {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .option.checked {
      color: HighlightText;
      background: Highlight;
      border-color: ButtonText;
    }
    .check {
      background: HighlightText;
      outline: 1px solid Highlight;
    }
    .check path {
      stroke: Highlight;
    }
    .disabled .option {
      color: GrayText;
      border-color: GrayText;
    }
    .submit {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .submit:disabled {
      color: GrayText;
      border-color: GrayText;
    }
    .submit[aria-disabled='true'] {
      border-style: dashed;
    }
  }
`;
