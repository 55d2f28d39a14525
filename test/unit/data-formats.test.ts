/**
 * The data formats (docs/data-formats.mdx): the JSON Schema each data-bearing element ships
 * (trust-signals/schemas/<tag>.json, and <tag>.topics.json for the topics of <trust-review-list>) against the core
 * parser that element reads it with. Tests are named by schema file (without `.json`).
 *
 * The rules, for every input x, with `valid` = the schema accepts x and `clean` = the parser accepts x with no
 * issue at all:
 *   1. valid ⇒ the parser reports no error and no warning, except what the format lists as checked by the elements
 *      only (`checks` in scripts/data-formats/formats.ts): an error or warning at one of those paths, and only when
 *      the rule it names is really broken (recomputed here: a sum, the order of two dates, Intl's time zones,
 *      a distribution's average or total). So data a backend validated is shown.
 *   2. clean ⇒ valid, for x in the canonical spelling. So the schema rejects nothing the element shows as given.
 *      In between (parser warns, schema rejects) the parser corrected the data: it left out a review or photo it
 *      could not read, used the review's position for an id it could not read, or replaced figures a distribution
 *      contradicts. Review data that is a JSON-LD document (`@context`, `@type` or `@graph` at the top) is read as
 *      schema.org's format, not this one: rule 2 does not apply to it.
 *   3. The other spellings the parsers read (a number as text, "true"/"false", spaces around text, a Date or a
 *      timestamp for a date) mean exactly what the canonical value means: the parse result is the same.
 *   4. Lengths: the schema counts code points, the parser UTF-16 code units; they differ only beyond the Basic
 *      Multilingual Plane, where the parser is the stricter.
 * Checked on the schemas' examples, the elements' test feeds, and inputs fuzzed with fast-check: generated from the
 * schema's shape (test/helpers/schema-arbitrary.ts), near-misses of those, and arbitrary JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DonationUseInput, PriceBreakdownInput } from '../../packages/core/src/api/donations.js';
import type { DataNoticeInput, IncidentInput, PrivacyLabelInput } from '../../packages/core/src/api/notices.js';
import type { ReviewDataInput, ReviewJsonLdInput } from '../../packages/core/src/api/reviews.js';
import type { TopicsInput } from '../../packages/core/src/api/topics.js';
import { currencyDigits } from '../../packages/core/src/breakdown.js';
import { parseDataNotice } from '../../packages/core/src/data-notice.js';
import { parseDonationUse } from '../../packages/core/src/donation.js';
import type { DataIssue, ParseResult } from '../../packages/core/src/errors.js';
import { parseIncident } from '../../packages/core/src/incident-notice.js';
import { isJsonLd, readReviewInput } from '../../packages/core/src/jsonld.js';
import { parsePriceBreakdown } from '../../packages/core/src/price-breakdown.js';
import { parsePrivacyLabel } from '../../packages/core/src/privacy-label.js';
import { parseQuestionData } from '../../packages/core/src/questions.js';
import { localized, parseTopics } from '../../packages/core/src/topics.js';
import type { TrustRatingSummary } from '../../packages/elements/src/reviews/rating-summary/trust-rating-summary.js';
import type { TrustReviewList } from '../../packages/elements/src/reviews/review-list/trust-review-list.js';
import type { TrustTestimonials } from '../../packages/elements/src/reviews/testimonials/trust-testimonials.js';
import type { TrustDataNotice } from '../../packages/elements/src/transparency/data-notice/trust-data-notice.js';
import type { TrustDonationUse } from '../../packages/elements/src/transparency/donation-use/trust-donation-use.js';
import type { TrustIncidentNotice } from '../../packages/elements/src/transparency/incident-notice/trust-incident-notice.js';
import type { TrustPriceBreakdown } from '../../packages/elements/src/transparency/price-breakdown/trust-price-breakdown.js';
import type { TrustPrivacyLabel } from '../../packages/elements/src/transparency/privacy-label/trust-privacy-label.js';
import { schemaNames } from '../../scripts/data-formats/dsl.js';
import { FORMATS } from '../../scripts/data-formats/formats.js';
import { renderFiles, SCHEMA_DIR } from '../../scripts/data-formats/render.js';
// @ts-expect-error -- plain ESM script without typings
import { elementSources } from '../../scripts/generate.mjs';
import { FEEDS, REVIEW_JSON_LD } from '../helpers/element-feeds.js';
import { fuzzParams } from '../helpers/fuzz.js';
import { schemaArbitrary } from '../helpers/schema-arbitrary.js';

type Schema = Record<string, unknown>;
const root = join(import.meta.dirname, '../..');
const ajv = new Ajv2020({ allErrors: true, strictTypes: false, strictRequired: false });
const compiled = new Map<string, ValidateFunction>();
/** Whether `value` matches a subschema of `root` (which holds the `$defs` it may refer to). Compiled once per schema. */
const matcher =
  (root: Schema) =>
  (schema: Schema, value: unknown): boolean => {
    const text = JSON.stringify(schema);
    let validate = compiled.get(text);
    if (!validate) {
      validate = ajv.compile(text.includes('"$ref"') ? { $defs: root.$defs ?? {}, ...schema } : schema);
      compiled.set(text, validate);
    }
    return validate(value);
  };

