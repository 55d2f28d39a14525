/**
 * Memory: for every element (discovered; fed from FEEDS (test/helpers/element-feeds.ts)), 1,000 instances are connected,
 * rendered and disconnected. After GC (CDP, through the `heapUsage` command) every one of them must be collectable
 * (WeakRefs cleared: no listener, observer, timer or registry keeps one alive) and the heap must return to within a
 * bound. The base element's shared set of connected elements (behind the one document-wide MutationObserver) must
 * not keep disconnected elements: a `lang` change reaches none of them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { TrustElement } from '@trust-signals/core';
import { build, FEEDS } from '../helpers/element-feeds.js';
import { nextTask, settleAll, TAGS } from '../helpers/elements.js';

const COUNT = 1_000;
/** Heap growth allowed after 1,000 connect/disconnect cycles (and GC): noise of the test runner, not the elements. */
const HEAP_BOUND = 1.5 * 1024 * 1024;

let silenced: Array<{ mockRestore(): void }> = [];
beforeAll(() => {
  silenced = [vi.spyOn(console, 'error').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
});
afterAll(() => silenced.forEach((s) => s.mockRestore()));

/** Connects `count` elements at once, lets them render, disconnects them; returns WeakRefs to them. */
async function cycle(tag: string, count: number): Promise<WeakRef<Element>[]> {
  const feed = FEEDS[tag]![0]!;
  const container = document.createElement('div');
  document.body.append(container);
  const refs: WeakRef<Element>[] = [];
  for (let i = 0; i < count; i++) {
    const el = build(tag, feed);
    refs.push(new WeakRef(el));
    container.append(el);
  }
  await Promise.all([...container.children].map((el) => settleAll(el)));
  await nextTask(20);
  container.remove();
  container.replaceChildren();
  await nextTask();
  return refs;
}

export async function released(tag: string, count = COUNT): Promise<{ alive: number; growth: number }> {
  await cycle(tag, 50); // warm-up: module-level caches (templates, styles, formatters) fill once
  await nextTask(20);
  const before = await commands.heapUsage();
  const refs = await cycle(tag, count);
  await nextTask(50);
  const after = await commands.heapUsage();
  return { alive: refs.filter((r) => r.deref() !== undefined).length, growth: after.usedSize - before.usedSize };
}

describe(`memory: ${COUNT.toLocaleString('en')} connected and disconnected elements are released`, () => {
  it('covers every registered tag', () => {
    expect(TAGS.filter((tag) => !FEEDS[tag]?.length)).toEqual([]);
  });

  for (const tag of TAGS) {
    it(`<${tag}>`, async () => {
      if (!FEEDS[tag]?.length)
        throw new Error(`no feeds for <${tag}>: add feeds.ts to its element folder (see test/helpers/element-feeds.ts)`);
      const { alive, growth } = await released(tag);
      expect(alive, `${alive} of ${COUNT} <${tag}> are still reachable after disconnect and GC`).toBe(0);
      expect(growth, `heap grew by ${(growth / 1024).toFixed(0)} KiB`).toBeLessThan(HEAP_BOUND);
    }, 120_000);
  }

  it("the base element's shared set lets disconnected elements go: a lang change refreshes none of them", async () => {
    const spy = vi.spyOn(TrustElement.prototype, 'refreshLocale');
    try {
      for (const tag of TAGS) await cycle(tag, 20);
      spy.mockClear();
      document.documentElement.lang = 'de';
      await nextTask(20);
      const stale = spy.mock.contexts.filter((el) => !(el as Element).isConnected);
      expect(stale.map((el) => (el as Element).localName)).toEqual([]);
    } finally {
      document.documentElement.lang = 'en';
      spy.mockRestore();
    }
  });
});

describe('the memory checks bite', () => {
  /** Keeps every instance in a module-level set and a document listener: never released. */
  const kept = new Set<Element>();
  class LeakyElement extends HTMLElement {
    #onClick = () => this.textContent;
    /** About 10 KB of JS objects per instance, so that the heap check sees the leak too. */
    #state = Array.from({ length: 200 }, (_, i) => ({ i, label: `item ${i}` }));
    connectedCallback() {
      kept.add(this);
      document.addEventListener('click', this.#onClick);
      this.dataset.items = String(this.#state.length);
      this.attachShadow({ mode: 'open' }).textContent = 'x'.repeat(2_000);
    }
  }
  beforeAll(() => {
    if (!customElements.get('memory-selfcheck-leaky')) customElements.define('memory-selfcheck-leaky', LeakyElement);
    FEEDS['memory-selfcheck-leaky'] = [{ attributes: {} }];
  });
  afterAll(() => {
    delete FEEDS['memory-selfcheck-leaky'];
    kept.clear();
  });

  it('a leaking element is reported alive, and its heap growth is seen', async () => {
    const { alive, growth } = await released('memory-selfcheck-leaky');
    expect(alive).toBe(COUNT);
    expect(growth).toBeGreaterThan(COUNT * 1_000);
  });
});
