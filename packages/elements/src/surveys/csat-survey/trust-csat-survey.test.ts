import { within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../trust-csat-survey.js';
import '../../locales/ja.js';
import '../../locales/fr.js';
import { fixture, recordConsoleErrors, shadow } from '../../../../../test/helpers/fixture.js';
import {
  afterSend,
  answerSubmits,
  checkedNames,
  deepActive,
  deferred,
  inside,
  radio as option,
  optionNames,
  regions,
  sendButton,
} from '../../../../../test/helpers/survey.js';
import type { TrustCsatSurvey } from './trust-csat-survey.js';

const LABELS = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];

describe('<trust-csat-survey>', () => {
  const errors = recordConsoleErrors();
  afterEach(() => sessionStorage.clear());

  it('asks how satisfied the visitor was, in a fieldset, with five named faces and nothing chosen', async () => {
    const el = await fixture<TrustCsatSurvey>(html`<trust-csat-survey subject="your delivery"></trust-csat-survey>`);
    expect(inside(el).getByRole('group', { name: 'How satisfied were you with your delivery?' }).localName).toBe('fieldset');
    expect(
      within(inside(el).getByRole('radiogroup', { name: 'How satisfied were you with your delivery?' })).getAllByRole('radio', {
        checked: false,
      }),
    ).toHaveLength(5);
    expect(optionNames(el)).toEqual(LABELS);
    expect(checkedNames(el)).toEqual([]);
    // Faces differ by the shape of the mouth, and are hidden from assistive technology (the word is the name).
    const mouths = [...shadow(el).querySelectorAll('.face path')].map((p) => p.getAttribute('d'));
    expect(new Set(mouths).size).toBe(5);
    expect([...shadow(el).querySelectorAll('.face')].every((f) => f.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(errors()).not.toHaveBeenCalled();
  });

  it('words: the same names without faces; the default question without a subject', async () => {
    const el = await fixture(html`<trust-csat-survey variant="words"></trust-csat-survey>`);
    expect(
      within(inside(el).getByRole('radiogroup', { name: 'How satisfied were you with your experience?' })).getAllByRole('radio', {
        checked: false,
      }),
    ).toHaveLength(5);
    expect(optionNames(el)).toEqual(LABELS);
    expect(shadow(el).querySelectorAll('.face')).toHaveLength(0);
  });

  it('keyboard: one tab stop, arrows choose, wraps, End/Home, Space', async () => {
    const wrap = await fixture(html`<div><button>before</button><trust-csat-survey></trust-csat-survey></div>`);
    const el = wrap.querySelector('trust-csat-survey')!;
    const changes: Array<number | string | null> = [];
    el.addEventListener('change', () => changes.push(el.value));
    wrap.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(deepActive()).toBe(option(el, 'Very dissatisfied'));
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(checkedNames(el)).toEqual(['Very satisfied']);
    await userEvent.keyboard('{ArrowDown}{Home}{ArrowRight}{ArrowRight}');
    await el.updateComplete;
    expect(deepActive()).toBe(option(el, 'Neutral'));
    expect(changes).toEqual([5, 1, 2, 3]); // Home on the chosen answer changes nothing
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(el.value).toBe(5);
    await userEvent.keyboard('{Tab}');
    expect(deepActive()).toBe(sendButton(el));
  });

  it('every answer is a target of at least 24 × 24 px in both variants', async () => {
    for (const variant of ['faces', 'words']) {
      const el = await fixture(html`<trust-csat-survey variant=${variant} style="font-size: 8px"></trust-csat-survey>`);
      for (const r of inside(el).getAllByRole('radio')) {
        const { width, height } = r.getBoundingClientRect();
        expect(width, variant).toBeGreaterThanOrEqual(24);
        expect(height, variant).toBeGreaterThanOrEqual(24);
      }
    }
  });

  it('sends { rating, label, followUp }, announces "Sending…" then the thank-you', async () => {
    const el = await fixture<TrustCsatSurvey>(html`<trust-csat-survey follow-up></trust-csat-survey>`);
    const reply = deferred();
    const details = answerSubmits(el, () => reply.promise);
    await userEvent.click(option(el, 'Neutral'));
    expect((inside(el).getByRole('textbox', { name: 'What could we have done better? (optional)' }) as HTMLTextAreaElement).value).toBe('');
    await userEvent.click(option(el, 'Satisfied'));
    const box = inside(el).getByRole('textbox', { name: 'What did you like most? (optional)' });
    await userEvent.type(box, 'Friendly staff');
    await userEvent.click(sendButton(el));
    expect(details).toEqual([{ rating: 4, label: 'Satisfied', followUp: 'Friendly staff' }]);
    await el.updateComplete;
    expect(inside(el).getByRole('status').textContent).toBe('Sending…');
    reply.resolve(true);
    await afterSend(el);
    expect(regions(el)).toEqual({ status: 'Thank you for your feedback.', alert: '' });
    expect(inside(el).queryAllByRole('radio')).toHaveLength(0);
  });

  it('keeps the answer after a failed send and sends it on retry', async () => {
    const el = await fixture<TrustCsatSurvey>(html`<trust-csat-survey variant="words"></trust-csat-survey>`);
    const replies = [Promise.resolve({ ok: false, status: 500 }), Promise.resolve({ ok: true })];
    const details = answerSubmits(el, () => replies.shift());
    await userEvent.click(option(el, 'Very dissatisfied'));
    await userEvent.click(sendButton(el));
    await afterSend(el);
    expect(regions(el)).toEqual({ status: '', alert: 'Your answer could not be sent. Please try again.' });
    expect(checkedNames(el)).toEqual(['Very dissatisfied']);
    await userEvent.click(sendButton(el));
    await afterSend(el);
    expect(regions(el)).toEqual({ status: 'Thank you for your feedback.', alert: '' });
    expect(details).toEqual([
      { rating: 1, label: 'Very dissatisfied', followUp: '' },
      { rating: 1, label: 'Very dissatisfied', followUp: '' },
    ]);
  });

  it('restores an unsent answer after a reload when draft-key is set', async () => {
    const el = await fixture<TrustCsatSurvey>(html`<trust-csat-survey draft-key="checkout"></trust-csat-survey>`);
    await userEvent.click(option(el, 'Very satisfied'));
    expect(sessionStorage.getItem('trust-signals:draft:trust-csat-survey:checkout')).toBe('{"value":5,"followUp":""}');
    // Keys are per tag: an NPS survey with the same key does not see it.
    expect(sessionStorage.getItem('trust-signals:draft:trust-nps-survey:checkout')).toBeNull();
    el.remove();
    const reloaded = await fixture<TrustCsatSurvey>(html`<trust-csat-survey draft-key="checkout"></trust-csat-survey>`);
    expect(checkedNames(reloaded)).toEqual(['Very satisfied']);
    expect(deepActive()).toBe(document.body); // restored, not focused
  });

  it('in a page form: submits the rating under its name, required blocks, reset empties', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><trust-csat-survey name="csat" required></trust-csat-survey></form>`);
    const el = form.querySelector('trust-csat-survey')!;
    expect(inside(el).queryByRole('button', { name: 'Send' })).toBeNull();
    expect(form.reportValidity()).toBe(false);
    await el.updateComplete;
    expect(el.validationMessage).toBe('Please choose an answer.');
    expect(inside(el).getByRole('alert').textContent).toBe('Please choose an answer.');
    await userEvent.click(option(el, 'Dissatisfied'));
    expect([...new FormData(form)]).toEqual([['csat', '2']]);
    expect(form.checkValidity()).toBe(true);
    form.reset();
    await el.updateComplete;
    expect([...new FormData(form)]).toEqual([]);
    expect(checkedNames(el)).toEqual([]);
  });

  it('reports an unknown variant and shows faces', async () => {
    const onError = vi.fn();
    const el = await fixture(html`<trust-csat-survey variant="emoji" @trust-error=${onError}></trust-csat-survey>`);
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]![0] as CustomEvent).detail.issues).toEqual([
      { path: 'variant', message: 'must be one of faces, words, got "emoji"', severity: 'error', attribute: 'variant' },
    ]);
    expect(shadow(el).querySelectorAll('.face')).toHaveLength(5);
    expect(errors()).toHaveBeenCalledTimes(1);
  });

  it('speaks Japanese and French', async () => {
    const ja = await fixture(html`<trust-csat-survey subject="今回の配送" follow-up></trust-csat-survey>`, { lang: 'ja' });
    expect(
      within(inside(ja).getByRole('radiogroup', { name: '今回の配送にどの程度満足されましたか？' })).getAllByRole('radio', {
        checked: false,
      }),
    ).toHaveLength(5);
    expect(optionNames(ja)).toEqual(['非常に不満', '不満', 'どちらでもない', '満足', '非常に満足']);
    expect((inside(ja).getByRole('button', { name: '送信' }) as HTMLButtonElement).disabled).toBe(false);
    const fr = await fixture(html`<trust-csat-survey></trust-csat-survey>`, { lang: 'fr' });
    expect(optionNames(fr)).toEqual(['Très insatisfait', 'Insatisfait', 'Neutre', 'Satisfait', 'Très satisfait']);
    expect(
      within(
        inside(fr).getByRole('radiogroup', { name: 'Quel est votre niveau de satisfaction concernant votre expérience\u00a0?' }),
      ).getAllByRole('radio', { checked: false }),
    ).toHaveLength(5);
  });
});