/** How each element reads its data (by schema name): the parser its `willUpdate()` calls. */
const READERS: Record<string, (raw: unknown) => ParseResult<unknown>> = {
  'trust-review-list': (raw) => readReviewInput(raw).result,
  'trust-rating-summary': (raw) => readReviewInput(raw).result,
  'trust-testimonials': (raw) => readReviewInput(raw).result,
  'trust-donation-use': parseDonationUse,
  'trust-price-breakdown': parsePriceBreakdown,
  'trust-privacy-label': parsePrivacyLabel,
  'trust-data-notice': parseDataNotice,
  'trust-incident-notice': parseIncident,
  'trust-questions': parseQuestionData,
  // The element reads an absent `topics` (undefined, null) as none; a document is a list.
  'trust-review-list.topics': (raw) => parseTopics(raw),
};

/** Schema name (the file's, without `.json`: the tag, or `trust-review-list.topics`) → its format and element. */
const FORMAT_OF = new Map(FORMATS.flatMap((f) => schemaNames(f).map((name) => [name, f] as const)));
const ELEMENT_OF = new Map(FORMATS.flatMap((f) => schemaNames(f).map((name, i) => [name, f.tags[i]!] as const)));
const TAGS = [...FORMAT_OF.keys()];
const SCHEMAS = new Map<string, Schema>();
const schemaOf = (tag: string): Schema => {
  if (!SCHEMAS.has(tag)) SCHEMAS.set(tag, JSON.parse(readFileSync(join(root, SCHEMA_DIR, `${tag}.json`), 'utf8')) as Schema);
  return SCHEMAS.get(tag)!;
};
const arbitrary = (tag: string, mutate = 0) => schemaArbitrary(schemaOf(tag), { mutate, matches: matcher(schemaOf(tag)) });
const validators = new Map(TAGS.map((tag) => [tag, ajv.compile(schemaOf(tag))]));
const validatorOf = (tag: string) => validators.get(tag) as ValidateFunction;
/** One schema per distinct format (the three review widgets share one). */
const FORMAT_TAGS = FORMATS.map((f) => schemaNames(f)[0]!);

// --- Rule 1's exceptions, each recomputed from the input -------------------------------------------------------

type Raw = Record<string, unknown>;
const cents = (n: unknown, currency: unknown) => Math.round(Number(n) * 10 ** currencyDigits(String(currency).toUpperCase()));
const sumCents = (amounts: unknown[], currency: unknown) => amounts.reduce<number>((s, a) => s + cents(a, currency), 0);
/** A distribution as [level, count] pairs: an object keyed by level, or a list of counts from 1 star up. */
const levels = (d: unknown): Array<[number, number]> =>
  Array.isArray(d) ? d.map((n, i) => [i + 1, Number(n)]) : Object.entries(d as Raw).map(([k, v]) => [Number(k), Number(v)]);
