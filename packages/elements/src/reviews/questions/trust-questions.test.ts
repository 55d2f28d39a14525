import { within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../trust-questions.js';
import '../../locales/ar.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import { deepActive, deferred, inside } from '../../../../../test/helpers/survey.js';
import { QUESTION_DATA } from './feeds.js';
import type { AnswerVoteDetail, QuestionSubmitDetail, TrustQuestions } from './trust-questions.js';

const day = (i: number) => new Date(Date.UTC(2026, 0, 30) - i * 86_400_000).toISOString().slice(0, 10);
/** `n` questions, newest first, every even one answered by the store with `i` helpful votes. */
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `q${i}`,
    body: `Question ${i + 1}?`,
    date: day(i),
    answers: i % 2 ? [] : [{ id: 'a', body: `Answer ${i + 1}.`, author: 'Example Shop', role: 'store' as const, helpful: i }],
  }));

const headings = (el: Element) =>
  inside(el)
    .getAllByRole('heading')
    .map((h) => h.textContent!.trim());
/** The text of the data's `role="status"` (loading, unavailable), not the ask form's. */
const dataState = (el: Element) =>
  inside(el)
    .getAllByRole('status')
    .find((s) => s.classList.contains('data-state'))?.textContent ?? '';
const showing = (el: Element) => shadow(el).querySelector('[part="showing"]')!.textContent!.trim();

/** Answers every trust-submit with `respond()`; returns the questions received. */
function answer(el: TrustQuestions, respond: () => PromiseLike<unknown> | undefined) {
  const sent: Array<Omit<QuestionSubmitDetail, 'respondWith'>> = [];
  el.addEventListener('trust-submit', (e) => {
    const { respondWith, ...question } = e.detail;
    sent.push(question);
    const result = respond();
    if (result) respondWith(result);
  });
  return sent;
}

