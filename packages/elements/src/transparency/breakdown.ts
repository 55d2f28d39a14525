/**
 * The accessible breakdown shared by `<trust-donation-use>` and `<trust-price-breakdown>` (internal, not
 * exported from the package): a real `<table>` (caption, `th scope`) that doubles as the chart's legend, with a
 * swatch, the amount in the page's currency and the percentage of each part; and a stacked bar (SVG, one
 * `role="img"` named with every part and its share) whose parts differ by pattern as well as colour, and stay
 * apart in forced-colors mode. Percentages come from core: each rounded on its own, so equal amounts read the same, with the
 * fewest decimals (0 to 2) at which they add up to the Total row's 100 %.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { formatCurrency, formatList, formatPercent, isolate, type Translation } from '@trust-signals/core';
import type { Breakdown } from '@trust-signals/core/donations';

/** What to draw. `labels` are the words for each part, in the page's language. */
export interface BreakdownView {
  readonly breakdown: Breakdown;
  readonly labels: readonly string[];
  readonly currency: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly t: Translation;
  /** The table's caption, shown above it. */
  readonly caption: string;
  /** Header of the first column ("Expense", "Cost"). */
  readonly partHeader: string;
  /** Label of the total row ("Total", "Price"). */
  readonly totalLabel: string;
  /** Shows the amount column and the total row (default true); without them, the table lists percentages. */
  readonly amounts?: boolean;
}

/** Pattern shapes (8 × 8 tiles): solid, diagonal, dots, horizontal, cross-hatch, vertical. */
const SHAPES = [
  nothing,
  svg`<path class="fg" d="M-2 2l4-4M0 8l8-8M6 10l4-4"></path>`,
  svg`<circle class="dot" cx="4" cy="4" r="1.6"></circle>`,
  svg`<path class="fg" d="M0 2h8M0 6h8"></path>`,
  svg`<path class="fg" d="M0 0l8 8M8 0l-8 8"></path>`,
  svg`<path class="fg" d="M2 0v8M6 0v8"></path>`,
];
const COUNT = SHAPES.length;
/** Part `i` gets shape `i % 6` and a colour that differs from it after the first six, so no two parts look alike. */
const colourOf = (i: number) => (i + Math.floor(i / COUNT) * 3) % COUNT;

