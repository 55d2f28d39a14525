import { within } from '@testing-library/dom';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { registerTranslation } from '@trust-signals/core';
import ar from '@trust-signals/core/locales/ar.js';
import de from '@trust-signals/core/locales/de.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import '../../trust-review-list.js';
import { finder } from './finder-loader.js';
import type { TrustReviewList } from './trust-review-list.js';

recordConsoleErrors();

/**
 * Six reviews: three mention the battery (5, 4 and 1 stars; "Batteries" is another word), one the lid ("Solid" does
 * not), one has text that looks like HTML.
 */
const sample = () => ({
  reviews: [
    { id: 'a', rating: 5, title: 'Battery lasts', body: 'The battery lasts two days.', author: 'Ana', date: '2025-03-06' },
    { id: 'b', rating: 4, title: 'Quick charge', body: 'A full charge takes an hour.', author: 'Ben', date: '2025-03-05' },
    { id: 'c', rating: 1, title: 'Dead', body: 'The BATTERY died in a week.', author: 'Cy', date: '2025-03-04' },
    { id: 'd', rating: 2, title: 'Lid', body: 'The lid is dented. <b>Not</b> great.', author: 'Dee', date: '2025-03-03' },
    { id: 'e', rating: 5, title: 'Café-style', body: 'Makes a fine crème. Batteries not needed.', author: 'Eve', date: '2025-03-02' },
    { id: 'f', rating: 3, title: 'Fine', body: 'Solid, does the job.', author: 'Fay', date: '2025-03-01' },
  ],
});
const TOPICS = [
  { name: { en: 'Battery', de: 'Akku' }, terms: { en: ['battery', 'charge'], de: ['Akku'] } },
  { id: 'lid', name: { en: 'Lid' }, terms: { en: ['lid'] } },
];

const q = (el: Element) => within(shadow(el));
const status = (el: Element) => shadow(el).querySelector('[part="showing"]')!.textContent!.trim();
const titles = (el: Element) => [...shadow(el).querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim());
const active = (el: Element) => (shadow(el) as unknown as ShadowRoot).activeElement;
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};
const topicButton = (el: Element, name: RegExp) => q(el).getByRole('button', { name });

