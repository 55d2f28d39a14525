import { css } from 'lit';

/** Carousel and grid: quotes as cards; buttons are at least `--trust-target-size`; arrows follow the reading direction. */
export const testimonialsStyles = css`
  :host {
    --_border: var(--trust-color-border, light-dark(#d0d7de, #30363d));
    display: block;
    line-height: 1.45;
  }
  .base {
    display: grid;
    gap: 0.75em;
  }
  .heading {
    font-size: 1.125em;
    font-weight: 700;
  }
  p,
  blockquote,
  figure {
    margin: 0;
  }
  .note,
  .author {
    color: var(--_muted);
  }
  .note {
    font-size: 0.9375em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-inline-size: var(--_target);
    min-block-size: max(var(--_target), 2.25em);
    padding: 0.25em 0.75em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  svg {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  svg path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .rotation svg path[d^='M5 3'] {
    fill: currentColor;
  }
  svg.flip {
    transform: scaleX(-1);
  }
  .controls {
    align-items: center;
  }
  .position {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .slide {
    padding: 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .slide[hidden] {
    display: none;
  }
  .quote-box {
    display: grid;
    gap: 0.5em;
  }
  .title {
    font-weight: 600;
  }
  .quote {
    font-size: var(--trust-testimonials-quote-size, 1.0625em);
    overflow-wrap: anywhere;
  }
  .quote p::before {
    content: open-quote;
  }
  .quote p::after {
    content: close-quote;
  }
  .labels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .labels li {
    padding: 0.125em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .grid-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--trust-testimonials-min-column, 16em)), 1fr));
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .aggregate {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .all-label {
    font-weight: 600;
  }
  a {
    color: var(--_accent);
    display: inline-block;
    min-block-size: var(--_target);
    line-height: var(--_target);
  }
  @media (forced-colors: active) {
    button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .slide,
    .labels li {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