describe('<trust-questions>', () => {
  const errors = recordConsoleErrors();
  afterEach(() => sessionStorage.clear());

  it('is a named region with a named list; each question is a heading and each answer says who gave it', async () => {
    const el = await fixture<TrustQuestions>(html`<trust-questions no-draft .data=${QUESTION_DATA}></trust-questions>`);
    const region = inside(el).getByRole('region', { name: 'Questions and answers' });
    const list = within(region).getByRole('list', { name: 'Questions' });
    expect(headings(el)).toEqual(['Is the hood removable?', 'Does it fit over a thick jumper?']);
    const answers = within(list).getByRole('list', { name: '2 answers' });
    const items = within(answers).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Answer from Example Shop');
    expect(items[1]!.textContent).toContain('Verified owner');
    expect(items[1]!.textContent).toContain('Ben');
    expect(inside(el).getByText('Not answered yet')).toBeTruthy();
    expect(inside(el).getByText('Asked by Chris')).toBeTruthy();
    expect(showing(el)).toBe('Showing 2 of 2 questions');
    expect(errors()).not.toHaveBeenCalled();
  });

  it('sorts by keyboard: unanswered first, then by the most helpful answer', async () => {
    const el = await fixture<TrustQuestions>(html`<trust-questions no-draft .data=${{ questions: many(4) }}></trust-questions>`);
    expect(headings(el)).toEqual(['Question 1?', 'Question 2?', 'Question 3?', 'Question 4?']);
    const sort = inside(el).getByRole('combobox', { name: 'Sort by' }) as HTMLSelectElement;
    sort.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await settle();
    expect(sort.value).toBe('unanswered');
    expect(headings(el)).toEqual(['Question 2?', 'Question 4?', 'Question 1?', 'Question 3?']);
    await userEvent.keyboard('{ArrowUp}');
    await settle();
    expect(headings(el)).toEqual(['Question 3?', 'Question 1?', 'Question 2?', 'Question 4?']);
  });

  it('counts a helpful vote once, announces it, and hands it to the page with both ids', async () => {
    const el = await fixture<TrustQuestions>(html`<trust-questions no-draft .data=${QUESTION_DATA}></trust-questions>`);
    const votes: AnswerVoteDetail[] = [];
    el.addEventListener('trust-answer-vote', (e) => votes.push(e.detail));
    const group = inside(el).getAllByRole('group', { name: 'Was this answer helpful?' })[0]!;
    const yes = within(group).getByRole('button', { name: 'Yes' });
    yes.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(votes).toEqual([{ questionId: 'q1', answerId: 'a1', vote: 'helpful', helpful: 4 }]);
    expect(yes.getAttribute('aria-pressed')).toBe('true');
    expect(group.textContent).toContain('4 people found this answer helpful');
    await userEvent.keyboard('{Tab}{Enter}');
    expect(votes).toHaveLength(1);
  });

  it('pages by keyboard, moves focus to the first new question, then asks the page for more', async () => {
    const el = await fixture<TrustQuestions>(
      html`<trust-questions no-draft page-size="2" .data=${{ total: 6, questions: many(4) }}></trust-questions>`,
    );
    const loads: unknown[] = [];
    el.addEventListener('trust-load-more', (e) => loads.push(e.detail));
    expect(headings(el)).toHaveLength(2);
    expect(showing(el)).toBe('Showing 2 of 6 questions');
    const more = inside(el).getByRole('button', { name: 'Show more questions' });
    more.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(headings(el)).toHaveLength(4);
    expect(deepActive()?.getAttribute('aria-labelledby')).toBe('q2-text');
    expect(loads).toEqual([]);
    more.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(loads).toEqual([{ loaded: 4, total: 6 }]);
    expect(more.textContent!.trim()).toBe('Loading more questions…');
    el.data = { total: 6, questions: many(6) };
    await settle();
    expect(headings(el)).toHaveLength(6);
    expect(inside(el).queryByRole('button', { name: /more questions/ })).toBeNull();
  });

  it('asks a question: validation by keyboard, then a typed trust-submit, "Submitting…" and a thank-you', async () => {
    const el = await fixture<TrustQuestions>(html`<trust-questions no-draft .data=${QUESTION_DATA}></trust-questions>`);
    const reply = deferred<Response>();
    const sent = answer(el, () => reply.promise);
    const ask = inside(el).getByRole('button', { name: 'Ask a question' });
    expect(ask.getAttribute('aria-expanded')).toBe('false');
    ask.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(ask.getAttribute('aria-expanded')).toBe('true');
    const form = inside(el).getByRole('form', { name: 'Ask a question' });
    const question = within(form).getByRole('textbox', { name: 'Your question' });
    expect(deepActive()).toBe(question);
    await userEvent.keyboard('Does it come in blue?');
    await userEvent.click(within(form).getByRole('button', { name: 'Submit question' }));
    await settle();
    const name = within(form).getByRole('textbox', { name: 'Display name' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(inside(el).getByText('Enter a display name.').id).toBe(name.getAttribute('aria-errormessage'));
    expect(deepActive()).toBe(name);
    expect(sent).toEqual([]);
    await userEvent.keyboard('Dana{Enter}');
    await settle();
    expect(sent).toEqual([{ question: 'Does it come in blue?', author: 'Dana', subject: 'Winter coat' }]);
    expect(shadow(el).querySelector('[role="status"]#ask-status')!.textContent).toContain('Submitting your question…');
    reply.resolve(new Response(null, { status: 201 }));
    await vi.waitFor(() => expect(inside(el).queryByRole('form')).toBeNull());
    await settle();
    expect(deepActive()?.textContent).toContain('Thank you! Your question has been submitted.');
  });

  it('keeps the draft across a reload of the element, and a failed send keeps the question', async () => {
    const first = await fixture<TrustQuestions>(html`<trust-questions id="coat" .data=${QUESTION_DATA}></trust-questions>`);
    await userEvent.click(inside(first).getByRole('button', { name: 'Ask a question' }));
    await userEvent.keyboard('Is it machine washable?');
    await userEvent.type(inside(first).getByRole('textbox', { name: 'Display name' }), 'Eli');
    first.remove();
    const el = await fixture<TrustQuestions>(html`<trust-questions id="coat" .data=${QUESTION_DATA}></trust-questions>`);
    expect(inside(el).getByText('Your unsent question was restored.')).toBeTruthy();
    const question = inside(el).getByRole('textbox', { name: 'Your question' }) as HTMLTextAreaElement;
    expect(question.value).toBe('Is it machine washable?');
    answer(el, () => Promise.reject(new Error('offline')));
    await userEvent.click(inside(el).getByRole('button', { name: 'Submit question' }));
    await vi.waitFor(() => expect(inside(el).getByRole('alert').textContent).toContain('could not be submitted'));
    expect(question.value).toBe('Is it machine washable?');
    expect(sessionStorage.getItem('trust-signals:draft:trust-questions:coat')).toContain('machine washable');
  });

  it('is a form control in a page form: submits question and author, blocks a started question that is incomplete', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><trust-questions name="qa" no-draft .data=${QUESTION_DATA}></trust-questions></form>`,
    );
    const el = form.querySelector('trust-questions')!;
    expect(inside(el).queryByRole('button', { name: 'Ask a question' })).toBeNull();
    expect(inside(el).queryByRole('button', { name: 'Submit question' })).toBeNull();
    expect(form.checkValidity()).toBe(true);
    await userEvent.type(inside(el).getByRole('textbox', { name: 'Your question' }), 'Any discount?');
    expect(form.checkValidity()).toBe(false);
    await userEvent.type(inside(el).getByRole('textbox', { name: 'Display name' }), 'Fay');
    expect(form.checkValidity()).toBe(true);
    expect([...new FormData(form)]).toEqual([
      ['qa-question', 'Any discount?'],
      ['qa-author', 'Fay'],
    ]);
    form.reset();
    await settle();
    expect([...new FormData(form)]).toEqual([]);
  });

  it('reports bad data once with its field path and shows an accessible unavailable state', async () => {
    const seen: unknown[] = [];
    document.addEventListener('trust-error', (e) => seen.push(e.detail), { once: true });
    const el = await fixture<TrustQuestions>(
      html`<trust-questions no-draft .data=${{ questions: [{ body: 'Q?', answers: [{ body: 'A', author: 'B', role: 'guest' }] }], total: -2 }}></trust-questions>`,
    );
    expect(dataState(el)).toContain('Questions and answers are unavailable right now.');
    expect(inside(el).queryByRole('list')).toBeNull();
    expect(seen).toHaveLength(1);
    expect(JSON.stringify(seen[0])).toContain('"path":"total"');
    expect(errors()).toHaveBeenCalledTimes(1);
  });

  it('loads src, says so while loading, and offers "Try again" after a failure', async () => {
    let respond: (r: Response) => void = () => {};
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(() => new Promise((resolve) => (respond = resolve)));
    try {
      const el = await fixture<TrustQuestions>(html`<trust-questions no-draft src="/questions.json"></trust-questions>`);
      expect(dataState(el)).toContain('Loading questions…');
      respond(new Response('down', { status: 503 }));
      await vi.waitFor(() => expect(inside(el).getByRole('button', { name: 'Try again' })).toBeTruthy());
      expect(errors()).toHaveBeenCalledTimes(1);
      inside(el).getByRole('button', { name: 'Try again' }).focus();
      await userEvent.keyboard('{Enter}');
      respond(new Response(JSON.stringify(QUESTION_DATA), { status: 200, headers: { 'content-type': 'application/json' } }));
      await vi.waitFor(() => expect(headings(el)).toHaveLength(2));
      expect(fetch).toHaveBeenCalledTimes(2);
    } finally {
      fetch.mockRestore();
    }
  });

  it('reads a child JSON script, and speaks Arabic right to left', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><trust-questions no-draft></trust-questions></div>`);
    const qa = el.querySelector('trust-questions')!;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(QUESTION_DATA);
    qa.append(script);
    await vi.waitFor(() => expect(headings(qa)).toHaveLength(2));
    expect(inside(qa).getByRole('region', { name: 'الأسئلة والأجوبة' })).toBeTruthy();
    // The store's English name is isolated in the Arabic sentence (U+2068 … U+2069), so the sentence keeps its order.
    expect(inside(qa).getByText('إجابة من \u2068Example Shop\u2069')).toBeTruthy();
    expect(getComputedStyle(shadow(qa).querySelector('.answers')!).borderRightWidth).toBe('3px');
  });
});
