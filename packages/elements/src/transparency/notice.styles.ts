import { css } from 'lit';

/**
 * Styles shared by the transparency notices: surface tokens, status colours (each always paired with an icon
 * and a word), term/description lists, links and icons. Logical properties only, so right-to-left text mirrors.
 */
export const noticeStyles = css`
  :host {
    --_success: var(--trust-color-success, light-dark(#1a7f37, #3fb950));
    --_warning: var(--trust-color-warning, light-dark(#9a6700, #d29922));
    display: block;
    line-height: 1.45;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Term/description pairs, each in a row <div>: the description wraps below its term when space is short. */
  dl {
    display: grid;
    gap: 0.35em;
    margin: 0;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
  }
  dt {
    flex: 0 0 var(--_term-size, 10em);
    font-weight: 600;
  }
  dd {
    flex: 1 1 14em;
    min-inline-size: 0;
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .icon {
      stroke: CanvasText;
    }
    .muted {
      color: CanvasText;
    }
  }
`;
