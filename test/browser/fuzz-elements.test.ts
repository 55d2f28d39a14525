/**
 * Every element, given fuzzed data in Chromium (attributes, properties and child scripts: near-misses of a valid
 * feed from FEEDS (test/helpers/element-feeds.ts), and arbitrary data), never throws out of its lifecycle (no error event,
 * no unhandled rejection, no rejected updateComplete), reports problems only as field-path issues, and never
 * renders NaN, Infinity, "undefined", "[object …]" or a percentage outside 0–100 (shadow text, ARIA attributes
 * and inline sizes). Tags are discovered (test/helpers/elements.ts); a tag without a feed fails.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { build, FEEDS, type Feed } from '../helpers/element-feeds.js';
import { MODULE_TAGS, nextTask, settleAll, TAGS, UNDEFINED_TAGS } from '../helpers/elements.js';
import { badIssue, fuzzParams, hostileShallow, isRecordLike, nearMiss } from '../helpers/fuzz.js';
import { dangerousMarkup, renderedTexts, styleLies, textLies } from '../helpers/render-checks.js';

/** fast-check runs per way of feeding each element. */
const RUNS = 40;

let silenced: Array<{ mockRestore(): void }> = [];
beforeAll(() => {
  silenced = [vi.spyOn(console, 'error').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
});
afterAll(() => silenced.forEach((s) => s.mockRestore()));

/** A feed built from fuzzer output (anything may have been replaced, even the feed itself). */
function safeBuild(tag: string, raw: unknown): HTMLElement {
  const feed = (isRecordLike(raw) ? raw : {}) as Feed;
  const attributes: Record<string, string> = {};
  if (isRecordLike(feed.attributes)) {
    for (const [name, value] of Object.entries(feed.attributes)) if (/^[a-z][a-z0-9-]*$/.test(name)) attributes[name] = value as string;
  }
  // Own properties only, and none that would swap the element's prototype (`__proto__` from JSON is an own key).
  const properties = isRecordLike(feed.properties)
    ? Object.fromEntries(Object.entries(feed.properties).filter(([k]) => !['__proto__', 'constructor', 'prototype'].includes(k)))
    : undefined;
  // A child script keeps a JSON type: a fuzzed type such as "" would make the test page run it as JavaScript.
  const childType =
    isRecordLike(feed.child) && /^application\/(ld\+)?json$/.test(String(feed.child.type)) ? String(feed.child.type) : 'application/json';
  const child = isRecordLike(feed.child) ? { type: childType as 'application/json', value: feed.child.value } : undefined;
  return build(tag, {
    attributes,
    ...(properties && { properties }),
    ...(child && { child }),
    ...(typeof feed.html === 'string' && { html: feed.html }),
  });
}

/** Renders one fuzzed feed and returns every problem found. */
export async function renderAndCheck(tag: string, input: unknown, sample: unknown = undefined): Promise<string[]> {
  const problems: string[] = [];
  // Captured first and stopped: the problem is reported by this test, with the element and input that caused it.
  const onError = (e: ErrorEvent) => {
    e.stopImmediatePropagation();
    e.preventDefault();
    problems.push(`uncaught error: ${e.message}`);
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    e.stopImmediatePropagation();
    e.preventDefault();
    problems.push(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`);
  };
  window.addEventListener('error', onError, true);
  window.addEventListener('unhandledrejection', onRejection, true);
  const container = document.createElement('div');
  container.lang = 'en';
  document.body.append(container);
  try {
    let el: HTMLElement;
    try {
      el = safeBuild(tag, input);
    } catch (error) {
      // Setting a property threw: a setter must not throw on bad data either.
      return [`building <${tag}> threw: ${(error as Error).message}`];
    }
    el.addEventListener('trust-error', (e) => {
      const issues = (e as CustomEvent<{ issues?: unknown }>).detail?.issues;
      if (!Array.isArray(issues) || issues.length === 0) problems.push('trust-error without issues');
      else for (const i of issues) if (badIssue(i)) problems.push(`trust-error issue: ${badIssue(i)}`);
    });
    try {
      container.append(el);
      await settleAll(el);
      await nextTask();
      await settleAll(el);
    } catch (error) {
      problems.push(`lifecycle threw: ${(error as Error)?.stack ?? String(error)}`);
    }
    const own = ownTexts(input, sample);
    problems.push(...textLies(renderedTexts(el), own), ...styleLies(el));
    return problems;
  } finally {
    container.remove();
    await nextTask();
    window.removeEventListener('error', onError, true);
    window.removeEventListener('unhandledrejection', onRejection, true);
  }
}

/**
 * The input's own texts, which the element rightly shows as they are (a question that reads "Infinity"): every
 * string, number or boolean of the input, except at a place where the valid feed holds a number (a value, a count,
 * a percentage): a "NaN" there must never be shown.
 */
function ownTexts(input: unknown, sample: unknown): string[] {
  const out: string[] = [];
  const stack: Array<[unknown, unknown, number]> = [[input, sample, 0]];
  while (stack.length) {
    const [v, s, depth] = stack.pop()!;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      const numericPlace = typeof s === 'number' || (typeof s === 'string' && /^\s*[-+]?[\d.]+\s*$/.test(s));
      if (!numericPlace) out.push(String(v));
    } else if (v && typeof v === 'object' && depth < 24) {
      for (const [k, child] of Object.entries(v))
        stack.push([child, s && typeof s === 'object' ? (s as Record<string, unknown>)[k] : undefined, depth + 1]);
    }
  }
  return out;
}

/** Fuzzed feeds: near-misses of a valid one, and the same feed with each data value replaced by anything at all. */
function fuzzedFeeds(feed: Feed): fc.Arbitrary<unknown> {
  const anything: fc.Arbitrary<unknown> = fc.record({
    attributes: fc.constant(feed.attributes),
    properties: fc
      .constant(feed.properties)
      .chain((props) =>
        props
          ? fc.record(Object.fromEntries(Object.keys(props).map((k) => [k, fc.oneof(fc.jsonValue({ maxDepth: 4 }), hostileShallow)])))
          : fc.constant(undefined),
      ),
    // prettier-ignore -- Prettier alternates between two layouts of this chain on every run
    child: fc.constant(feed.child).chain((child) =>
      child
        ? fc.record({
            type: fc.constant(child.type),
            value: fc.oneof(fc.jsonValue({ maxDepth: 4 }), hostileShallow, fc.string({ maxLength: 80 })),
          })
        : fc.constant(undefined),
    ),
    html: fc.constant(feed.html),
  });
  return fc.oneof({ weight: 3, arbitrary: nearMiss(feed, hostileShallow) }, { weight: 1, arbitrary: anything });
}

describe('every element is fed', () => {
  it('discovers the registering modules, and each defines its tag', () => {
    expect(UNDEFINED_TAGS, 'modules that do not define the tag they are named after').toEqual([]);
    expect(TAGS.length).toBeGreaterThanOrEqual(4);
  });

  it('has a feed for every registered tag (the feeds.ts of its element folder)', () => {
    const missing = TAGS.filter((tag) => !FEEDS[tag]?.length);
    expect(
      missing,
      `no feeds for ${missing.join(', ')}: add packages/elements/src/<family>/<name>/feeds.ts (see test/helpers/element-feeds.ts)`,
    ).toEqual([]);
    const unknown = Object.keys(FEEDS).filter((tag) => !MODULE_TAGS.includes(tag));
    // A feed for an element that is not there yet is allowed (the element may land later), but it is listed.
    if (unknown.length) console.info(`[fuzz] feeds without a registered element: ${unknown.join(', ')}`);
  });
});

describe('elements under fuzzed data: no throw, no NaN/Infinity, percentages within 0–100', () => {
  for (const tag of TAGS) {
    const feeds = FEEDS[tag] ?? [];
    feeds.forEach((feed, way) => {
      const label = `<${tag}> fed by ${Object.keys(feed)
        .filter((k) => k !== 'html')
        .join(' + ')}${feeds.length > 1 ? ` (way ${way + 1})` : ''}`;
      it(`${label}: the valid feed renders without a data error`, async () => {
        const el = build(tag, feed);
        const errors: unknown[] = [];
        el.addEventListener('trust-error', (e) => {
          for (const i of e.detail.issues) if (i.severity === 'error') errors.push(i);
        });
        document.body.append(el);
        try {
          await settleAll(el);
          await nextTask(20);
          await settleAll(el);
          if (!feed.allowErrors) expect(errors, `a feed in the feeds.ts of <${tag}> is not valid data for it`).toEqual([]);
          expect(renderedTexts(el).join(' ').trim().length, `<${tag}> renders nothing from its valid feed`).toBeGreaterThan(0);
        } finally {
          el.remove();
        }
      });
      it(`${label}: ${RUNS} fuzzed feeds`, async () => {
        await fc.assert(
          fc.asyncProperty(fuzzedFeeds(feed), async (input) => {
            const problems = await renderAndCheck(tag, input, feed);
            if (problems.length) throw new Error(`<${tag}>: ${[...new Set(problems)].join('; ')}`);
          }),
          fuzzParams(RUNS),
        );
      }, 120_000);
    });
  }
});

/** `depth` levels of `{ a: { a: … } }` or `[[[…]]]`, built without recursion. */
function deeplyNested(depth: number, kind: 'object' | 'array'): unknown {
  let value: unknown = kind === 'object' ? { value: 1 } : [1];
  for (let i = 0; i < depth; i++) value = kind === 'object' ? { a: value, value: i } : [value];
  return value;
}

/**
 * Deep nesting, deterministically (the fuzzed feeds above stay shallow so that each run is quick): every data
 * property and child script of every feed replaced by 10,000 levels of objects or arrays, and each top-level field
 * of a valid record replaced the same way. No element may throw, hang or render a lie; parsers answer with a
 * field-path error (core's parsers are fuzzed deeper still in test/unit/fuzz-parsers.test.ts).
 */
describe('elements under deeply nested data (10,000 levels)', () => {
  const DEPTH = 10_000;
  for (const tag of TAGS) {
    it(`<${tag}>`, async () => {
      const problems: string[] = [];
      let rendered = 0;
      for (const feed of FEEDS[tag] ?? []) {
        const variants: unknown[] = [];
        for (const kind of ['object', 'array'] as const) {
          const deep = deeplyNested(DEPTH, kind);
          for (const [key, value] of Object.entries(feed.properties ?? {})) {
            variants.push({ ...feed, properties: { ...feed.properties, [key]: deep } });
            if (isRecordLike(value))
              for (const field of Object.keys(value))
                variants.push({ ...feed, properties: { ...feed.properties, [key]: { ...value, [field]: deep } } });
          }
          if (feed.child) {
            variants.push({ ...feed, child: { ...feed.child, value: deep } });
            if (isRecordLike(feed.child.value))
              for (const field of Object.keys(feed.child.value))
                variants.push({ ...feed, child: { ...feed.child, value: { ...feed.child.value, [field]: deep } } });
          }
        }
        for (const input of variants) for (const p of await renderAndCheck(tag, input, feed)) problems.push(p);
        rendered += variants.length;
      }
      // Elements fed only by attributes (strings) have nothing to nest.
      if ((FEEDS[tag] ?? []).some((f) => f.properties || f.child)) expect(rendered).toBeGreaterThan(0);
      expect([...new Set(problems)]).toEqual([]);
    }, 120_000);
  }
});

/**
 * The search field of <trust-review-list> (its feed with topics and `searchable`), given fuzzed queries: arbitrary
 * text, words of the reviews, and markup that the reviews also hold as text (so the search marks it). Nothing throws
 * or renders a lie, each `<mark>` holds text only, and the reviews' text reads as given around the marks.
 */
describe('<trust-review-list> search under fuzzed queries', () => {
  it(`${RUNS} queries: no throw, no lie, marks hold the reviews' text only`, async () => {
    const feed = (FEEDS['trust-review-list'] ?? []).find((f) => f.properties && 'topics' in f.properties);
    expect(feed, 'the feeds.ts of <trust-review-list> has a way with topics and `searchable`').toBeDefined();
    const data = feed!.properties!.data as { reviews: Array<Record<string, unknown>> };
    const words = data.reviews.flatMap((r) => String(r.body).split(/\s+/));
    let marked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...XSS_PAYLOADS),
        fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...words), fc.constant('')),
        fc.nat(),
        async (payload, other, pick) => {
          // The first review's body holds the payload as text; the query is part of it, or anything at all.
          const body = `${String(data.reviews[0]!.body)} ${payload}`;
          const reviews = [{ ...data.reviews[0], body }, ...data.reviews.slice(1)];
          const start = pick % body.length;
          const query = pick % 3 ? body.slice(start, start + 1 + (pick % 30)) : other;
          const problems = await searchAndCheck({ ...feed!, properties: { ...feed!.properties, data: { ...data, reviews } } }, query);
          marked += problems.marks;
          if (problems.found.length) throw new Error(`query ${JSON.stringify(query)}: ${[...new Set(problems.found)].join('; ')}`);
        },
      ),
      fuzzParams(RUNS),
    );
    expect(marked, 'some queries were found and marked').toBeGreaterThan(0);
  }, 120_000);
});

