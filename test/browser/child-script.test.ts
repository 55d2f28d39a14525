/**
 * Child scripts are live. Every element fed by a child `<script type="application/json">` or
 * `<script type="application/ld+json">` in its feeds.ts (discovered from FEEDS, test/helpers/element-feeds.ts) shows what the
 * script says now, not what it said when the element connected: a script that a CMS, an htmx swap or a framework
 * adds, rewrites, replaces or removes after the element connected renders exactly as the same script present from
 * the start (the reference: an element built with it), and invalid JSON is reported once with its
 * `script[type=…]` path. Where the element has a `data` property, the property still wins over the script.
 */
import { within } from '@testing-library/dom';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, FEEDS, type Feed } from '../helpers/element-feeds.js';
import { nextTask, settleAll, TAGS } from '../helpers/elements.js';
import { clone, getAt, pathsOf, setAt } from '../helpers/fuzz.js';

type ScriptType = NonNullable<Feed['child']>['type'];

/** Every registered tag's feeds that hold a child script. */
const CHILD_FEEDS = Object.entries(FEEDS).flatMap(([tag, feeds]) =>
  TAGS.includes(tag) ? feeds.flatMap((feed) => (feed.child ? [{ tag, feed, type: feed.child.type }] : [])) : [],
);

const INVALID = '{"price": 30, oops';

let silenced: Array<{ mockRestore(): void }> = [];
beforeAll(() => {
  silenced = [vi.spyOn(console, 'error').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
});
afterAll(() => silenced.forEach((s) => s.mockRestore()));

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((c) => c.remove()));

interface Mounted {
  el: HTMLElement;
  /** The `trust-error` events of severity `error` since the last `take()`, as their issue paths. */
  take(): string[][];
}

/** Connects `tag` with the feed's attributes (no data), and a child script holding `text` when given. */
async function mount(tag: string, feed: Feed, type: ScriptType, text?: string): Promise<Mounted> {
  const el = build(tag, { ...(feed.attributes && { attributes: feed.attributes }) });
  if (text !== undefined) el.append(script(type, text));
  const errors: string[][] = [];
  el.addEventListener('trust-error', (e) => {
    const issues = e.detail.issues;
    if (issues.some((i) => i.severity === 'error')) errors.push(issues.map((i) => i.path));
  });
  const container = document.createElement('div');
  container.lang = 'en';
  containers.push(container);
  document.body.append(container);
  container.append(el);
  await settled(el);
  return { el, take: () => errors.splice(0) };
}

function script(type: string, text: string): HTMLScriptElement {
  const s = document.createElement('script');
  s.type = type;
  s.textContent = text;
  return s;
}

/** Lets the page's change reach the element (a mutation record, then an update). */
async function settled(el: HTMLElement): Promise<void> {
  await nextTask();
  await settleAll(el);
}

/**
 * What the element shows: the text of its shadow tree and of its own light DOM (a data notice keeps its summary
 * there), scripts excluded. Visually hidden live regions are left out: an announcement is spoken once per page
 * (the first element with that incident says it), so it is not part of what one element shows.
 */
function view(el: HTMLElement): string {
  const texts: string[] = [];
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n instanceof Element &&
        (/^(script|style)$/.test(n.localName) || n.matches('.visually-hidden:is([role=status], [role=alert], [aria-live])'))
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) texts.push(n.textContent ?? '');
      else if ((n as Element).shadowRoot) walk((n as Element).shadowRoot!);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  walk(el);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Whether the element says its data is unavailable (in its shadow tree, or in its light-DOM summary). */
function saysUnavailable(el: HTMLElement): boolean {
  return [within(el.shadowRoot as unknown as HTMLElement), within(el)].some((q) => q.queryAllByText(/unavailable/i).length > 0);
}

/** The view of an element that had the script from the start, with the `trust-error`s it reported. */
async function reference(
  tag: string,
  feed: Feed,
  type: ScriptType,
  text: string | undefined,
): Promise<{ view: string; errors: string[][] }> {
  const { el, take } = await mount(tag, feed, type, text);
  const result = { view: view(el), errors: take() };
  el.parentElement!.remove();
  return result;
}

/**
 * Other valid data that renders differently: the feed's data with one field changed (a text gets " (revised)", a
 * number goes one up or down), the first such change that an element built with it shows without an error and
 * differently from the original.
 */
async function otherData(tag: string, feed: Feed, type: ScriptType, original: string): Promise<unknown> {
  const value = feed.child!.value;
  for (const path of pathsOf(value)) {
    const leaf = getAt(value, path);
    const changes = typeof leaf === 'string' ? [`${leaf} (revised)`] : typeof leaf === 'number' ? [leaf + 1, leaf - 1] : [];
    for (const change of changes) {
      const candidate = setAt(clone(value), path, change);
      const ref = await reference(tag, feed, type, JSON.stringify(candidate));
      if (ref.errors.length === 0 && ref.view !== original) return candidate;
    }
  }
  throw new Error(`no change of <${tag}>'s feed data renders differently`);
}