const levelTotal = (d: unknown) => levels(d).reduce((s, [, n]) => s + n, 0);
const implied = (d: unknown): number | undefined => {
  const total = levelTotal(d);
  return total ? levels(d).reduce((s, [level, n]) => s + level * n, 0) / total : undefined;
};

/** Whether an issue reported for schema-valid input is one of the format's "checked by the elements only" rules. */
const EXCEPTIONS: Record<string, (x: Raw, issue: DataIssue) => boolean> = {
  'trust-review-list': (x, issue) => {
    const agg = (x as { aggregate?: Raw }).aggregate;
    if (issue.severity !== 'warning' || !agg?.distribution) return false;
    const total = levelTotal(agg.distribution);
    if (issue.path === 'aggregate.count') return agg.count !== undefined && agg.count !== null && agg.count !== total;
    const avg = implied(agg.distribution);
    return issue.path === 'aggregate.average' && typeof agg.average === 'number' && avg !== undefined && Math.abs(agg.average - avg) > 0.05;
  },
  'trust-donation-use': (x, issue) => {
    const e = x.expenses as Raw | undefined;
    if (issue.path === 'expenses')
      return (
        !!e &&
        e.total !== undefined &&
        e.total !== null &&
        sumCents([e.program, e.management, e.fundraising], x.currency) !== cents(e.total, x.currency)
      );
    if (issue.path !== 'fiscalYear' || typeof x.fiscalYear !== 'string' || !x.fiscalYear.includes('/')) return false;
    const [a, b] = x.fiscalYear.split('/').map((d) => Date.parse(d));
    return !(b! > a!) || b! - a! > 549 * 24 * 3600e3;
  },
  'trust-price-breakdown': (x, issue) =>
    issue.path === 'parts' &&
    sumCents(
      (x.parts as Raw[]).map((p) => p.amount),
      x.currency,
    ) !== cents(x.price, x.currency),
  'trust-privacy-label': () => false,
  'trust-data-notice': () => false,
  'trust-questions': () => false,
  // A topic whose id (its own, or the name standing in for it) an earlier topic has.
  'trust-review-list.topics': (x, issue) => {
    const at = /^topics\[(\d+)\]$/.exec(issue.path);
    if (issue.severity !== 'warning' || !at || !Array.isArray(x)) return false;
    const ids = (x as Raw[]).map((t) => {
      const own = typeof t.id === 'string' ? t.id.trim() : '';
      const name = typeof t.name === 'string' ? { '*': t.name } : (t.name as Record<string, string>);
      return own || localized(name, 'en')?.trim();
    });
    const i = Number(at[1]);
    return ids.indexOf(ids[i]) < i;
  },
  'trust-incident-notice': (x, issue) => {
    if (issue.path === 'ended') return Date.parse(String(x.ended)) < Date.parse(String(x.started));
    if (issue.path !== 'timeZone') return false;
    try {
      new Intl.DateTimeFormat('en', { timeZone: String(x.timeZone).trim() });
      return false;
    } catch {
      return true;
    }
  },
};
EXCEPTIONS['trust-rating-summary'] = EXCEPTIONS['trust-review-list']!;
EXCEPTIONS['trust-testimonials'] = EXCEPTIONS['trust-review-list']!;

interface Verdict {
  valid: boolean;
  clean: boolean;
  /** Why schema and parser disagree beyond the rules, or '' when they agree. */
  problem: string;
}

function judge(tag: string, x: unknown): Verdict {
  const validate = validatorOf(tag);
  const valid = validate(x);
  const result = READERS[tag]!(x);
  const issues = result.ok ? result.warnings : result.errors;
  const clean = result.ok && issues.length === 0;
  let problem = '';
  if (valid) {
    const unexpected = issues.filter((i) => !EXCEPTIONS[tag]!(x as Raw, i));
    if (unexpected.length) problem = `schema accepts, parser reports ${JSON.stringify(unexpected)}`;
  } else if (clean && !(FORMAT_OF.get(tag) === FORMAT_OF.get('trust-review-list') && isJsonLd(x))) {
    problem = `parser accepts, schema rejects: ${ajv.errorsText(validate.errors)}`;
  }
  return { valid, clean, problem };
}