/** A share with the breakdown's decimals, on every row (and the Total row's 100 %) alike. */
const pct = (lang: string, percent: number, decimals: number) =>
  formatPercent(lang, percent / 100, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** The chart's accessible name: "Chart: Programs 82%, Management and general 11%, Fundraising 7%". */
export function chartName(view: BreakdownView): string {
  const { t, lang, breakdown, labels } = view;
  return t.breakdownChart(
    formatList(
      lang,
      breakdown.parts.map((p, i) => t.breakdownChartPart(isolate(labels[i]!, t.$dir), pct(lang, p.percent, breakdown.decimals))),
      { type: 'unit' },
    ),
  );
}

const swatch = (i: number) =>
  html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect width="16" height="16" fill="url(#tsb-p${i})"></rect></svg>`;

/** Renders the table (legend) and the stacked bar. */
export function renderBreakdown(view: BreakdownView): TemplateResult {
  const { breakdown, labels, currency, lang, dir, t } = view;
  const amounts = view.amounts !== false;
  // Whole amounts (a Form 990's dollars) are shown without decimals; any fraction shows them all, for every row.
  const whole = breakdown.parts.every((p) => Number.isInteger(p.amount));
  const money = (n: number) =>
    formatCurrency(lang, n, currency, whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : undefined);
  let start = 0;
  const segments = breakdown.parts.map((p, i) => {
    const width = (p.amount / breakdown.total) * 100;
    const x = dir === 'rtl' ? 100 - start - width : start;
    start += width;
    return svg`<rect
      class="seg c${colourOf(i)}"
      x="${x.toFixed(4)}%"
      width="${width.toFixed(4)}%"
      y="0"
      height="100%"
      fill="url(#tsb-p${i})"
    ></rect>`;
  });
  const patterns = breakdown.parts.map(
    (_, i) =>
      svg`<pattern id="tsb-p${i}" patternUnits="userSpaceOnUse" width="8" height="8"
        ><rect class="bg c${colourOf(i)} s${i % COUNT}" width="8" height="8"></rect>${SHAPES[i % COUNT]}</pattern
      >`,
  );
  return html`<div part="breakdown" class="breakdown">
    <table part="table">
      <caption part="caption">${view.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${view.partHeader}</th>
          ${amounts ? html`<th scope="col" class="num">${t.breakdownAmount}</th>` : nothing}
          <th scope="col" class="num">${t.breakdownShare}</th>
        </tr>
      </thead>
      <tbody>
        ${breakdown.parts.map(
          (p, i) => html`<tr>
            <th scope="row"><span class="part">${swatch(i)}<span>${labels[i]}</span></span></th>
            ${amounts ? html`<td class="num">${money(p.amount)}</td>` : nothing}
            <td class="num">${pct(lang, p.percent, breakdown.decimals)}</td>
          </tr>`,
        )}
      </tbody>
      ${
        amounts
          ? html`<tfoot>
            <tr>
              <th scope="row">${view.totalLabel}</th>
              <td class="num">${money(breakdown.total)}</td>
              <td class="num">${pct(lang, 100, breakdown.decimals)}</td>
            </tr>
          </tfoot>`
          : nothing
      }
    </table>
    <svg part="chart" class="chart" role="img" aria-label=${chartName(view)}>
      <defs>${patterns}</defs>
      ${segments}
    </svg>
  </div>`;
}

/**
 * Styles of the breakdown. Colours: `--trust-breakdown-color-1` … `-6` (defaults follow light and dark); the
 * pattern lines use the surface colour. Forced colours: every part is drawn in CanvasText on Canvas, told apart by
 * its pattern alone, and separated by a gap.
 */
export const breakdownStyles = css`
  :host {
    --_c0: var(--trust-breakdown-color-1, light-dark(#0b5394, #6cb6ff));
    --_c1: var(--trust-breakdown-color-2, light-dark(#b45309, #f0a35e));
    --_c2: var(--trust-breakdown-color-3, light-dark(#6d28d9, #c4a5ff));
    --_c3: var(--trust-breakdown-color-4, light-dark(#047857, #4fd1a5));
    --_c4: var(--trust-breakdown-color-5, light-dark(#be123c, #ff8fa8));
    --_c5: var(--trust-breakdown-color-6, light-dark(#475569, #b6c2d2));
    --_pattern: var(--trust-color-surface, light-dark(#ffffff, #0d1117));
  }
  .breakdown {
    display: grid;
    gap: 0.5em;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.35em;
  }
  th,
  td {
    padding-block: 0.3em;
    padding-inline: 0 0.75em;
    text-align: start;
    vertical-align: middle;
    border-block-end: 1px solid var(--_border);
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  thead th {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  tbody th {
    font-weight: 400;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-block-end: 0;
    border-block-start: 2px solid var(--_border);
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  .part {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .swatch {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    outline: 1px solid var(--_border);
    outline-offset: -1px;
  }
  .chart {
    display: block;
    inline-size: 100%;
    block-size: var(--trust-breakdown-bar-size, 1.5em);
    border-radius: 3px;
    outline: 1px solid var(--_border);
    outline-offset: 0;
  }
  .bg.c0 {
    fill: var(--_c0);
  }
  .bg.c1 {
    fill: var(--_c1);
  }
  .bg.c2 {
    fill: var(--_c2);
  }
  .bg.c3 {
    fill: var(--_c3);
  }
  .bg.c4 {
    fill: var(--_c4);
  }
  .bg.c5 {
    fill: var(--_c5);
  }
  .fg {
    fill: none;
    stroke: var(--_pattern);
    stroke-width: 1.5;
  }
  .dot {
    fill: var(--_pattern);
  }
  .seg {
    stroke: var(--_pattern);
    stroke-width: 2;
  }
  @media (forced-colors: active) {
    /* Important: the colour classes are more specific, and no colour may survive here. */
    .bg {
      fill: Canvas !important;
    }
    .bg.s0 {
      fill: CanvasText !important;
    }
    .fg {
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
    }
    .seg {
      stroke: Canvas;
      stroke-width: 3;
    }
    .chart,
    .swatch {
      outline-color: CanvasText;
    }
    th,
    td {
      border-color: CanvasText;
    }
  }
`;
