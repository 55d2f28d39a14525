/**
 * The data model of `<trust-price-breakdown>`: what a price is made of (materials, labour, transport, duties,
 * margin… any parts), stated with its source and date. The parts must add up to the price to the cent: when
 * they do not, the data is wrong and the element shows nothing rather than a breakdown that does not add up.
 */
import { checkTotal, parseBreakdownParts, parseCurrency, toBreakdown, type Breakdown } from './breakdown.js';
import { parseNumber, type ParseResult } from './errors.js';
import { Collector, parseDate, parseText } from './fields.js';
import { root } from './internal/notice-fields.js';

/**
 * What `<trust-price-breakdown>` accepts (from attributes, a property or a child `<script type="application/json">`)
 * and its parts: generated from scripts/data-formats/formats.ts with the JSON Schema
 * `trust-signals/schemas/trust-price-breakdown.json`; documented in docs/data-formats.mdx.
 */
export type { PriceBreakdownInput, PriceBreakdownPartInput } from './data-formats.js';

export interface PriceBreakdown {
  readonly price: number;
  readonly currency: string;
  readonly breakdown: Breakdown;
  readonly product?: string;
  readonly source: string;
  readonly date: Date;
}

/**
 * Reads and checks a price breakdown (a `PriceBreakdownInput`, or anything: every field is checked). Every problem is
 * reported at once, with its field path.
 */
export function parsePriceBreakdown(raw: unknown): ParseResult<PriceBreakdown> {
  const r = root(raw);
  if (!r.ok) return r;
  const input = r.value;
  const c = new Collector();
  const price = c.take(parseNumber(input.price, 'price', { min: 0 }));
  if (price === 0) c.error('price', 'must be more than 0');
  const currency = c.take(parseCurrency(input.currency, 'currency'));
  const parts = c.take(parseBreakdownParts(input.parts, 'parts'));
  if (parts && price && currency) for (const e of checkTotal(parts, price, currency, 'parts', 'price')) c.error(e.path, e.message);
  const product = c.take(parseText(input.product, 'product', { max: 160, optional: true }));
  const source = c.take(parseText(input.source, 'source', { max: 400 }));
  const date = c.take(parseDate(input.date, 'date'));
  return c.done(() => ({
    price: price!,
    currency: currency!,
    breakdown: toBreakdown(parts!),
    ...(product !== undefined && { product }),
    source: source!,
    date: date!,
  }));
}