const show = (x: unknown) =>
  JSON.stringify(x, (_, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v));

// --- Fix-ups that make generated data meet the rules a schema cannot state, so that the valid path is exercised --

const amountsOk = (...n: unknown[]) => n.every((v) => typeof v === 'number' && Number.isFinite(v));
const REPAIRS: Record<string, (x: Raw, pick: number) => void> = {
  'trust-review-list': (x, pick) => {
    const agg = x.aggregate as Raw | undefined;
    const d = agg?.distribution;
    if (!agg || !d || typeof d !== 'object' || pick % 4 === 0) return;
    const avg = implied(d);
    if (avg !== undefined && (agg.average === undefined || typeof agg.average === 'number')) agg.average = Math.round(avg * 10) / 10;
    if (typeof agg.count === 'number') agg.count = levelTotal(d);
  },
  'trust-donation-use': (x, pick) => {
    const e = x.expenses as Raw | undefined;
    if (e && typeof e === 'object' && amountsOk(e.program, e.management, e.fundraising) && typeof e.total === 'number' && pick % 4) {
      const unit =
        10 ** currencyDigits(typeof x.currency === 'string' && /^[a-z]{3}$/i.test(x.currency) ? x.currency.toUpperCase() : 'USD');
      e.total = [e.program, e.management, e.fundraising].reduce<number>((s, a) => s + Math.round((a as number) * unit), 0) / unit;
    }
    if (typeof x.fiscalYear === 'string' && x.fiscalYear.includes('/') && pick % 3)
      x.fiscalYear = ['2023-07-01/2024-06-30', '2024-01-01/2024-12-31', '2024-04-06/2025-04-05'][pick % 3]!;
  },
  'trust-price-breakdown': (x, pick) => {
    if (!Array.isArray(x.parts) || pick % 4 === 0) return;
    const amounts = (x.parts as Raw[]).map((p) => p?.amount);
    if (!amountsOk(...amounts)) return;
    const unit = 10 ** currencyDigits(typeof x.currency === 'string' && /^[a-z]{3}$/i.test(x.currency) ? x.currency.toUpperCase() : 'USD');
    const total = amounts.reduce<number>((s, a) => s + Math.round((a as number) * unit), 0) / unit;
    if (total > 0 && typeof x.price === 'number') x.price = total;
  },
  'trust-incident-notice': (x, pick) => {
    if (typeof x.started === 'string' && typeof x.ended === 'string' && x.ended < x.started && pick % 3)
      [x.started, x.ended] = [x.ended, x.started];
    if (typeof x.timeZone === 'string' && pick % 2) x.timeZone = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'][pick % 4]!;
  },
};
REPAIRS['trust-rating-summary'] = REPAIRS['trust-review-list']!;

function repaired(tag: string, arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const repair = REPAIRS[tag];
  if (!repair) return arb;
  return fc.tuple(arb, fc.nat()).map(([x, pick]) => {
    if (x && typeof x === 'object' && !Array.isArray(x)) repair(x as Raw, pick);
    return x;
  });
}

/** The objects in `value` with the schema each is an instance of: `#` (the root) or `#/$defs/<name>`. */
function instancesOf(
  schema: Schema,
  defs: Record<string, Schema>,
  value: unknown,
  at = '#',
  out: Array<[string, Raw]> = [],
): Array<[string, Raw]> {
  const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
  const s = ref ? { ...defs[ref.replace('#/$defs/', '')], ...schema } : schema;
  const where = ref ?? at;
  if (Array.isArray(s.anyOf)) {
    const branch = (s.anyOf as Schema[]).find((b) => matcher({ $defs: defs })(b, value));
    return branch ? instancesOf(branch, defs, value, where, out) : out;
  }
  if (Array.isArray(value)) value.forEach((v) => s.items && instancesOf(s.items as Schema, defs, v, '', out));
  else if (value && typeof value === 'object') {
    if (s.properties && where) out.push([where, value as Raw]);
    for (const [k, v] of Object.entries(value)) {
      const p = (s.properties as Record<string, Schema> | undefined)?.[k];
      if (p) instancesOf(p, defs, v, '', out);
    }
  }
  return out;
}

