import { within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../../trust-testimonials.js';
import '../../locales/ja.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import { deepActive, inside } from '../../../../../test/helpers/survey.js';
import type { TrustTestimonials } from './trust-testimonials.js';

const quotes = [
  { rating: 5, body: 'Boils in a minute.', author: 'Ana', verified: true },
  { rating: 4, body: 'Quiet and quick.', author: 'Ben', incentivized: true },
  { rating: 5, body: 'Best kettle yet.', author: 'Cy', employee: true, importedFrom: 'Shopnet' },
];
const data = { aggregate: { average: 3.9, count: 212 }, reviews: quotes };

/** The visible slide's author. */
const shown = (el: Element) =>
  inside(el)
    .getAllByRole('group')
    .map((g) => g.querySelector('figcaption')?.textContent);
const button = (el: Element, name: string) => inside(el).getByRole('button', { name });
const slides = (el: Element) => shadow(el).querySelector('.slides')!;

describe('<trust-testimonials>', () => {
  const errors = recordConsoleErrors();
  afterEach(async () => {
    vi.useRealTimers();
    await commands.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('is a carousel region that says it is a selection, with named slides, and does not rotate', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<TrustTestimonials>(html`<trust-testimonials .data=${data}></trust-testimonials>`);
    const region = inside(el).getByRole('region', { name: 'Selected reviews' });
    expect(region.getAttribute('aria-roledescription')).toBe('carousel');
    expect(region.getAttribute('aria-labelledby')).toBe(inside(el).getByRole('heading', { name: 'Selected reviews', level: 2 }).id);
    expect(inside(el).getByText('Chosen by us, so they do not represent all reviews.').checkVisibility()).toBe(true);
    // Only the current slide is exposed; it is a "slide" named "1 of 3".
    const [slide] = inside(el).getAllByRole('group');
    expect(inside(el).getAllByRole('group')).toHaveLength(1);
    expect(slide!.getAttribute('aria-roledescription')).toBe('slide');
    expect(slide!.getAttribute('aria-label')).toBe('1 of 3');
    expect(within(slide!).getByText('Verified purchase').checkVisibility()).toBe(true);
    expect(shown(el)).toEqual(['Ana']);
    // No autoplay: no rotation button, the live region is polite, and time changes nothing.
    expect(inside(el).queryByRole('button', { name: /rotation/ })).toBeNull();
    expect(slides(el).getAttribute('aria-live')).toBe('polite');
    vi.advanceTimersByTime(60_000);
    await settle();
    expect(shown(el)).toEqual(['Ana']);
    expect(errors()).not.toHaveBeenCalled();
  });

  it('keyboard: Tab to Previous and Next, Enter moves (wrapping) and the new slide is announced politely', async () => {
    const wrap = await fixture(html`<div><button>before</button><trust-testimonials .data=${data}></trust-testimonials></div>`);
    const el = wrap.querySelector('trust-testimonials')!;
    wrap.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(deepActive()).toBe(button(el, 'Previous review'));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(shown(el)).toEqual(['Cy']);
    // Every label is part of the slide's text.
    expect(inside(el).getByRole('group', { name: '3 of 3' }).textContent).toMatch(/Written by an employee[\s\S]*Imported from Shopnet/);
    await userEvent.keyboard('{Tab}{Enter}');
    await el.updateComplete;
    expect(deepActive()).toBe(button(el, 'Next review'));
    expect(shown(el)).toEqual(['Ana']);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(shown(el)).toEqual(['Ben']);
    expect(inside(el).getByRole('group').textContent).toContain('Received an incentive for this review');
    expect(slides(el).getAttribute('aria-live')).toBe('polite');
  });

  it('autoplay: rotates with the live region off, pauses on hover, stops on focus until started again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<TrustTestimonials>(html`<trust-testimonials autoplay interval="4000" .data=${data}></trust-testimonials>`);
    expect(el.rotating).toBe(true);
    expect(slides(el).getAttribute('aria-live')).toBe('off');
    vi.advanceTimersByTime(4000);
    await settle();
    expect(shown(el)).toEqual(['Ben']);
    // Hover pauses; leaving resumes.
    const base = shadow(el).querySelector('section')!;
    base.dispatchEvent(new PointerEvent('pointerenter'));
    await settle();
    expect(el.rotating).toBe(false);
    expect(slides(el).getAttribute('aria-live')).toBe('polite');
    vi.advanceTimersByTime(20_000);
    await settle();
    expect(shown(el)).toEqual(['Ben']);
    base.dispatchEvent(new PointerEvent('pointerleave'));
    await settle();
    vi.advanceTimersByTime(4000);
    await settle();
    expect(shown(el)).toEqual(['Cy']);
    // Focus entering stops rotation for good; the button now offers to start it.
    button(el, 'Stop rotation').focus();
    await settle();
    expect(el.rotating).toBe(false);
    expect(button(el, 'Start rotation')).toBeTruthy();
    vi.advanceTimersByTime(20_000);
    await settle();
    expect(shown(el)).toEqual(['Cy']);
    button(el, 'Start rotation').click();
    await settle();
    expect(el.rotating).toBe(true);
    vi.advanceTimersByTime(4000);
    await settle();
    expect(shown(el)).toEqual(['Ana']);
  });

  it('never rotates when the visitor prefers reduced motion (and offers no rotation button)', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<TrustTestimonials>(html`<trust-testimonials autoplay interval="3000" .data=${data}></trust-testimonials>`);
    expect(el.rotating).toBe(false);
    expect(inside(el).queryByRole('button', { name: /rotation/ })).toBeNull();
    vi.advanceTimersByTime(30_000);
    await settle();
    expect(shown(el)).toEqual(['Ana']);
    expect(slides(el).getAttribute('aria-live')).toBe('polite');
  });

  it('stops rotating as soon as the visitor comes to prefer reduced motion', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await fixture<TrustTestimonials>(html`<trust-testimonials autoplay interval="3000" .data=${data}></trust-testimonials>`);
    expect(el.rotating).toBe(true);
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(el.rotating).toBe(false);
    vi.advanceTimersByTime(30_000);
    await settle();
    expect(shown(el)).toEqual(['Ana']);
  });

  it('shows the true average and count of all reviews and links to them', async () => {
    const el = await fixture(html`<trust-testimonials all-reviews-href="/reviews" .data=${data}></trust-testimonials>`);
    const link = inside(el).getByRole('link', { name: 'Read all 212 reviews' });
    expect(link.getAttribute('href')).toBe('/reviews');
    const stars = shadow(el).querySelector('.aggregate trust-star-rating')!;
    expect(inside(stars).getByRole('img').getAttribute('aria-label')).toBe('Rated 3.9 out of 5, 212 reviews');
  });

  it('without an aggregate: still a selection, a plain link, no invented figures; a bad href is refused', async () => {
    const el = await fixture(html`<trust-testimonials all-reviews-href="/all" .data=${{ reviews: quotes }}></trust-testimonials>`);
    expect(inside(el).getByRole('heading', { name: 'Selected reviews' }).textContent!.trim()).toBe('Selected reviews');
    expect(inside(el).getByRole('link', { name: 'Read all reviews' }).getAttribute('href')).toBe('/all');
    expect(shadow(el).querySelector('.aggregate trust-star-rating')).toBeNull();
    const onError = vi.fn();
    const bad = await fixture(
      html`<trust-testimonials all-reviews-href="javascript:alert(1)" .data=${data} @trust-error=${onError}></trust-testimonials>`,
    );
    expect(inside(bad).queryByRole('link')).toBeNull();
    expect(onError.mock.calls[0]![0].detail.issues[0].path).toBe('all-reviews-href');
  });

  it('grid: every quote at once, as a list, still a selection, no carousel controls', async () => {
    const el = await fixture(html`<trust-testimonials layout="grid" autoplay .data=${data}></trust-testimonials>`);
    const region = inside(el).getByRole('region', { name: 'Selected reviews' });
    expect(region.getAttribute('aria-roledescription')).toBeNull();
    expect(inside(el).queryByRole('button')).toBeNull();
    const items = inside(el)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('figure'));
    expect(items.map((li) => li.querySelector('figcaption')!.textContent)).toEqual(['Ana', 'Ben', 'Cy']);
  });

  it('says it is a selection in Japanese too; empty data shows the empty state', async () => {
    const el = await fixture(html`<trust-testimonials .data=${data}></trust-testimonials>`, { lang: 'ja' });
    expect(inside(el).getByRole('region', { name: '厳選したレビュー' }).getAttribute('aria-roledescription')).toBe('カルーセル');
    expect(
      inside(el)
        .getAllByRole('group')
        .map((g) => g.getAttribute('aria-label')),
    ).toEqual(['1 / 3']);
    const empty = await fixture(html`<trust-testimonials .data=${{ reviews: [] }}></trust-testimonials>`);
    expect(inside(empty).getByRole('heading', { name: 'Selected reviews' }).textContent!.trim()).toBe('Selected reviews');
    expect(shadow(empty).textContent).toContain('No reviews yet.');
  });

  it('RTL: Previous points to the right (the start), Next to the left; the visible position is not announced twice', async () => {
    const flipped = (el: Element, name: string) => button(el, name).querySelector('svg')!.classList.contains('flip');
    const ltr = await fixture(html`<trust-testimonials .data=${data}></trust-testimonials>`);
    expect([flipped(ltr, 'Previous review'), flipped(ltr, 'Next review')]).toEqual([false, true]);
    const rtl = await fixture(html`<trust-testimonials .data=${data}></trust-testimonials>`, { dir: 'rtl' });
    expect([flipped(rtl, 'Previous review'), flipped(rtl, 'Next review')]).toEqual([true, false]);
    expect(shadow(rtl).querySelector('.position')!.getAttribute('aria-hidden')).toBe('true');
    expect(shadow(rtl).querySelector('.position')!.textContent).toBe('1 of 3');
  });

  it('buttons are targets of at least 24 × 24 px', async () => {
    const el = await fixture(html`<trust-testimonials autoplay style="font-size: 8px" .data=${data}></trust-testimonials>`);
    for (const b of inside(el).getAllByRole('button')) {
      const { width, height } = b.getBoundingClientRect();
      expect(width).toBeGreaterThanOrEqual(24);
      expect(height).toBeGreaterThanOrEqual(24);
    }
  });
});
