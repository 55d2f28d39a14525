import { css } from 'lit';

export const guaranteeStyles = css`
  :host {
    --_icon: var(--trust-guarantee-icon-size, 2rem);
    display: inline-block;
    vertical-align: top;
    max-inline-size: 100%;
    /* Alone in a grid or a flex column, as wide as its content, not the box (a group stretches its items). */
    justify-self: start;
    align-self: start;
    line-height: 1.4;
  }
  [part~='base'] {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    block-size: 100%;
    padding: 0.625em 0.875em;
    padding-inline-start: 0.625em;
    background: var(--trust-guarantee-background, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--trust-guarantee-radius, var(--trust-radius, 6px));
  }
  [part='icon'] {
    flex: none;
    inline-size: var(--_icon);
    block-size: var(--_icon);
    color: var(--trust-guarantee-icon-color, currentColor);
  }
  [part='icon'] svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .body {
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
  [part='kind'] {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  [part='promise'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='record'] {
    margin-block-start: 0.125em;
  }
  [part='source'],
  [part='record-unavailable'],
  [part='unavailable'] {
    margin-block-start: 0.125em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  a {
    color: var(--trust-color-accent, light-dark(#0550ae, #79c0ff));
  }
  a:focus-visible {
    outline: var(--trust-focus-width, 2px) solid var(--trust-color-focus, light-dark(#0550ae, #79c0ff));
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
    [part='kind'],
    [part='source'],
    [part='record-unavailable'],
    [part='unavailable'] {
      color: CanvasText;
    }
  }
`;
