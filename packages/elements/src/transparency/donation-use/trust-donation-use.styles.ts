import { css } from 'lit';

/**
 * `<trust-donation-use>`. The banner's minimum height (7em) matches the space reserve.css keeps for it before the
 * script arrives (`--trust-donation-use-banner-min-size`), so nothing below it moves when it upgrades. Its content
 * (the headline beside its disclosure button, then the scope) is top-aligned, so the headline never moves when the
 * details open; a short banner keeps some empty space below its scope, the price of that reserve.
 */
export const donationUseStyles = css`
  :host {
    --_tint: var(--trust-donation-use-background, color-mix(in srgb, var(--_accent) 6%, var(--_surface)));
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
  .base {
    display: grid;
    gap: 0.75em;
    padding: 0.75em 1em;
    background: var(--_tint);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .banner {
    container-type: inline-size;
    min-block-size: var(--trust-donation-use-banner-min-size, 7em);
    align-content: start;
    gap: 0.5em;
  }
  .line {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  /* Banner: the headline with the button at its end, the scope below both; stacked in a narrow box. */
  .banner .statement {
    flex: 1;
    min-inline-size: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'headline toggle' 'scope scope';
    align-items: center;
    gap: 0.15em 0.75em;
  }
  .banner [part='headline'] {
    grid-area: headline;
  }
  .banner [part='scope'] {
    grid-area: scope;
  }
  .banner [part='toggle'] {
    grid-area: toggle;
    justify-self: end;
  }
  @container (max-inline-size: 32em) {
    .banner .statement {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'headline' 'scope' 'toggle';
    }
    .banner [part='toggle'] {
      justify-self: start;
    }
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.1em;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part='headline'] {
    font-weight: 700;
  }
  .card [part='headline'],
  .full [part='headline'] {
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part='scope'] {
    display: block;
    color: var(--_muted);
  }
  [part='toggle'] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    vertical-align: middle;
    min-block-size: max(var(--_target), 1.75em);
    min-inline-size: var(--_target);
    padding: 0.25em 0.75em;
    font: inherit;
    font-weight: 600;
    /* A fixed height (1.75em + its border), which the banner's reserved height counts on. */
    line-height: 1.25;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .chevron {
    inline-size: 0.9em;
    block-size: 0.9em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  [part='details'] {
    display: grid;
    gap: 0.75em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  [part='details'][hidden] {
    display: none;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  [part='report'] {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  [part='unavailable'] {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .icon {
      stroke: CanvasText;
    }
    [part='toggle'] {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    [part='scope'],
    [part='unavailable'] {
      color: CanvasText;
    }
  }
`;