describe('<trust-review-list> topics and search', () => {
  it('does not load the topics-and-search code for a plain list, and loads it for a searchable one', async () => {
    const fetched = () => performance.getEntriesByType('resource').some((e) => /review-list\/finder\.ts/.test(e.name));
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${sample()}></trust-review-list>`);
    await new Promise((r) => setTimeout(r, 500));
    expect(fetched()).toBe(false);
    expect(finder()).toBeUndefined();
    expect(q(el).queryByRole('group', { name: 'Topics' })).toBeNull();
    expect(q(el).queryByRole('searchbox')).toBeNull();
    const searchable = await fixture<TrustReviewList>(html`<trust-review-list searchable .data=${sample()}></trust-review-list>`);
    await until(() => !!q(searchable).queryByRole('searchbox'));
    expect(fetched()).toBe(true);
  });

  it('shows topic toggle buttons from a child script, with counts split by rating, and filters by keyboard', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${sample()}>
      <script type="application/json" slot="topics">
        ${JSON.stringify(TOPICS)}
      </script>
    </trust-review-list>`);
    await until(() => !!shadow(el).querySelector('[part="topic"]'));
    const group = q(el).getByRole('group', { name: 'Topics' });
    expect(group.getAttribute('aria-describedby')).toBe('topics-note');
    expect(shadow(el).querySelector('#topics-note')!.textContent).toBe(
      'Reviews that mention each topic; positive: 4–5 stars, critical: 1–2 stars.',
    );
    // "Batteries" is another word: review e is not counted; a, b (charge) and c (BATTERY) are.
    const battery = topicButton(el, /^Battery/);
    expect(battery.textContent!.replace(/\s+/g, ' ').trim()).toBe('Battery, 3: 2 positive, 1 critical');
    expect(battery.getAttribute('aria-pressed')).toBe('false');
    expect(topicButton(el, /^Lid/).textContent!.replace(/\s+/g, ' ').trim()).toBe('Lid, 1: 0 positive, 1 critical');

    // Tab from the star filter reaches the first topic; Space presses it.
    q(el).getByRole('combobox', { name: 'Filter by rating' }).focus();
    await userEvent.keyboard('{Tab}');
    expect(active(el)).toBe(battery);
    await userEvent.keyboard(' ');
    await settle();
    expect(battery.getAttribute('aria-pressed')).toBe('true');
    expect(titles(el)).toEqual(['Battery lasts', 'Quick charge', 'Dead']);
    expect(status(el)).toBe('Showing 3 of 6 reviews mentioning Battery');

    // With the star filter: both apply, and both are said.
    await userEvent.selectOptions(q(el).getByRole('combobox', { name: 'Filter by rating' }), '5');
    await settle();
    expect(titles(el)).toEqual(['Battery lasts']);
    expect(status(el)).toBe('Showing 1 of 6 reviews with 5 stars, mentioning Battery');
    await userEvent.selectOptions(q(el).getByRole('combobox', { name: 'Filter by rating' }), '3');
    await settle();
    expect(shadow(el).querySelector('.none')!.textContent).toBe('No reviews match.');

    // Another topic replaces the first; Enter on the pressed one takes it off.
    await userEvent.selectOptions(q(el).getByRole('combobox', { name: 'Filter by rating' }), '');
    topicButton(el, /^Lid/).focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(battery.getAttribute('aria-pressed')).toBe('false');
    expect(titles(el)).toEqual(['Lid']);
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(titles(el)).toHaveLength(6);
    expect(status(el)).toBe('Showing 6 of 6 reviews');
  });

  it('takes topics from the property, in the page language, and reports invalid ones with their path', async () => {
    const reports: string[] = [];
    document.addEventListener('trust-error', (e) => reports.push(...e.detail.issues.map((i) => `${i.path}: ${i.message}`)), {
      once: true,
    });
    const data = sample();
    const german = { ...data, reviews: [...data.reviews, { rating: 5, body: 'Der Akku hält.', author: 'Gus', lang: 'de' }] };
    const topics = [...TOPICS, { name: { en: 'Price' }, terms: { en: 'cheap' } }];
    registerTranslation(de);
    const el = await fixture<TrustReviewList>(html`<trust-review-list lang="de" .topics=${topics} .data=${german}></trust-review-list>`);
    await until(() => !!shadow(el).querySelector('[part="topic"]'));
    // On a German page: the German name and terms; the English-only topic keeps its English.
    expect(topicButton(el, /^Akku/).textContent!.replace(/\s+/g, ' ').trim()).toBe('Akku, 1: 1 positiv, 0 kritisch');
    expect(topicButton(el, /^Lid/)).toBeTruthy();
    expect(reports).toEqual(['topics[2].terms.en: must be a list, got "cheap" (item left out)']);
  });

  it('searches titles and bodies by keyboard, ignoring case and accents, marks matches as text, and Escape clears', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list searchable .data=${sample()}></trust-review-list>`);
    await until(() => !!q(el).queryByRole('searchbox', { name: 'Search reviews' }));
    const search = q(el).getByRole('searchbox', { name: 'Search reviews' }) as HTMLInputElement;
    // The search field comes first in the controls.
    (shadow(el).querySelector('[part="controls"]') as HTMLElement).focus();
    search.focus();
    await userEvent.keyboard('CAFE');
    await settle();
    expect(titles(el)).toEqual(['Café-style']);
    expect(status(el)).toBe('Showing 1 of 6 reviews matching “CAFE”');
    const mark = shadow(el).querySelector('[part="title"] mark')!;
    expect(mark.textContent).toBe('Café');

    // Every word must occur; each is marked; text that looks like HTML stays text.
    await userEvent.clear(search);
    await userEvent.keyboard('not dented');
    await settle();
    expect(titles(el)).toEqual(['Lid']);
    const body = shadow(el).querySelector('[part="body"]')!;
    expect([...body.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['dented', 'Not']);
    expect(body.querySelector('b')).toBeNull();
    expect(body.textContent).toContain('<b>Not</b> great.');

    // No match: said, and the list is empty.
    await userEvent.keyboard('x');
    await settle();
    expect(titles(el)).toEqual([]);
    expect(status(el)).toBe('Showing 0 of 6 reviews matching “not dentedx”');
    expect(shadow(el).querySelector('.none')!.textContent).toBe('No reviews match.');

    await userEvent.keyboard('{Escape}');
    await settle();
    expect(search.value).toBe('');
    expect(titles(el)).toHaveLength(6);
    expect(status(el)).toBe('Showing 6 of 6 reviews');
    expect(shadow(el).querySelector('mark')).toBeNull();
  });

  it('combines search with a topic, the star filter and the sort', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list searchable .topics=${TOPICS} .data=${sample()}></trust-review-list>`);
    await until(() => !!shadow(el).querySelector('[part="topic"]'));
    topicButton(el, /^Battery/).click();
    await settle();
    q(el).getByRole('searchbox', { name: 'Search reviews' }).focus();
    await userEvent.keyboard('the');
    await settle();
    expect(titles(el)).toEqual(['Battery lasts', 'Dead']);
    await userEvent.selectOptions(q(el).getByRole('combobox', { name: 'Sort by' }), 'lowest');
    await settle();
    expect(titles(el)).toEqual(['Dead', 'Battery lasts']);
    expect(status(el)).toBe('Showing 2 of 6 reviews mentioning Battery, matching “the”');
  });

  it('counts Japanese topics on word boundaries (Intl.Segmenter)', async () => {
    const data = {
      reviews: [
        { rating: 5, title: '電池', body: 'バッテリーの持ちが良いです。', author: '利用者A', lang: 'ja' },
        { rating: 1, title: '充電器', body: '充電器が壊れました。', author: '利用者B', lang: 'ja' },
        { rating: 4, title: '速い', body: '充電が速いです。', author: '利用者C', lang: 'ja' },
      ],
    };
    const topics = [
      { name: { ja: 'バッテリー', en: 'Battery' }, terms: { ja: ['バッテリー', '電池'] } },
      // 充電 ("charging") is a word; 充電器 ("charger") is another: only review C mentions charging.
      { name: { ja: '充電', en: 'Charging' }, terms: { ja: ['充電'] } },
    ];
    const el = await fixture<TrustReviewList>(html`<trust-review-list lang="ja" .topics=${topics} .data=${data}></trust-review-list>`);
    await until(() => !!shadow(el).querySelector('[part="topic"]'));
    const charging = topicButton(el, /^充電/);
    expect(charging.querySelector('.topic-count')!.textContent).toBe('1');
    expect(topicButton(el, /^バッテリー/).querySelector('.topic-count')!.textContent).toBe('1');
    charging.click();
    await settle();
    expect(titles(el)).toEqual(['速い']);
  });

  it('says the rating ranges of the counts with the plural form of the range (Arabic)', async () => {
    registerTranslation(ar);
    const el = await fixture<TrustReviewList>(html`<trust-review-list lang="ar" .topics=${TOPICS} .data=${sample()}></trust-review-list>`);
    await until(() => !!shadow(el).querySelector('[part="topic"]'));
    // "2" alone is "نجمتان" (two stars, no digits): the range keeps its digits.
    const note = shadow(el).querySelector('#topics-note')!.textContent!;
    expect(note).toContain('1–2');
    expect(note).toContain('4–5');
  });
});