// --- The tests --------------------------------------------------------------------------------------------------

describe('data formats: generated files', { timeout: 30_000 }, () => {
  it('are committed as scripts/data-formats.mjs writes them (npm run generate)', async () => {
    const stale: string[] = [];
    for (const [path, text] of await renderFiles(root)) {
      let committed = '';
      try {
        committed = readFileSync(join(root, path), 'utf8');
      } catch {
        /* missing */
      }
      if (committed !== text) stale.push(path);
    }
    expect(stale, 'stale: run `npm run generate` and commit the result').toEqual([]);
  });

  it.each(TAGS)('%s.json is a draft 2020-12 schema with an $id, a title, descriptions and an example', (tag) => {
    const schema = schemaOf(tag);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`urn:trust-signals:schema:${tag}`);
    expect(schema.title).toContain(`<${ELEMENT_OF.get(tag)}>`);
    expect((schema.examples as unknown[]).length).toBeGreaterThan(0);
    // Every field an editor completes has a description.
    const missing: string[] = [];
    const walk = (s: unknown, at: string) => {
      if (!s || typeof s !== 'object') return;
      const props = (s as Schema).properties as Record<string, Schema> | undefined;
      if (props && !/\/(allOf|not|contains|then|else)\b/.test(at))
        for (const [k, p] of Object.entries(props)) if (!p.description) missing.push(`${at}/${k}`);
      for (const [k, v] of Object.entries(s)) if (k !== 'examples') walk(v, `${at}/${k}`);
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });

  it('covers every element that reads data (a `data` property of its own or of ReviewDataElement)', () => {
    const elements = (elementSources as () => Array<{ tag: string; module: string }>)();
    const dataBearing = elements
      .filter((e) => {
        const text = readFileSync(join(root, 'packages/elements/src', e.module.replace(/\.js$/, '.ts')), 'utf8');
        return /^\s+data: \{ attribute: false \}/m.test(text) || /extends ReviewDataElement\b/.test(text);
      })
      .map((e) => e.tag);
    expect(dataBearing.sort()).toEqual(TAGS.filter((name) => !FORMAT_OF.get(name)!.schemaFile).sort());
  });

  it('ships the schemas in trust-signals as trust-signals/schemas/<tag>.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.exports['./schemas/*.json']).toBe('./schemas/*.json');
    expect(pkg.files).toContain('schemas');
  });

  it('types each element’s data property with its input type', () => {
    expectTypeOf<TrustReviewList['data']>().toEqualTypeOf<ReviewDataInput | ReviewJsonLdInput | undefined>();
    expectTypeOf<TrustRatingSummary['data']>().toEqualTypeOf<ReviewDataInput | ReviewJsonLdInput | undefined>();
    expectTypeOf<TrustTestimonials['data']>().toEqualTypeOf<ReviewDataInput | ReviewJsonLdInput | undefined>();
    expectTypeOf<TrustDonationUse['data']>().toEqualTypeOf<DonationUseInput | undefined>();
    expectTypeOf<TrustPriceBreakdown['data']>().toEqualTypeOf<PriceBreakdownInput | undefined>();
    expectTypeOf<TrustPrivacyLabel['data']>().toEqualTypeOf<PrivacyLabelInput | undefined>();
    expectTypeOf<TrustDataNotice['data']>().toEqualTypeOf<DataNoticeInput | undefined>();
    expectTypeOf<TrustIncidentNotice['data']>().toEqualTypeOf<IncidentInput | undefined>();
    // The examples are of the input types (checked by tsc), and a malformed review is not.
    expectTypeOf({ reviews: [{ rating: 4, body: 'Fine', author: 'A customer' }] }).toExtend<ReviewDataInput>();
    expectTypeOf({ reviews: [{ rating: '4', body: 'Fine', author: 'A customer' }] }).not.toExtend<ReviewDataInput | ReviewJsonLdInput>();
    expectTypeOf(REVIEW_JSON_LD).toExtend<ReviewJsonLdInput>();
    expectTypeOf([{ name: { en: 'Battery', de: 'Akku' }, terms: ['battery'] }]).toExtend<TopicsInput>();
    expectTypeOf([{ name: 'Wi-Fi', terms: 'wifi' }]).not.toExtend<TopicsInput>();
  });
});

describe('data formats: examples', () => {
  it.each(TAGS)('the examples of %s.json are valid for the schema and the parser, with no issue', (tag) => {
    for (const example of schemaOf(tag).examples as unknown[]) {
      expect(validatorOf(tag)(example), ajv.errorsText(validatorOf(tag).errors)).toBe(true);
      expect(READERS[tag]!(example)).toMatchObject({ ok: true, warnings: [] });
    }
  });

  it.each(TAGS)('each field example of %s.json, put into the complete example, is valid for both', (tag) => {
    const schema = schemaOf(tag);
    const defs = (schema.$defs ?? {}) as Record<string, Schema>;
    const example = (schema.examples as unknown[])[0];
    let tried = 0;
    // The objects of the example, each with the object schema it is an instance of ('#' for the root).
    const targets: Array<[string, Schema]> = [
      ['#', schema],
      ...Object.entries(defs).map(([k, d]) => [`#/$defs/${k}`, d] as [string, Schema]),
    ];
    for (const [where, objectSchema] of targets) {
      for (const [key, prop] of Object.entries((objectSchema.properties ?? {}) as Record<string, Schema>)) {
        for (const value of (prop.examples as unknown[] | undefined) ?? []) {
          const copy = structuredClone(example);
          const found = instancesOf(schema, defs, copy).filter(([at]) => at === where);
          for (const [, object] of found) object[key] = value;
          if (!found.length) continue;
          tried++;
          const verdict = judge(tag, copy);
          expect(verdict.valid && verdict.clean, `${where}/properties/${key} example ${JSON.stringify(value)}: ${verdict.problem}`).toBe(
            true,
          );
        }
      }
    }
    expect(tried).toBeGreaterThan(2);
  });

  it.each(FORMAT_TAGS)('%s: every field of the example left out, null, "" or of another kind: both agree', (tag) => {
    const schema = schemaOf(tag);
    const defs = (schema.$defs ?? {}) as Record<string, Schema>;
    const example = (schema.examples as unknown[])[0];
    const objects = instancesOf(schema, defs, example);
    let checked = 0;
    objects.forEach(([where], index) => {
      const objectSchema = where === '#' ? schema : defs[where.replace('#/$defs/', '')]!;
      for (const [key, prop] of Object.entries((objectSchema.properties ?? {}) as Record<string, Schema>)) {
        const types = JSON.stringify(prop);
        const isDateField = /"#\/\$defs\/(date|instant)"/.test(types);
        const isLink = /"#\/\$defs\/(url|webUrl)"/.test(types);
        const variants: unknown[] = [undefined, null, 42, -1, 2.5, 'abc', true, {}, []];
        // "" where a string may be; a blank where text may be (a blank link is not canonical: see schema-arbitrary.ts).
        if (types.includes('"string"') || isDateField || isLink) variants.push('');
        if (types.includes('"string"') && !isLink) variants.push(' ');
        for (const variant of variants) {
          // Not canonical: a timestamp for a date (rule 3), "" for an absent number or list.
          if (isDateField && typeof variant === 'number') continue;
          const copy = structuredClone(example);
          const target = instancesOf(schema, defs, copy)[index]![1];
          if (variant === undefined) delete target[key];
          else target[key] = variant;
          const verdict = judge(tag, copy);
          checked++;
          if (verdict.problem) expect.fail(`${where}.${key} = ${JSON.stringify(variant)}: ${verdict.problem}`);
        }
      }
    });
    expect(checked).toBeGreaterThan(50);
  });

  it.each(TAGS)('the data the element tests feed %s is valid for both', (tag) => {
    // An element's `data` (property or child script), or for the topics of a list its `topics` property.
    const topics = FORMAT_OF.get(tag)!.schemaFile === 'trust-review-list.topics';
    const inputs = (FEEDS[ELEMENT_OF.get(tag)!] ?? []).flatMap((feed) =>
      topics
        ? feed.properties && 'topics' in feed.properties
          ? [feed.properties.topics]
          : []
        : [
            ...(feed.properties && 'data' in feed.properties ? [feed.properties.data] : []),
            ...(feed.child?.type === 'application/json' ? [feed.child.value] : []),
          ],
    );
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) {
      const verdict = judge(tag, input);
      expect(verdict.problem, show(input)).toBe('');
      expect(verdict.valid && verdict.clean, show(input)).toBe(true);
    }
  });

  it('leaves schema.org JSON-LD to schema.org: the review schema rejects it, the widgets read it', () => {
    expect(validatorOf('trust-review-list')(REVIEW_JSON_LD)).toBe(false);
    expect(readReviewInput(REVIEW_JSON_LD).result.ok).toBe(true);
    expect(judge('trust-review-list', REVIEW_JSON_LD).problem).toBe('');
  });
});

describe('data formats: schema and parser agree on fuzzed input', { timeout: 60_000 }, () => {
  const RUNS = 250;

  it.each(FORMAT_TAGS)('%s: inputs of the schema’s shape', (tag) => {
    let valid = 0;
    fc.assert(
      fc.property(repaired(tag, arbitrary(tag)), (x) => {
        const verdict = judge(tag, x);
        if (verdict.valid) valid++;
        if (verdict.problem) expect.fail(`${verdict.problem}\n  input: ${show(x)}`);
      }),
      fuzzParams(RUNS),
    );
    // The valid path must be exercised, not only the rejections.
    expect(valid, `${valid} of ${RUNS} generated inputs were valid`).toBeGreaterThan(RUNS * 0.2);
  });

  it.each(FORMAT_TAGS)('%s: near-misses of it (wrong kinds, out of range, fields left out or added)', (tag) => {
    let valid = 0;
    let clean = 0;
    fc.assert(
      fc.property(repaired(tag, arbitrary(tag, 12)), (x) => {
        const verdict = judge(tag, x);
        if (verdict.valid) valid++;
        if (verdict.clean) clean++;
        if (verdict.problem) expect.fail(`${verdict.problem}\n  input: ${show(x)}`);
      }),
      fuzzParams(RUNS * 2),
    );
    expect(valid, 'some near-misses are still valid').toBeGreaterThan(0);
    expect(RUNS * 2 - valid, 'most near-misses are rejected').toBeGreaterThan(RUNS * 0.5);
    expect(clean).toBeGreaterThan(0);
  });

  it.each(FORMAT_TAGS)('%s: arbitrary JSON', (tag) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 4 }),
          fc.dictionary(
            fc.constantFrom(...Object.keys((schemaOf(tag).properties as Raw) ?? { reviews: 1 })),
            fc.jsonValue({ maxDepth: 2 }),
          ),
        ),
        (x) => {
          const { problem } = judge(tag, x);
          if (problem) expect.fail(`${problem}\n  input: ${show(x)}`);
        },
      ),
      fuzzParams(RUNS),
    );
  });
});

// --- Rule 3: the other spellings the parsers read mean the same ----------------------------------------------------

type Site = { path: Array<string | number>; kind: 'number' | 'boolean' | 'text' | 'date' };

/** The leaves of a valid value with what the schema says they are (the branch of an `anyOf` that the value matches). */
function sites(schema: Schema, defs: Record<string, Schema>, value: unknown, path: Array<string | number> = [], out: Site[] = []): Site[] {
  const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/$defs/', '') : undefined;
  if (ref === 'date' || ref === 'instant') {
    if (typeof value === 'string' && value !== '') out.push({ path, kind: 'date' });
    return out;
  }
  const s = ref ? { ...defs[ref], ...schema } : schema;
  if (Array.isArray(s.anyOf)) {
    const branch = (s.anyOf as Schema[]).find((b) => matcher({ $defs: defs })(b, value));
    return branch ? sites(branch, defs, value, path, out) : out;
  }
  if (typeof value === 'number') out.push({ path, kind: 'number' });
  else if (typeof value === 'boolean') out.push({ path, kind: 'boolean' });
  // Spaces around a text: "" has none to put around (and a blank is not a text).
  else if (typeof value === 'string' && value !== '' && !s.enum) out.push({ path, kind: 'text' });
  else if (Array.isArray(value)) value.forEach((v, i) => s.items && sites(s.items as Schema, defs, v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const p = (s.properties as Record<string, Schema> | undefined)?.[k] ?? (s.additionalProperties as Schema | undefined);
      if (p && typeof p === 'object') sites(p, defs, v, [...path, k], out);
    }
  return out;
}

const RESPELL: Record<Site['kind'], Array<(v: never) => unknown>> = {
  number: [(n: number) => String(n), (n: number) => ` ${n} `],
  boolean: [(b: boolean) => String(b)],
  text: [(s: string) => ` ${s}\n`, (s: string) => `\u00a0${s}\t`],
  date: [(s: string) => new Date(s), (s: string) => new Date(s).getTime()],
};

describe('data formats: the other spellings the parsers read mean the same', { timeout: 60_000 }, () => {
  it.each(FORMAT_TAGS)('%s: numbers as text, "true"/"false", spaces around text, Date objects and timestamps', (tag) => {
    const schema = schemaOf(tag);
    const defs = (schema.$defs ?? {}) as Record<string, Schema>;
    let respelled = 0;
    const validInput = repaired(tag, arbitrary(tag)).filter((x) => {
      const verdict = judge(tag, x);
      return verdict.valid && verdict.clean;
    });
    fc.assert(
      fc.property(validInput, fc.infiniteStream(fc.nat()), (x, picks) => {
        const copy = structuredClone(x);
        const it = picks[Symbol.iterator]();
        for (const site of sites(schema, defs, copy)) {
          const ways = RESPELL[site.kind];
          const pick = it.next().value as number;
          if (pick % (ways.length + 1) === 0) continue;
          const parent = site.path.slice(0, -1).reduce<unknown>((o, k) => (o as Raw)[k], copy) as Raw;
          const key = site.path.at(-1)!;
          parent[key] = ways[(pick % (ways.length + 1)) - 1]!(parent[key] as never);
          respelled++;
        }
        expect(READERS[tag]!(copy), show(copy)).toEqual(READERS[tag]!(x));
      }),
      fuzzParams(150),
    );
    expect(respelled).toBeGreaterThan(100);
  });

  it('the schemas do not take those spellings: one form in the data', () => {
    const example = structuredClone((schemaOf('trust-donation-use').examples as Raw[])[0]!);
    for (const [key, value] of [
      ['percent', '100'],
      ['purpose', ' clean-water projects '.padEnd(170)],
      ['lastUpdated', 1731628800000],
    ] as const) {
      const copy = { ...example, [key]: value };
      expect(validatorOf('trust-donation-use')(copy), key).toBe(false);
      expect(parseDonationUse(copy).ok, key).toBe(true);
    }
  });
});

describe('data formats: lengths', () => {
  it('count code points in the schema and UTF-16 code units in the parser: emoji count twice in the element', () => {
    const example = (schemaOf('trust-review-list').examples as Raw[])[0]!;
    const withTitle = (title: string) => ({ ...example, reviews: [{ ...(example.reviews as Raw[])[0], title }] });
    // 300 emoji: 300 characters for the schema (at most 500), 600 code units for the parser.
    const emoji = withTitle('😀'.repeat(300));
    expect(validatorOf('trust-review-list')(emoji)).toBe(true);
    const result = readReviewInput(emoji).result;
    expect(result.ok && result.warnings.map((w) => w.path)).toContain('reviews[0].title');
    // 250 emoji are 500 code units: within both limits.
    expect(judge('trust-review-list', withTitle('😀'.repeat(250)))).toMatchObject({ valid: true, clean: true });
    // Without emoji the limits are the same: 500 characters pass both, 501 neither.
    expect(judge('trust-review-list', withTitle('x'.repeat(500)))).toMatchObject({ valid: true, clean: true, problem: '' });
    expect(judge('trust-review-list', withTitle('x'.repeat(501)))).toMatchObject({ valid: false, clean: false, problem: '' });
  });
});
