import { within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../trust-review-form.js';
import '../../locales/de.js';
import '../../locales/ar.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import { afterSend, deepActive, deferred, inside, regions } from '../../../../../test/helpers/survey.js';
import type { ReviewSubmitDetail, TrustReviewForm } from './trust-review-form.js';

type Sent = Omit<ReviewSubmitDetail, 'respondWith'>;

/** Answers every trust-submit with `respond()`; returns the reviews received. */
function answer(el: HTMLElement, respond: () => PromiseLike<unknown> | undefined): Sent[] {
  const sent: Sent[] = [];
  el.addEventListener('trust-submit', (e) => {
    const { respondWith, ...review } = e.detail as ReviewSubmitDetail;
    sent.push(review);
    const result = respond();
    if (result) respondWith(result);
  });
  return sent;
}

const field = (el: Element, name: string) => inside(el).getByRole('textbox', { name }) as HTMLInputElement;
const ratingOf = (el: Element) => shadow(el).querySelector('trust-rating-input')!;
const star = (el: Element, name: string) => inside(ratingOf(el)).getByRole('radio', { name });
const submit = (el: Element) => inside(el).getByRole('button', { name: 'Submit review' });

/** Fills every required field by keyboard-free typing (rating by click). */
async function fill(el: Element, { rating = '1 star', title = 'Solid', body = 'Works well.', author = 'Ana' } = {}) {
  await userEvent.click(star(el, rating));
  await userEvent.type(field(el, 'Title'), title);
  await userEvent.type(field(el, 'Your review'), body);
  await userEvent.type(field(el, 'Display name'), author);
}

describe('<trust-review-form>', () => {
  const errors = recordConsoleErrors();
  afterEach(() => sessionStorage.clear());

  it('is a named form with a rating (nothing chosen), title, text with count, name and optional email with a data-use note', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form id="r1"></trust-review-form>`);
    const form = inside(el).getByRole('form', { name: 'Write a review' });
    expect(form.contains(field(el, 'Your review'))).toBe(true);
    const rating = ratingOf(el);
    const stars = within(inside(rating).getByRole('radiogroup', { name: 'Your rating' })).getAllByRole('radio');
    expect(stars.map((r) => r.getAttribute('aria-checked'))).toEqual(['false', 'false', 'false', 'false', 'false']);
    expect(field(el, 'Your review').localName).toBe('textarea');
    expect(field(el, 'Your review').getAttribute('aria-describedby')).toBe('body-count');
    expect(inside(el).getByText('You have 2,000 characters remaining').checkVisibility()).toBe(true);
    expect(field(el, 'Display name')).toBeTruthy();
    const email = field(el, 'Email (optional)');
    expect(email.type).toBe('email');
    expect(email.getAttribute('aria-required')).toBeNull();
    expect(inside(el).getByText('Only used to contact you about this review. It is never shown or shared.').closest('p')!.id).toBe(
      'email-hint',
    );
    expect(email.getAttribute('aria-describedby')).toBe('email-hint');
    expect(errors()).not.toHaveBeenCalled();
  });

  it('the email note can be replaced through its slot', async () => {
    const el = await fixture(
      html`<trust-review-form><span slot="email-note">We ask for your order number by email.</span></trust-review-form>`,
    );
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="email-note"]')!;
    expect(slot.assignedNodes()[0]!.textContent).toBe('We ask for your order number by email.');
  });

  it('on submit: shows a message under each invalid field, ties it to the field, focuses the first, and sends nothing', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form></trust-review-form>`);
    const sent = answer(el, () => undefined);
    await userEvent.type(field(el, 'Title'), 'Nice');
    await userEvent.type(field(el, 'Email (optional)'), 'not-an-address');
    await userEvent.click(submit(el));
    await settle();
    expect(sent).toEqual([]);
    // The rating comes first: focus goes to its first star, and the rating input shows its own message.
    expect(deepActive()).toBe(star(el, '1 star'));
    const rating = ratingOf(el);
    expect(inside(rating).getByRole('radiogroup').getAttribute('aria-invalid')).toBe('true');
    expect(inside(rating).getByText('Please select a rating.').checkVisibility()).toBe(true);
    expect(field(el, 'Title').getAttribute('aria-invalid')).toBe('false');
    const body = field(el, 'Your review');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(body.getAttribute('aria-errormessage')).toBe('body-error');
    expect(body.getAttribute('aria-describedby')).toBe('body-count body-error');
    expect(inside(el).getByText('Write your review.').id).toBe('body-error');
    expect(field(el, 'Display name').getAttribute('aria-describedby')).toBe('author-hint author-error');
    expect(inside(el).getByText('Enter a display name.').checkVisibility()).toBe(true);
    expect(inside(el).getByText('Enter an email address like name@example.com.').id).toBe('email-error');
    // A fixed field loses its message as the visitor types.
    await userEvent.type(field(el, 'Display name'), 'Bo');
    expect(inside(el).queryByText('Enter a display name.')).toBeNull();
    expect(field(el, 'Display name').getAttribute('aria-invalid')).toBe('false');
  });

  it('shows the rating error exactly like the other field errors (size, weight, colour, warning sign)', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form></trust-review-form>`);
    await userEvent.click(submit(el));
    await settle();
    const look = (e: Element) => {
      const s = getComputedStyle(e);
      return [s.fontSize, s.fontWeight, s.color, getComputedStyle(e, '::before').content];
    };
    const ratingError = inside(ratingOf(el)).getByText('Please select a rating.');
    const bodyError = inside(el).getByText('Write your review.');
    expect(look(ratingError)).toEqual(look(bodyError));
    expect(look(bodyError)[1]).toBe('600');
  });

  it('focuses the first invalid text field when the rating is set, and checks lengths', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form title-max="5" body-min="10"></trust-review-form>`);
    await fill(el, { title: 'Too long a title', body: 'Short' });
    await userEvent.click(submit(el));
    await settle();
    expect(deepActive()).toBe(field(el, 'Title'));
    expect(inside(el).getByText('The title must be 5 characters or fewer.').checkVisibility()).toBe(true);
    expect(inside(el).getByText('Your review must be at least 10 characters.').checkVisibility()).toBe(true);
  });

  it('sends a typed review (1 star allowed), says "Submitting…", cannot be sent twice, then thanks and forgets the draft', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form id="kettle" name="kettle-review"></trust-review-form>`);
    const reply = deferred();
    const sent = answer(el, () => reply.promise);
    await fill(el, { body: '  Works well.  ' });
    await userEvent.type(field(el, 'Email (optional)'), 'ana@example.com');
    expect(sessionStorage.getItem('trust-signals:draft:trust-review-form:kettle')).not.toBeNull();
    await userEvent.click(submit(el));
    expect(sent).toEqual([
      { rating: 1, best: 5, title: 'Solid', body: 'Works well.', author: 'Ana', email: 'ana@example.com', name: 'kettle-review' },
    ]);
    await el.updateComplete;
    expect(regions(el).status).toBe('Submitting your review…');
    expect(submit(el).getAttribute('aria-disabled')).toBe('true');
    expect(field(el, 'Title').readOnly).toBe(true);
    // Clicking again and pressing Enter in a field both do nothing while it is pending.
    submit(el).click(); // (Playwright itself refuses to click an aria-disabled button)
    field(el, 'Title').focus();
    await userEvent.keyboard('{Enter}');
    expect(sent).toHaveLength(1);
    reply.resolve({ ok: true });
    await afterSend(el);
    expect(regions(el)).toEqual({ status: 'Thank you! Your review has been submitted.', alert: '' });
    expect(inside(el).queryByRole('form')).toBeNull();
    expect(deepActive()).toBe(inside(el).getByRole('status')); // focus was in the form: it moves to the thank-you
    expect(sessionStorage.getItem('trust-signals:draft:trust-review-form:kettle')).toBeNull();
  });

  it('keeps everything after a failed send, announces it, and sends again', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form id="f2"></trust-review-form>`);
    const replies = [Promise.resolve({ ok: false, status: 503 }), Promise.resolve(new Response('{}'))];
    const sent = answer(el, () => replies.shift());
    await fill(el, { rating: '4 stars' });
    await userEvent.click(submit(el));
    await afterSend(el);
    expect(regions(el)).toEqual({ status: '', alert: 'Your review could not be submitted. It has been kept: please try again.' });
    expect(field(el, 'Title').value).toBe('Solid');
    expect(sessionStorage.getItem('trust-signals:draft:trust-review-form:f2')).toContain('"title":"Solid"');
    await userEvent.click(submit(el));
    await afterSend(el);
    expect(regions(el).status).toBe('Thank you! Your review has been submitted.');
    expect(sent.map((s) => s.rating)).toEqual([4, 4]);
  });

  it('a cancelled trust-submit changes nothing', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form></trust-review-form>`);
    el.addEventListener('trust-submit', (e) => e.preventDefault());
    await fill(el);
    await userEvent.click(submit(el));
    await afterSend(el);
    expect(regions(el)).toEqual({ status: '', alert: '' });
    expect(field(el, 'Title').value).toBe('Solid');
  });

  it('restores the draft when the element is created again (a reload), keyed by id, and can discard it', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form id="mug"></trust-review-form>`);
    await fill(el, { rating: '3 stars', title: 'Good mug' });
    el.remove();
    const other = await fixture<TrustReviewForm>(html`<trust-review-form id="plate"></trust-review-form>`);
    expect(field(other, 'Title').value).toBe(''); // another form's key
    const again = await fixture<TrustReviewForm>(html`<trust-review-form id="mug"></trust-review-form>`);
    expect(field(again, 'Title').value).toBe('Good mug');
    expect(field(again, 'Your review').value).toBe('Works well.');
    expect(again.rating).toBe(3);
    const rating = ratingOf(again);
    expect(inside(rating).getByRole('radio', { name: '3 stars' }).getAttribute('aria-checked')).toBe('true');
    expect(inside(again).getByText('Your unsent review was restored.').checkVisibility()).toBe(true);
    expect(deepActive()).toBe(document.body); // restored, not focused
    await userEvent.click(inside(again).getByRole('button', { name: 'Discard draft' }));
    expect(field(again, 'Title').value).toBe('');
    expect(sessionStorage.getItem('trust-signals:draft:trust-review-form:mug')).toBeNull();
  });

  it('never stores the email address in the draft', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form id="cup"></trust-review-form>`);
    await userEvent.type(field(el, 'Email (optional)'), 'ana@example.com');
    expect(sessionStorage.getItem('trust-signals:draft:trust-review-form:cup')).toBeNull(); // an email alone is no draft
    await fill(el, { title: 'Nice cup' });
    const stored = sessionStorage.getItem('trust-signals:draft:trust-review-form:cup')!;
    expect(stored).toContain('"title":"Nice cup"');
    expect(stored).not.toContain('example.com');
    el.remove();
    const again = await fixture<TrustReviewForm>(html`<trust-review-form id="cup"></trust-review-form>`);
    expect(field(again, 'Title').value).toBe('Nice cup');
    expect(field(again, 'Display name').value).toBe('Ana');
    expect(field(again, 'Email (optional)').value).toBe('');
  });

  it('draft-key names the draft; no-draft stores nothing', async () => {
    const keyed = await fixture<TrustReviewForm>(html`<trust-review-form id="x" draft-key="product-42"></trust-review-form>`);
    await userEvent.type(field(keyed, 'Title'), 'Hi');
    expect(JSON.parse(sessionStorage.getItem('trust-signals:draft:trust-review-form:product-42')!)).toMatchObject({ title: 'Hi' });
    sessionStorage.clear();
    const off = await fixture<TrustReviewForm>(html`<trust-review-form id="y" no-draft></trust-review-form>`);
    await fill(off);
    expect(sessionStorage.length).toBe(0);
  });

  it('announces the character count politely and only at thresholds', async () => {
    const el = await fixture<TrustReviewForm>(html`<trust-review-form body-max="120" no-draft></trust-review-form>`);
    const live = shadow(el).querySelector('[aria-live="polite"]')!;
    const body = field(el, 'Your review');
    await userEvent.type(body, 'abcdefghij'); // 110 left: above every threshold
    expect(live.textContent).toBe('');
    expect(inside(el).getByText('You have 110 characters remaining').checkVisibility()).toBe(true);
    await userEvent.type(body, 'abcdefghijk'); // 99 left: the 100 threshold was crossed at 100
    expect(live.textContent).toBe('You have 100 characters remaining');
    await userEvent.type(body, 'abc'); // 96 left: same band, not repeated
    expect(live.textContent).toBe('You have 100 characters remaining');
    await userEvent.type(body, 'x'.repeat(46)); // 50 left
    expect(live.textContent).toBe('You have 50 characters remaining');
    await userEvent.clear(body);
    await userEvent.type(body, 'x'.repeat(122));
    expect(live.textContent).toBe('You have 1 character too many'); // said once, when it went over
    expect(inside(el).getByText('You have 2 characters too many').id).toBe('body-count');
  });

  it('in a page form: no own button, submits its fields under its name, blocks while invalid, resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><trust-review-form name="review" id="pf"></trust-review-form></form>`);
    const el = form.querySelector('trust-review-form')!;
    expect(inside(el).queryByRole('button', { name: 'Submit review' })).toBeNull();
    expect(form.checkValidity()).toBe(false);
    expect(el.validationMessage).toBe('Please select a rating.');
    await fill(el);
    expect(form.checkValidity()).toBe(true);
    expect([...new FormData(form)]).toEqual([
      ['review-rating', '1'],
      ['review-title', 'Solid'],
      ['review-body', 'Works well.'],
      ['review-author', 'Ana'],
      ['review-email', ''],
    ]);
    form.reset();
    await el.updateComplete;
    expect(field(el, 'Title').value).toBe('');
    expect(sessionStorage.getItem('trust-signals:draft:trust-review-form:pf')).toBeNull();
  });

  it('speaks German and Arabic (plural forms), and reports bad limits', async () => {
    const de = await fixture(html`<trust-review-form body-max="1"></trust-review-form>`, { lang: 'de' });
    expect(inside(de).getByRole('form', { name: 'Bewertung schreiben' }).contains(field(de, 'Ihr Erfahrungsbericht'))).toBe(true);
    expect(inside(de).getByText('Noch 1 Zeichen übrig').checkVisibility()).toBe(true);
    const ar = await fixture(html`<trust-review-form body-max="2"></trust-review-form>`, { lang: 'ar', dir: 'rtl' });
    expect(inside(ar).getByText('يتبقى لديك حرفان').checkVisibility()).toBe(true);
    const onError = vi.fn();
    await fixture(html`<trust-review-form body-max="lots" title-max="0" body-min="1.5" @trust-error=${onError}></trust-review-form>`);
    // Core's number parser and its messages, as every element reports them.
    expect(onError.mock.calls[0]![0].detail.issues).toEqual([
      { path: 'body-min', message: 'must be a whole number, got 1.5', severity: 'error', attribute: 'body-min' },
      { path: 'title-max', message: 'must be at least 1, got 0', severity: 'error', attribute: 'title-max' },
      { path: 'body-max', message: 'must be a number, got "lots"', severity: 'error', attribute: 'body-max' },
    ]);
  });

  it('every control is a target of at least 24 × 24 px', async () => {
    const el = await fixture(html`<trust-review-form style="font-size: 8px"></trust-review-form>`);
    for (const c of [...inside(el).getAllByRole('textbox'), submit(el)]) {
      const { height } = c.getBoundingClientRect();
      expect(height).toBeGreaterThanOrEqual(24);
    }
    expect(submit(el).getBoundingClientRect().width).toBeGreaterThanOrEqual(24);
  });
});