/** Renders the list from `feed`, types `query` into its search field (as an input event), and checks what it shows. */
async function searchAndCheck(feed: Feed, query: string): Promise<{ found: string[]; marks: number }> {
  const found: string[] = [];
  const onError = (e: ErrorEvent) => {
    e.stopImmediatePropagation();
    e.preventDefault();
    found.push(`uncaught error: ${e.message}`);
  };
  window.addEventListener('error', onError, true);
  const container = document.createElement('div');
  container.lang = 'en';
  document.body.append(container);
  try {
    const el = build('trust-review-list', feed);
    container.append(el);
    const root = el.shadowRoot!;
    for (let i = 0; i < 200 && !root.querySelector('input[type="search"]'); i++) await nextTask(10);
    const input = root.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) return { found: ['no search field'], marks: 0 };
    input.value = query;
    input.dispatchEvent(new Event('input'));
    await settleAll(el);
    const marks = [...root.querySelectorAll('mark')];
    for (const mark of marks) if (mark.children.length) found.push(`an element in a mark: ${mark.innerHTML.slice(0, 80)}`);
    const bodies = (feed.properties!.data as { reviews: Array<{ body: string }> }).reviews.map((r) => r.body);
    for (const shown of root.querySelectorAll('[part="body"]'))
      if (!bodies.some((b) => shown.textContent!.includes(b))) found.push(`a body reads otherwise: ${shown.textContent!.slice(0, 80)}`);
    found.push(...dangerousMarkup(el), ...textLies(renderedTexts(el), [...ownTexts(feed, feed), query]), ...styleLies(el));
    return { found, marks: marks.length };
  } finally {
    container.remove();
    window.removeEventListener('error', onError, true);
  }
}

