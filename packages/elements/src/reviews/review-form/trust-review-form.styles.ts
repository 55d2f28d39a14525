import { css } from 'lit';

/** Fields stack; every target is at least `--trust-target-size`; errors are marked by text and an icon, not colour alone. */
export const reviewFormStyles = css`
  :host {
    --_width: var(--trust-review-form-max-width, 40em);
    display: block;
    line-height: 1.4;
  }
  .form {
    display: grid;
    gap: 1em;
    max-inline-size: var(--_width);
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  .hint,
  .count {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  input,
  textarea {
    inline-size: 100%;
    min-block-size: max(var(--_target), 2.25em);
    padding: 0.375em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    min-block-size: 8em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .count.over::before {
    content: '⚠ ';
  }
  .draft {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  button {
    min-inline-size: var(--_target);
    min-block-size: max(var(--_target), 2.25em);
    padding: 0.25em 1.25em;
    font: inherit;
    font-weight: 600;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .submit {
    color: var(--_surface);
    background: var(--_accent);
    border: 1px solid var(--_accent);
  }
  .secondary {
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_accent);
  }
  /* Sending: visibly not pressable again, still readable. */
  .submit[aria-disabled='true'] {
    color: var(--_accent);
    background: transparent;
    cursor: progress;
  }
  button:disabled {
    color: var(--_muted);
    background: transparent;
    border-color: var(--_muted);
    cursor: default;
  }
  .status:not(:empty),
  .alert:not(:empty) {
    margin-block-start: 0.75em;
  }
  .status.sent {
    font-weight: 600;
  }
  .alert {
    color: var(--_danger);
    font-weight: 600;
  }
  .alert:not(:empty)::before {
    content: '⚠ ';
  }
  @media (forced-colors: active) {
    input,
    textarea {
      border-color: CanvasText;
    }
    .count.over,
    .alert {
      color: CanvasText;
    }
    .submit,
    .secondary {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .submit[aria-disabled='true'] {
      border-style: dashed;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
