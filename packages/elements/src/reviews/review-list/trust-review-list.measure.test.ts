/**
 * Measures (prints, does not assert timings): how long the first screen of a 10-review list and of a
 * 10,000-review list takes to render, paged (the default) and with every review shown (virtualized), and how
 * many review nodes the 10,000-review list keeps in the DOM. Only the node count is asserted (at most 200).
 */
import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../../trust-review-list.js';
import type { TrustReviewList } from './trust-review-list.js';

const reviews = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    rating: (i % 5) + 1,
    title: `Review ${i + 1}`,
    body: `Text of review ${i + 1}. `.repeat(1 + (i % 7)),
    author: `Reader ${i + 1}`,
    date: new Date(Date.UTC(2025, 0, 1) - i * 3_600_000).toISOString(),
    verified: i % 2 === 0,
    helpful: i % 13,
  }));

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
let host: HTMLElement | undefined;
afterEach(() => host?.remove());

/** Time from setting the data to the first painted frame with reviews in it, in milliseconds. */
async function firstScreen(n: number, showAll: boolean): Promise<{ ms: number; nodes: number }> {
  host = document.createElement('div');
  document.body.append(host);
  const data = { aggregate: { average: 3, count: n }, reviews: reviews(n) };
  const start = performance.now();
  render(html`<trust-review-list ?show-all=${showAll} .data=${data}></trust-review-list>`, host);
  const el = host.firstElementChild as TrustReviewList;
  await el.updateComplete;
  // A virtualized first screen counts once the virtualizer has placed its reviews (aria-setsize marks them).
  const ready = showAll && n > 100 ? 'li.review[aria-setsize] article' : 'article';
  for (let i = 0; i < 300 && !el.shadowRoot!.querySelector(ready); i++) await frame();
  await frame();
  const ms = performance.now() - start;
  const nodes = el.shadowRoot!.querySelectorAll('li.review').length;
  host.remove();
  return { ms, nodes };
}

describe('<trust-review-list> first screen (measurement)', () => {
  it('renders 10,000 reviews with at most 200 review nodes, and prints the times', async () => {
    await firstScreen(10, false); // warm up (module, styles, fonts)
    await firstScreen(200, true); // and the virtualizer, imported on first need
    const figures: Record<string, { ms: number; nodes: number }> = {};
    for (const [name, n, all] of [
      ['10 reviews', 10, false],
      ['10,000 reviews, paged (default)', 10_000, false],
      ['10,000 reviews, show-all (virtualized)', 10_000, true],
    ] as const) {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await firstScreen(n, all));
      runs.sort((a, b) => a.ms - b.ms);
      figures[name] = runs[1]!; // median of three
    }
    console.log(
      `[measure] <trust-review-list> first screen, median of 3 (Chromium headless, ${innerWidth}×${innerHeight}):\n` +
        Object.entries(figures)
          .map(([name, f]) => `  ${name}: ${f.ms.toFixed(1)} ms, ${f.nodes} review nodes in the DOM`)
          .join('\n'),
    );
    expect(figures['10 reviews']!.nodes).toBe(10);
    expect(figures['10,000 reviews, paged (default)']!.nodes).toBe(10);
    expect(figures['10,000 reviews, show-all (virtualized)']!.nodes).toBeGreaterThan(0);
    expect(figures['10,000 reviews, show-all (virtualized)']!.nodes).toBeLessThanOrEqual(200);
  });
});
