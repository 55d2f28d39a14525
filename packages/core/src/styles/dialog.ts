import { css } from 'lit';

/**
 * The modal `<dialog>` of an element (the badge's details, the review list's photo zoom), used with
 * `closeOnBackdropClick`: a surface no wider than the viewport (`--_dialog-width`, default 30rem), a dimmed
 * backdrop, and a `.dialog-head` row holding the heading and the close button. Needs `surfaceTokens` (or the same
 * `--_surface`/`--_border` tokens) and `--_radius`.
 */
export const dialogStyles = css`
  dialog {
    inline-size: min(var(--_dialog-width, 30rem), calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: 1.25rem;
    color: var(--trust-color-text, light-dark(#1f2328, #e6edf3));
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    line-height: 1.5;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
  }
  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`;
