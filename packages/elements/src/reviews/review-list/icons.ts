import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** The list's icons (decorative: every one stands next to its text). */
export const ICON_CHECK = svg`<path d="M3 8.5l3.2 3L13 4.5"></path>`;
export const ICON_INFO = svg`<circle cx="8" cy="8" r="6.25"></circle><path d="M8 7.25v4M8 4.75v.5"></path>`;
export const ICON_CHEVRON = svg`<path d="M4 6l4 4 4-4"></path>`;
export const icon = (paths: SVGTemplateResult): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${paths}</svg>`;
