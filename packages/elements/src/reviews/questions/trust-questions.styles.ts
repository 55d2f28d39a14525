import { css } from 'lit';

/** Questions stack with their answers indented by a rule; labels are text with an icon, never colour alone. */
export const questionsStyles = css`
  :host {
    display: block;
    line-height: 1.5;
    --_border: var(--trust-questions-border-color, var(--trust-color-border, light-dark(#6e7781, #8b949e)));
    --_gap: var(--trust-questions-gap, 1.25rem);
  }
  button {
    cursor: pointer;
  }
  .data-state,
  .dropped,
  .showing,
  .meta,
  .hint {
    color: var(--_muted);
  }
  .unavailable {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .control {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  select,
  input,
  textarea {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  select {
    padding-block: 0.125rem;
    padding-inline: 0.375rem;
  }

  /* Questions and answers. */
  .list,
  .answers {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .question {
    padding-block: calc(var(--_gap) / 2);
    border-block-end: 1px solid var(--_border);
  }
  article {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    border-radius: var(--_radius);
  }
  article:focus {
    outline: none;
  }
  article:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 4px;
  }
  .question-text {
    font-weight: 700;
    font-size: 1.0625em;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .meta,
  .answer-label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75em;
    font-size: 0.9375em;
  }
  .answers {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .answer {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .answer-body {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .label {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding-block: 0.0625rem;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-weight: 600;
  }
  .label.store {
    border-color: var(--_accent);
  }
  .author {
    font-weight: 600;
  }
  time {
    color: var(--_muted);
  }
  .unanswered {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    font-style: italic;
  }
  .votes {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem 0.5rem;
    font-size: 0.9375em;
  }
  .vote,
  .more button,
  .retry {
    padding-block: 0.125rem;
    padding-inline: 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .vote[aria-pressed='true'] {
    border-color: currentColor;
    font-weight: 700;
    box-shadow: inset 0 0 0 1px currentColor;
  }
  .helpful {
    color: var(--_muted);
  }
  .more button {
    padding-block: 0.375rem;
  }

  /* The ask form. */
  .ask {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75rem;
  }
  .form {
    display: grid;
    gap: 1em;
    inline-size: 100%;
    max-inline-size: 40em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .field label {
    font-weight: 600;
  }
  .ask-button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .ask-button .icon {
    transition: transform 0.15s;
  }
  .ask-button[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .ask-button .icon {
      transition: none;
    }
  }
  .hint {
    font-size: 0.9375em;
  }
  input,
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
    min-block-size: max(var(--_target), 2.25em);
    padding: 0.375em 0.5em;
    font: inherit;
  }
  textarea {
    min-block-size: 5em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
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
  .ask-button,
  .submit,
  .secondary {
    min-block-size: max(var(--_target), 2.25em);
    padding: 0.25em 1.25em;
    font-weight: 600;
    border-radius: var(--_radius);
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_accent);
  }
  .submit {
    color: var(--_surface);
    background: var(--_accent);
  }
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
    .label,
    .vote,
    .more button,
    .retry,
    select,
    input,
    textarea {
      border-color: CanvasText;
    }
    .answers,
    .question {
      border-color: CanvasText;
    }
    .vote[aria-pressed='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
    .ask-button,
    .submit,
    .secondary {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .submit[aria-disabled='true'] {
      border-style: dashed;
    }
    .alert {
      color: CanvasText;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