describe('the element checks bite', () => {
  class LyingElement extends HTMLElement {
    connectedCallback() {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const v = Number(this.getAttribute('value'));
      if (this.hasAttribute('throw')) throw new Error('boom');
      root.innerHTML = `<span role="img" aria-label="Rated ${v} out of 5">${(v / 5) * 100}%</span><span class="fill" style="inline-size: ${v * 20}%"></span>`;
    }
  }
  beforeAll(() => {
    if (!customElements.get('fuzz-selfcheck-lying')) customElements.define('fuzz-selfcheck-lying', LyingElement);
  });

  it('flags NaN, Infinity, a percentage above 100 and a throwing lifecycle', async () => {
    expect(await renderAndCheck('fuzz-selfcheck-lying', { attributes: { value: 'abc' } })).toEqual(
      expect.arrayContaining([expect.stringMatching(/NaN/)]),
    );
    expect(await renderAndCheck('fuzz-selfcheck-lying', { attributes: { value: '1e999' } })).toEqual(
      expect.arrayContaining([expect.stringMatching(/Infinity/)]),
    );
    expect(await renderAndCheck('fuzz-selfcheck-lying', { attributes: { value: '6' } })).toEqual(
      expect.arrayContaining([expect.stringMatching(/percentage 120%/), expect.stringMatching(/style inline-size: 120%/)]),
    );
    expect(await renderAndCheck('fuzz-selfcheck-lying', { attributes: { value: '4', throw: '' } })).toEqual(
      expect.arrayContaining([expect.stringMatching(/uncaught error: .*boom/)]),
    );
    expect(await renderAndCheck('fuzz-selfcheck-lying', { attributes: { value: '4' } })).toEqual([]);
  });
});
