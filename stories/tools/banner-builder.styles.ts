import { css } from 'lit';

/**
 * The banner builder's look: the library's tokens (themes.css) through core's shared style groups, so it follows the
 * light, dark and high-contrast themes; logical properties for right to left; errors marked by text and a sign, not
 * colour alone; every target at least `--trust-target-size`. Two columns (form | preview and snippet) when there is
 * room, one otherwise.
 */
export const bannerBuilderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    line-height: 1.45;
  }
  .layout {
    display: grid;
    gap: 1.5em 2em;
  }
  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  .form,
  .result {
    display: grid;
    gap: 1.25em;
    min-inline-size: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.125em;
  }
  p {
    margin: 0;
  }
  section,
  fieldset {
    display: grid;
    gap: 0.875em;
    min-inline-size: 0;
    margin: 0;
  }
  fieldset {
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding-inline: 0.25em;
    font-weight: 600;
  }
  .box {
    display: grid;
    gap: 0.875em;
    min-inline-size: 0;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  /* The columns side by side when there is room, their labels, hints, inputs and errors each on one line (subgrid). */
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
    gap: 0 1em;
  }
  .columns > .field {
    grid-row: span 4;
    grid-template-rows: subgrid;
    align-content: start;
    margin-block-end: 0.875em;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  input,
  textarea,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: max(var(--_target), 2.25em);
    padding: 0.375em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  input[type='file'] {
    padding: 0.25em;
  }
  textarea {
    resize: vertical;
  }
  .snippet {
    min-block-size: 16em;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8125em;
    line-height: 1.5;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .errors {
    display: grid;
    gap: 0.125em;
  }
  .error:empty {
    display: none;
  }
  button {
    justify-self: start;
    min-inline-size: var(--_target);
    min-block-size: max(var(--_target), 2.25em);
    padding: 0.25em 1em;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button.primary {
    color: var(--_surface);
    background: var(--_accent);
  }
  .report > button {
    grid-column: 1 / -1;
  }
  .reports {
    display: grid;
    gap: 0.875em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .report {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.5em 1em;
    align-items: start;
    padding-block-end: 0.875em;
    border-block-end: 1px solid var(--_border);
  }
  .read {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.25em;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .notes {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .notes > * + * {
    margin-block-start: 0.5em;
  }
  .placeholder {
    padding: 1em;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .status {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    input,
    textarea,
    select,
    fieldset,
    .box {
      border-color: CanvasText;
    }
    button,
    button.primary {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .notes {
      border-inline-start-color: CanvasText;
    }
  }
`;
