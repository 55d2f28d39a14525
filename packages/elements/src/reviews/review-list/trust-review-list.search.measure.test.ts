/**
 * Measures (prints, does not assert timings): search and topics on 10,000 reviews. Per keystroke: the time from
 * the `input` event to the painted frame with the filtered, marked list, typing "battery life" one character at a
 * time (then deleting it again); the first keystroke includes normalising every review once. And the first screen
 * of the list with three topics counted over the 10,000 reviews, against the same list without topics.
 * Only the results are asserted, so the test fails when search stops filtering, never because a machine is slow.
 */
import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../../trust-review-list.js';
import type { TrustReviewList } from './trust-review-list.js';

const WORDS = ['battery', 'screen', 'strap', 'charger', 'price', 'delivery', 'size', 'colour', 'sound', 'café'];
const reviews = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    rating: (i % 5) + 1,
    title: `Review ${i + 1} about the ${WORDS[i % WORDS.length]}`,
    body: `The ${WORDS[(i * 7) % WORDS.length]} is ${i % 3 ? 'fine' : 'great'} and the ${WORDS[(i * 3) % WORDS.length]} life is long. `.repeat(
      1 + (i % 4),
    ),
    author: `Reader ${i + 1}`,
    date: new Date(Date.UTC(2025, 0, 1) - i * 3_600_000).toISOString(),
  }));
const TOPICS = [
  { name: { en: 'Battery' }, terms: { en: ['battery', 'charger'] } },
  { name: { en: 'Screen' }, terms: { en: ['screen'] } },
  { name: { en: 'Battery life' }, terms: { en: ['battery life'] } },
];

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
let host: HTMLElement | undefined;
afterEach(() => host?.remove());

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('<trust-review-list> search on 10,000 reviews (measurement)', () => {
  it('filters on every keystroke and prints the time per keystroke', async () => {
    host = document.createElement('div');
    document.body.append(host);
    const data = { reviews: reviews(10_000) };
    render(html`<trust-review-list searchable .data=${data}></trust-review-list>`, host);
    const el = host.firstElementChild as TrustReviewList;
    for (let i = 0; i < 300 && !el.shadowRoot!.querySelector('input[type="search"]'); i++) await frame();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const status = () => el.shadowRoot!.querySelector('[part="showing"]')!.textContent!;

    const query = 'battery life';
    const times: number[] = [];
    const updates: number[] = [];
    const type = async (value: string) => {
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      updates.push(performance.now() - start);
      await frame();
      times.push(performance.now() - start);
    };
    for (let i = 1; i <= query.length; i++) await type(query.slice(0, i));
    const typed = status();
    for (let i = query.length - 1; i >= 0; i--) await type(query.slice(0, i));
    const [first, ...rest] = times;

    // Topics: the first screen of the same list with three topics (counted over the 10,000 reviews) and without.
    const firstScreen = async (topics: unknown) => {
      host!.remove();
      host = document.createElement('div');
      document.body.append(host);
      const start = performance.now();
      render(html`<trust-review-list .topics=${topics} .data=${{ reviews: reviews(10_000) }}></trust-review-list>`, host);
      const listed = host.firstElementChild as TrustReviewList;
      const ready = topics ? '[part="topic"]' : 'article';
      for (let i = 0; i < 600 && !listed.shadowRoot!.querySelector(ready); i++) await frame();
      await frame();
      return { ms: performance.now() - start, counts: [...listed.shadowRoot!.querySelectorAll('.topic-count')].map((c) => c.textContent) };
    };
    const plain: number[] = [];
    const topical: number[] = [];
    let counts: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      plain.push((await firstScreen(undefined)).ms);
      const run = await firstScreen(TOPICS);
      topical.push(run.ms);
      counts = run.counts;
    }

    console.log(
      `[measure] <trust-review-list> search, 10,000 reviews (Chromium headless), "${query}" typed and deleted, ` +
        `${times.length} keystrokes, input event to painted frame:\n` +
        `  first keystroke (normalises every review once): ${first!.toFixed(1)} ms\n` +
        `  following keystrokes: median ${median(rest).toFixed(1)} ms, max ${Math.max(...rest).toFixed(1)} ms\n` +
        `  of which filtering and rendering (input event to update complete, before the frame): median ` +
        `${median(updates.slice(1)).toFixed(1)} ms, max ${Math.max(...updates.slice(1)).toFixed(1)} ms\n` +
        `  first screen of 10,000 reviews, median of 3: ${median(plain).toFixed(1)} ms without topics, ` +
        `${median(topical).toFixed(1)} ms with 3 topics counted (counts ${counts.join(', ')})`,
    );
    // Every tenth review names the battery (title and body), and all of them say "life": 1,000 match, of which the
    // first page is rendered; the status says how many match, not how many are rendered.
    expect(typed).toBe('Showing 1,000 of 10,000 reviews matching “battery life”');
    expect(status()).toBe('Showing 10 of 10,000 reviews');
    expect(counts).toHaveLength(3);
  });
});
