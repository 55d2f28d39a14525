import { css } from 'lit';

export const badgeStyles = css`
  :host {
    --_size: var(--trust-badge-size, 2.5rem);
    display: inline-flex;
    flex-direction: column;
    vertical-align: middle;
    line-height: 1.3;
    max-inline-size: 100%;
    /* Alone in a grid or a flex column, as wide as its content, not the box (a group stretches its items). */
    justify-self: start;
    align-self: start;
  }
  [part~='base'] {
    flex: 1 1 auto;
    display: inline-flex;
    align-items: center;
    gap: 0.625em;
    min-block-size: max(var(--_target), var(--_size));
    min-inline-size: var(--_target);
    max-inline-size: 100%;
    padding-block: 0.375em;
    padding-inline: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    text-align: start;
    background: var(--trust-badge-background, var(--_surface));
    border: var(--_border-width, 1px) var(--_border-style, solid) var(--_tone, var(--_border));
    border-radius: var(--trust-badge-radius, var(--_radius));
    cursor: pointer;
  }
  .compact {
    --_size: var(--trust-badge-size, 1.75rem);
    gap: 0.375em;
    padding-block: 0.125em;
    padding-inline: 0.25em 0.5em;
    font-size: 0.875em;
  }
  .verified {
    --_tone: var(--_verified);
    --_border-width: 2px;
  }
  .checking,
  .failed {
    --_border-style: dashed;
  }
  /* Test mode: its own dashed look in the caution colour, never the verified one. */
  .test-key {
    --_tone: var(--_caution);
    --_border-width: 2px;
    --_border-style: dashed;
  }
  [part='logo'] {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: var(--_size);
    block-size: var(--_size);
  }
  [part='logo'] img,
  [part='logo'] svg,
  ::slotted(svg),
  ::slotted(img) {
    display: block;
    max-inline-size: 100%;
    max-block-size: 100%;
  }
  /* Only a verified badge shows the certifier's logo in colour. */
  :not(.verified) > [part='logo'] {
    filter: grayscale(1);
    opacity: 0.7;
  }
  .seal {
    inline-size: 100%;
    block-size: 100%;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    color: var(--_muted);
  }
  .verified .seal {
    color: var(--_verified);
  }
  .text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  [part='issuer'] {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  [part='claim'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='status'] {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .verified [part='status'] {
    color: var(--_verified);
    font-weight: 600;
  }
  .test-key [part='status'] {
    color: var(--_caution);
    font-weight: 600;
  }
  .icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part='details'] {
    /* Wraps to the seal's width instead of widening it. */
    inline-size: 0;
    min-inline-size: 100%;
    margin: 0.375em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
    max-inline-size: 32em;
  }
  h2 {
    margin: 0;
    font-size: 1.125rem;
  }
  [part='close'] {
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: 0.25em 0.75em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .state {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 1rem 0 0.25rem;
    font-weight: 600;
  }
  .state.verified {
    color: var(--_verified);
  }
  .state.test-key {
    color: var(--_caution);
  }
  .explain {
    margin: 0 0 1rem;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.375rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    margin: 1rem 0 0;
    padding: 0;
    list-style: none;
  }
  a {
    display: inline-block;
    min-block-size: var(--_target);
    line-height: var(--_target);
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    [part~='base'],
    [part='close'] {
      border-color: CanvasText;
    }
    .verified {
      --_tone: CanvasText;
    }
    .test-key {
      --_tone: CanvasText;
    }
    .verified [part='status'],
    .state.verified,
    .test-key [part='status'],
    .state.test-key {
      color: CanvasText;
    }
    :not(.verified) > [part='logo'] {
      filter: none;
    }
  }
`;
