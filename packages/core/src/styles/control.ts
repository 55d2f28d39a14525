import { css } from 'lit';

/**
 * Interactive elements: accent, danger, focus, radius and target-size tokens, a visible focus indicator
 * (WCAG 2.4.7 / 2.4.13) that survives forced-colors mode, a visually-hidden utility class, and the one look of a
 * field's error message (`.error`: danger colour, bold, a warning sign, so not colour alone), the same in every form.
 */
export const controlStyles = css`
  :host {
    --_accent: var(--trust-color-accent, light-dark(#0550ae, #79c0ff));
    --_danger: var(--trust-color-danger, light-dark(#b42318, #ff8182));
    --_focus: var(--trust-color-focus, light-dark(#0550ae, #79c0ff));
    --_focus-width: var(--trust-focus-width, 2px);
    --_radius: var(--trust-radius, 6px);
    --_target: var(--trust-target-size, 24px);
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .error:not(:empty)::before {
    content: '⚠ ';
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .error {
      color: CanvasText;
    }
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
