/**
 * "Fetch, then set the data": every data-bearing element (each tag whose feed in FEEDS (test/helpers/element-feeds.ts)
 * has a child script) upgrades with nothing, and its data arrives 0 ms later, 1 s later, or never. An element
 * given no data yet is waiting, not wrong: it reports nothing (no console error, no `trust-error`), does not say
 * "unavailable" (nor gives a form field that as its description), shows the page's light-DOM fallback, and says
 * so through `waiting`. Once its data is set, it shows it without a report; data that was given and is invalid is
 * still reported.
 */
import { within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { asAttribute, FEEDS, type Feed } from '../helpers/element-feeds.js';
import { nextTask, settleAll, TAGS } from '../helpers/elements.js';

/** Elements whose data comes only in attributes or properties (no child script): waiting until one is given. */
const ATTRIBUTE_DATA_TAGS = ['trust-star-rating', 'trust-guarantee'];
const DATA_TAGS = TAGS.filter((tag) => FEEDS[tag]?.some((feed) => feed.child) || ATTRIBUTE_DATA_TAGS.includes(tag));

/** Data that is given and invalid, per tag (the data-object elements take `data = 42`). */
const INVALID: Record<string, Record<string, unknown>> = {
  'trust-star-rating': { value: 'four' },
  'trust-guarantee': { kind: 'delivery', percent: '98.7%' },
};

type Waiting = HTMLElement & { waiting?: boolean };

let errors: MockInstance<typeof console.error>;
const containers: HTMLElement[] = [];
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
  containers.splice(0).forEach((c) => c.remove());
});

/** Whether the element says its data is unavailable: in its shadow tree, or in its light DOM (a data notice's summary). */
function saysUnavailable(el: HTMLElement): boolean {
  return [within(el.shadowRoot as unknown as HTMLElement), within(el)].some((q) => q.queryAllByText(/unavailable/i).length > 0);
}

/** An element with only the page's fallback text inside, connected (and so upgraded) now. */
function upgrade(tag: string): { el: Waiting; fallback: HTMLElement; reports: unknown[] } {
  const container = document.createElement('div');
  container.lang = 'en';
  // A form field, for an element that describes one (`for` is configuration, not data).
  container.innerHTML = '<input id="email" aria-label="Email">';
  const el = document.createElement(tag) as Waiting;
  if (tag === 'trust-data-notice') el.setAttribute('for', 'email');
  const fallback = document.createElement('p');
  fallback.textContent = `Loading ${tag}`;
  el.append(fallback);
  const reports: unknown[] = [];
  el.addEventListener('trust-error', (e) => reports.push((e as CustomEvent).detail));
  container.append(el);
  document.body.append(container);
  containers.push(container);
  return { el, fallback, reports };
}

/** Sets a feed's data on a connected element, as a page does after its fetch. */
function give(el: HTMLElement, feed: Feed): void {
  for (const [name, value] of Object.entries(feed.attributes ?? {})) el.setAttribute(name, asAttribute(value) ?? '');
  for (const [name, value] of Object.entries(feed.properties ?? {})) (el as unknown as Record<string, unknown>)[name] = value;
  if (feed.child) {
    const script = document.createElement('script');
    script.type = feed.child.type;
    script.textContent = JSON.stringify(feed.child.value);
    el.append(script);
  }
}

/** Checks an element that has been given nothing: waiting, quiet, its fallback shown. */
function expectWaiting(tag: string, { el, fallback, reports }: ReturnType<typeof upgrade>): void {
  expect(errors.mock.calls, `<${tag}> logs no console error while it waits`).toEqual([]);
  expect(reports, `<${tag}> reports no trust-error while it waits`).toEqual([]);
  expect(saysUnavailable(el), `<${tag}> does not say "unavailable" while it waits`).toBe(false);
  expect(fallback.assignedSlot, `<${tag}> shows the page's fallback while it waits`).not.toBeNull();
  expect(el.waiting, `<${tag}>.waiting`).toBe(true);
  const field = el.parentElement!.querySelector('#email')!;
  const described = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const description = described.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  expect(description, `<${tag}> gives its field no "unavailable" description while it waits`).not.toMatch(/unavailable/i);
}

/** Checks an element once its data has arrived: shown, and nothing reported. */
async function expectShown(tag: string, feed: Feed, { el, fallback, reports }: ReturnType<typeof upgrade>): Promise<void> {
  await nextTask();
  await settleAll(el);
  const fatal = (reports as Array<{ issues: Array<{ severity: string }> }>).filter((r) => r.issues.some((i) => i.severity === 'error'));
  if (!feed.allowErrors) expect(fatal, `<${tag}> reports no error for valid data`).toEqual([]);
  expect(saysUnavailable(el), `<${tag}> shows its data`).toBe(false);
  expect(el.waiting, `<${tag}>.waiting once data is set`).toBe(false);
  expect(fallback.assignedSlot, `<${tag}> no longer shows the fallback`).toBeNull();
}

describe('data set after upgrade: waiting, not wrong', () => {
  it('finds the data-bearing elements', () => {
    expect(DATA_TAGS).toEqual(
      expect.arrayContaining([
        'trust-donation-use',
        'trust-price-breakdown',
        'trust-data-notice',
        'trust-incident-notice',
        'trust-privacy-label',
        'trust-review-list',
        'trust-star-rating',
        'trust-guarantee',
      ]),
    );
  });

  for (const tag of DATA_TAGS) {
    const feeds = FEEDS[tag]!;

    it(`<${tag}>: data set 0 ms after upgrade is shown, with nothing reported before`, async () => {
      const mounted = feeds.map(() => upgrade(tag));
      await Promise.all(mounted.map(({ el }) => settleAll(el)));
      mounted.forEach((m) => expectWaiting(tag, m));
      await nextTask(0);
      mounted.forEach((m, i) => give(m.el, feeds[i]!));
      for (const [i, m] of mounted.entries()) await expectShown(tag, feeds[i]!, m);
      expect(errors.mock.calls.filter((c) => String(c[0]).includes('cannot show'))).toEqual([]);
    });

    it(`<${tag}>: data set 1 s after upgrade: waiting meanwhile, then shown`, async () => {
      const mounted = feeds.map(() => upgrade(tag));
      await nextTask(1000);
      mounted.forEach((m) => expectWaiting(tag, m));
      mounted.forEach((m, i) => give(m.el, feeds[i]!));
      for (const [i, m] of mounted.entries()) await expectShown(tag, feeds[i]!, m);
    });

    it(`<${tag}>: data never set: the fallback stays, nothing is reported, and \`waiting\` says why`, async () => {
      const mounted = upgrade(tag);
      await nextTask(1000);
      expectWaiting(tag, mounted);
      // Data that is given and invalid is still reported.
      Object.assign(mounted.el, INVALID[tag] ?? { data: 42 });
      await nextTask();
      await settleAll(mounted.el);
      expect(mounted.el.waiting).toBe(false);
      expect(mounted.reports.length, `<${tag}> reports data that was given and is invalid`).toBeGreaterThan(0);
    });
  }
});