describe('child scripts are live', () => {
  it('discovers the elements fed by a child script', () => {
    expect(CHILD_FEEDS.length).toBeGreaterThanOrEqual(2);
    expect(new Set(CHILD_FEEDS.map((f) => f.type))).toEqual(new Set(['application/json', 'application/ld+json']));
  });

  for (const { tag, feed, type } of CHILD_FEEDS) {
    const path = `script[type=${type}]`;
    const valid = JSON.stringify(feed.child!.value);

    it(`<${tag}> follows a ${path} added, changed, made invalid, replaced and removed after it connected`, async () => {
      const none = await reference(tag, feed, type, undefined);
      const first = await reference(tag, feed, type, valid);
      const other = JSON.stringify(await otherData(tag, feed, type, first.view));
      const second = await reference(tag, feed, type, other);
      const invalid = await reference(tag, feed, type, INVALID);

      const { el, take } = await mount(tag, feed, type);
      // Without data: its unavailable state (transparency) or its empty one (review widgets before any data).
      const before = saysUnavailable(el);
      expect(view(el)).toBe(none.view);
      expect(view(el)).not.toBe(first.view);
      take();

      const child = script(type, valid);
      el.append(child);
      await settled(el);
      expect(view(el), 'a script appended later is shown').toBe(first.view);
      expect(saysUnavailable(el)).toBe(false);
      expect(take()).toEqual([]);

      child.textContent = other;
      await settled(el);
      expect(view(el), 'a change of its text is shown').toBe(second.view);
      expect(view(el)).not.toBe(first.view);

      (child.firstChild as Text).data = INVALID;
      await settled(el);
      expect(view(el), 'invalid JSON is shown as unavailable').toBe(invalid.view);
      expect(saysUnavailable(el)).toBe(true);
      const errors = take();
      expect(errors, 'one trust-error, naming the script (and nothing the script would have held)').toEqual([[path]]);

      const replacement = script(type, valid);
      child.replaceWith(replacement);
      await settled(el);
      expect(view(el), 'a script replaced by another is read again').toBe(first.view);
      expect(take()).toEqual([]);

      replacement.remove();
      await settled(el);
      expect(view(el), 'without its script it is back to its state without data').toBe(none.view);
      expect(saysUnavailable(el)).toBe(before);
    });

    it(`<${tag}> ignores other light-DOM changes, and takes a ${path} that changed while it was away`, async () => {
      const first = await reference(tag, feed, type, valid);
      const invalid = await reference(tag, feed, type, INVALID);
      const { el, take } = await mount(tag, feed, type, valid);
      expect(view(el)).toBe(first.view);
      const spy = vi.spyOn(el as HTMLElement & { requestUpdate(name?: PropertyKey): void }, 'requestUpdate');
      // Other scripts, other elements and an unchanged rewrite of the script are not news.
      el.append(script('text/plain', 'not data'), document.createElement('span'));
      el.querySelector(`script[type="${type}"]`)!.textContent = valid;
      await settled(el);
      // Updates for a property of the element's own (a carousel noticing the pointer, say) are not about the script.
      const forTheScript = spy.mock.calls.filter(([name]) => name === undefined);
      expect(forTheScript, 'no update for changes that are not the script').toEqual([]);
      spy.mockRestore();

      const parent = el.parentElement!;
      el.remove();
      el.querySelector(`script[type="${type}"]`)!.textContent = INVALID;
      parent.append(el);
      await settled(el);
      expect(view(el)).toBe(invalid.view);
      expect(take().map((issues) => issues[0])).toEqual([path]);
    });

    const hasData = (customElements.get(tag) as unknown as { elementProperties?: Map<PropertyKey, unknown> }).elementProperties?.has(
      'data',
    );
    it.skipIf(!hasData)(`<${tag}>: a data property wins over a live ${path}; without it the script is shown again`, async () => {
      const { el, take } = await mount(tag, feed, type, valid);
      const first = await reference(tag, feed, type, valid);
      const invalid = await reference(tag, feed, type, INVALID);
      const other = await otherData(tag, feed, type, first.view);
      const second = await reference(tag, feed, type, JSON.stringify(other));
      const data = el as HTMLElement & { data: unknown };

      data.data = other;
      await settled(el);
      expect(view(el), 'the property is shown').toBe(second.view);
      el.querySelector(`script[type="${type}"]`)!.textContent = INVALID;
      await settled(el);
      expect(view(el), 'a change of the script does not override the property').toBe(second.view);
      expect(take()).toEqual([]);

      data.data = undefined;
      await settled(el);
      expect(view(el), 'without the property, the script as it is now').toBe(invalid.view);
      expect(take().map((issues) => issues[0])).toEqual([path]);
    });
  }
});
