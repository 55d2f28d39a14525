import { within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../../trust-nps-survey.js';
import '../../locales/es.js';
import '../../locales/ar.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import {
  afterSend,
  answerSubmits,
  checkedNames,
  deepActive,
  deferred,
  inside,
  optionNames,
  radio,
  regions,
  sendButton as send,
} from '../../../../../test/helpers/survey.js';
import type { TrustNpsSurvey } from './trust-nps-survey.js';

describe('<trust-nps-survey>', () => {
  const errors = recordConsoleErrors();
  afterEach(() => sessionStorage.clear());

  it('asks the standard question in a fieldset whose legend names a radio group of 0 to 10, nothing chosen', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey subject="Acme"></trust-nps-survey>`);
    const question = 'How likely is it that you would recommend Acme to a friend or colleague?';
    expect(inside(el).getByRole('group', { name: question }).localName).toBe('fieldset');
    expect(shadow(el).querySelector('legend')?.textContent).toBe(question);
    expect(within(inside(el).getByRole('radiogroup', { name: question })).getAllByRole('radio', { checked: false })).toHaveLength(11);
    expect(optionNames(el)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(checkedNames(el)).toEqual([]);
    expect(el.value).toBeNull();
    expect(regions(el)).toEqual({ status: '', alert: '' });
    expect(errors()).not.toHaveBeenCalled();
  });

  it('says "us" without a subject, and takes a question of the author', async () => {
    const us = await fixture(html`<trust-nps-survey></trust-nps-survey>`);
    expect(
      within(
        inside(us).getByRole('radiogroup', { name: 'How likely is it that you would recommend us to a friend or colleague?' }),
      ).getAllByRole('radio', { checked: false }),
    ).toHaveLength(11);
    const own = await fixture(
      html`<trust-nps-survey subject="Acme" question="Would you recommend our repair service?"></trust-nps-survey>`,
    );
    expect(
      within(inside(own).getByRole('radiogroup', { name: 'Would you recommend our repair service?' })).getAllByRole('radio', {
        checked: false,
      }),
    ).toHaveLength(11);
  });

  it('describes 0 and 10 with the anchor labels, shown with their numbers', async () => {
    const el = await fixture(html`<trust-nps-survey></trust-nps-survey>`);
    expect(inside(el).getByRole('radio', { name: '0', description: 'Not at all likely' }).getAttribute('aria-checked')).toBe('false');
    expect(inside(el).getByRole('radio', { name: '10', description: 'Extremely likely' }).getAttribute('aria-checked')).toBe('false');
    expect(inside(el).getByRole('radio', { name: '5', description: '' }).getAttribute('aria-checked')).toBe('false');
    const anchors = [...shadow(el).querySelectorAll('#anchor-low, #anchor-high')].map((s) => s.textContent);
    expect(anchors).toEqual(['0 – Not at all likely', '10 – Extremely likely']);
  });

  it('keyboard: Tab lands on 0 without choosing, arrows move and choose, Home/End, wraps, Space, Tab to Send', async () => {
    const wrap = await fixture(html`<div><button>before</button><trust-nps-survey></trust-nps-survey><button>after</button></div>`);
    const el = wrap.querySelector('trust-nps-survey')!;
    const events: string[] = [];
    el.addEventListener('input', () => events.push(`input:${el.value}`));
    el.addEventListener('change', () => events.push(`change:${el.value}`));
    wrap.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(deepActive()).toBe(radio(el, '0'));
    expect(el.value).toBeNull();
    await userEvent.keyboard('{Space}');
    expect(el.value).toBe(0);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.value).toBe(1);
    expect(deepActive()).toBe(radio(el, '1'));
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(el.value).toBe(10);
    expect(checkedNames(el)).toEqual(['10']);
    await userEvent.keyboard('{ArrowRight}'); // wraps to 0
    await el.updateComplete;
    expect(el.value).toBe(0);
    await userEvent.keyboard('{ArrowUp}'); // wraps to 10
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(el.value).toBe(9);
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(el.value).toBe(1);
    expect(events).toEqual([
      'input:0',
      'change:0',
      'input:1',
      'change:1',
      'input:10',
      'change:10',
      'input:0',
      'change:0',
      'input:10',
      'change:10',
      'input:9',
      'change:9',
      'input:0',
      'change:0',
      'input:1',
      'change:1',
    ]);
    // One tab stop for the group: Tab goes on to Send, then out.
    await userEvent.keyboard('{Tab}');
    expect(deepActive()).toBe(send(el));
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('after');
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{/Shift}');
    expect(deepActive()).toBe(radio(el, '1'));
  });

  it('arrow keys follow the reading direction in RTL', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey></trust-nps-survey>`, { dir: 'rtl' });
    el.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(el.value).toBe(1);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowRight}');
    await el.updateComplete;
    expect(el.value).toBe(2);
  });

  it('every option is a target of at least 24 × 24 px, even when made small', async () => {
    const el = await fixture(html`<trust-nps-survey style="--trust-nps-survey-option-size: 8px; font-size: 10px"></trust-nps-survey>`);
    for (const r of inside(el).getAllByRole('radio')) {
      const box = r.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    const button = send(el).getBoundingClientRect();
    expect(button.height).toBeGreaterThanOrEqual(24);
  });

  it('wraps in reading order on a narrow screen', async () => {
    const wrap = await fixture(html`<div style="inline-size: 240px"><trust-nps-survey></trust-nps-survey></div>`);
    const el = wrap.querySelector('trust-nps-survey')!;
    const boxes = inside(el)
      .getAllByRole('radio')
      .map((r) => r.getBoundingClientRect());
    const rows = [...new Set(boxes.map((b) => Math.round(b.top)))];
    expect(rows.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(wrap.getBoundingClientRect().right + 0.5);
    // Reading order: each option is right of the previous one, or starts a lower row.
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!];
      expect(b.top > a.top || (Math.round(b.top) === Math.round(a.top) && b.left > a.left), `option ${i}`).toBe(true);
    }
  });

  it('shows the choice by more than colour: a check mark and a thicker border', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey></trust-nps-survey>`);
    await userEvent.click(radio(el, '8'));
    const chosen = radio(el, '8');
    const other = radio(el, '7');
    expect(chosen.getAttribute('aria-checked')).toBe('true');
    expect(getComputedStyle(chosen.querySelector('.check')!).display).toBe('block');
    expect(getComputedStyle(other.querySelector('.check')!).display).toBe('none');
    expect(getComputedStyle(chosen).borderTopWidth).toBe('3px');
    expect(getComputedStyle(other).borderTopWidth).toBe('1px');
  });

  it('keeps the chosen answer distinct in forced colours', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey></trust-nps-survey>`);
    await userEvent.click(radio(el, '3'));
    await commands.emulateMedia({ forcedColors: 'active' });
    try {
      // What the system colours compute to in this mode.
      const probe = document.createElement('span');
      probe.style.cssText = 'color: Highlight; background-color: ButtonFace';
      document.body.append(probe);
      const { color: highlight, backgroundColor: buttonFace } = getComputedStyle(probe);
      probe.remove();
      expect(highlight).not.toBe(buttonFace);
      const chosen = getComputedStyle(radio(el, '3'));
      expect(chosen.backgroundColor).toBe(highlight);
      expect(getComputedStyle(radio(el, '4')).backgroundColor).toBe(buttonFace);
      expect(chosen.borderTopWidth).toBe('3px');
      expect(getComputedStyle(radio(el, '3').querySelector('.check')!).display).toBe('block');
    } finally {
      await commands.emulateMedia({ forcedColors: 'none' });
    }
  });

  it('asks a follow-up that adapts to the band: 0–6, 7–8, 9–10', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey follow-up></trust-nps-survey>`);
    expect(inside(el).queryByRole('textbox')).toBeNull(); // nothing to follow up yet
    const label = () => inside(el).getByRole('textbox').getAttribute('id') && shadow(el).querySelector('label')?.textContent;
    await userEvent.click(radio(el, '6'));
    expect(label()).toBe('What disappointed you, and what could we do better? (optional)');
    expect(
      (inside(el).getByRole('textbox', { name: 'What disappointed you, and what could we do better? (optional)' }) as HTMLTextAreaElement)
        .value,
    ).toBe('');
    await userEvent.click(radio(el, '7'));
    expect(label()).toBe('What would make your experience even better? (optional)');
    await userEvent.click(radio(el, '8'));
    expect(label()).toBe('What would make your experience even better? (optional)');
    await userEvent.click(radio(el, '9'));
    expect(label()).toBe('What do you like most? (optional)');
    el.followUpLabel = 'Anything else?';
    await el.updateComplete;
    expect(label()).toBe('Anything else? (optional)');
  });

  it('sends: trust-submit with a typed detail, "Sending…", then a thank-you in role=status', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey name="nps-q3" follow-up></trust-nps-survey>`);
    const pending = deferred();
    const details = answerSubmits(el, () => pending.promise);
    await userEvent.click(radio(el, '9'));
    await userEvent.type(inside(el).getByRole('textbox'), '  Fast delivery ');
    await userEvent.click(send(el));
    expect(details).toEqual([{ score: 9, band: 'promoter', followUp: 'Fast delivery', name: 'nps-q3' }]);
    await el.updateComplete;
    expect(regions(el)).toEqual({ status: 'Sending…', alert: '' });
    expect(send(el).getAttribute('aria-disabled')).toBe('true');
    expect(deepActive()).toBe(send(el));
    await userEvent.keyboard('{Enter}'); // ignored while sending
    expect(details).toHaveLength(1);
    pending.resolve(new Response(null, { status: 204 }));
    await afterSend(el);
    expect(regions(el)).toEqual({ status: 'Thank you for your feedback.', alert: '' });
    expect(inside(el).queryByRole('radiogroup')).toBeNull();
    expect(inside(el).queryByRole('button')).toBeNull();
    // Send had focus and is gone: focus moves to the thank-you, not to the top of the page.
    expect(deepActive()).toBe(inside(el).getByRole('status'));
  });

  it('an author thank-you replaces the default; without respondWith the answer counts as sent', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey thanks="Thanks, that helps us."></trust-nps-survey>`);
    const details = answerSubmits(el, () => undefined);
    await userEvent.click(radio(el, '4'));
    await userEvent.click(send(el));
    await el.updateComplete;
    expect(details).toEqual([{ score: 4, band: 'detractor', followUp: '' }]);
    expect(regions(el).status).toBe('Thanks, that helps us.');
  });

  it('a failed send keeps the answer, says so in role=alert, and the visitor can retry', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey follow-up></trust-nps-survey>`);
    const outcomes = [
      Promise.reject(new Error('offline')),
      Promise.resolve(new Response(null, { status: 503 })),
      Promise.resolve(false),
      Promise.resolve(),
    ];
    outcomes.slice(0, 3).forEach((p) => p.catch(() => {}));
    const details = answerSubmits(el, () => outcomes.shift());
    await userEvent.click(radio(el, '7'));
    await userEvent.type(inside(el).getByRole('textbox'), 'Price');
    for (let attempt = 1; attempt <= 3; attempt++) {
      await userEvent.click(send(el));
      await afterSend(el);
      expect(regions(el), `attempt ${attempt}`).toEqual({ status: '', alert: 'Your answer could not be sent. Please try again.' });
      expect(checkedNames(el)).toEqual(['7']);
      expect((inside(el).getByRole('textbox') as HTMLTextAreaElement).value).toBe('Price');
      expect(deepActive()).toBe(send(el)); // focus stays where the visitor is
    }
    await userEvent.click(send(el));
    await afterSend(el);
    expect(regions(el)).toEqual({ status: 'Thank you for your feedback.', alert: '' });
    expect(details.map((d) => d.followUp)).toEqual(['Price', 'Price', 'Price', 'Price']);
  });

  it('Send without an answer says so in role=alert and dispatches nothing', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey></trust-nps-survey>`);
    const details = answerSubmits(el, () => undefined);
    await userEvent.click(send(el));
    await settle(el.parentElement!);
    expect(details).toEqual([]);
    expect(regions(el).alert).toBe('Please choose an answer.');
    const group = inside(el).getByRole('radiogroup');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-describedby')).toBe('error');
    await userEvent.click(radio(el, '10'));
    expect(regions(el).alert).toBe('');
    expect(group.getAttribute('aria-invalid')).toBeNull();
  });

  it('a cancelled trust-submit changes nothing', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey></trust-nps-survey>`);
    el.addEventListener('trust-submit', (e) => e.preventDefault());
    await userEvent.click(radio(el, '2'));
    await userEvent.click(send(el));
    await el.updateComplete;
    expect(regions(el)).toEqual({ status: '', alert: '' });
    expect(checkedNames(el)).toEqual(['2']);
    expect(send(el)).toBeTruthy();
  });

  it('respondWith works only during the event, once', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey></trust-nps-survey>`);
    let late: ((p: PromiseLike<unknown>) => void) | undefined;
    const thrown: string[] = [];
    el.addEventListener('trust-submit', (e) => {
      e.detail.respondWith(new Promise(() => {}));
      try {
        e.detail.respondWith(Promise.resolve());
      } catch (error) {
        thrown.push((error as DOMException).name);
      }
      late = e.detail.respondWith;
    });
    await userEvent.click(radio(el, '5'));
    await userEvent.click(send(el));
    expect(() => late!(Promise.resolve())).toThrow('respondWith() must be called once, while trust-submit is being dispatched');
    expect(thrown).toEqual(['InvalidStateError']);
  });

  it('never moves focus by itself', async () => {
    sessionStorage.setItem('trust-signals:draft:trust-nps-survey:q', '{"value":3,"followUp":""}');
    const wrap = await fixture(html`<div><input aria-label="search" /><trust-nps-survey draft-key="q" follow-up></trust-nps-survey></div>`);
    const search = wrap.querySelector('input')!;
    search.focus();
    const el = wrap.querySelector('trust-nps-survey')!;
    el.subject = 'Acme';
    el.value = 6;
    await el.updateComplete;
    expect(document.activeElement).toBe(search);
  });

  describe('drafts', () => {
    it('are kept in sessionStorage only with draft-key, restored after a reload, and cleared once sent', async () => {
      const first = await fixture<TrustNpsSurvey>(html`<trust-nps-survey draft-key="q3" follow-up></trust-nps-survey>`);
      await userEvent.click(radio(first, '8'));
      await userEvent.type(inside(first).getByRole('textbox'), 'Setup');
      expect(JSON.parse(sessionStorage.getItem('trust-signals:draft:trust-nps-survey:q3')!)).toEqual({ value: 8, followUp: 'Setup' });
      first.remove();

      // A reload: a new element with the same key.
      const again = await fixture<TrustNpsSurvey>(html`<trust-nps-survey draft-key="q3" follow-up></trust-nps-survey>`);
      expect(again.value).toBe(8);
      expect(checkedNames(again)).toEqual(['8']);
      expect((inside(again).getByRole('textbox') as HTMLTextAreaElement).value).toBe('Setup');

      // A failed send keeps the draft; a successful one removes it.
      const outcomes = [Promise.reject(new Error('500')), Promise.resolve()];
      outcomes[0]!.catch(() => {});
      answerSubmits(again, () => outcomes.shift());
      await userEvent.click(send(again));
      await afterSend(again);
      expect(sessionStorage.getItem('trust-signals:draft:trust-nps-survey:q3')).not.toBeNull();
      await userEvent.click(send(again));
      await afterSend(again);
      expect(sessionStorage.getItem('trust-signals:draft:trust-nps-survey:q3')).toBeNull();
    });

    it('are never written without draft-key', async () => {
      const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey follow-up></trust-nps-survey>`);
      const setItem = vi.spyOn(Storage.prototype, 'setItem');
      try {
        await userEvent.click(radio(el, '9'));
        await userEvent.type(inside(el).getByRole('textbox'), 'x');
        expect(setItem).not.toHaveBeenCalled();
        expect(sessionStorage.length).toBe(0);
      } finally {
        setItem.mockRestore();
      }
    });

    it('ignore a damaged or out-of-range draft', async () => {
      sessionStorage.setItem('trust-signals:draft:trust-nps-survey:bad', '{"value":12,"followUp":7}');
      const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey draft-key="bad"></trust-nps-survey>`);
      expect(el.value).toBeNull();
      expect(checkedNames(el)).toEqual([]);
      expect(errors()).not.toHaveBeenCalled();
    });
  });

  describe('in a page form', () => {
    it('is a form control: no Send button, name/value and follow-up in FormData, required with a message', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <trust-nps-survey name="nps" required follow-up></trust-nps-survey>
        <button>Submit</button>
      </form>`);
      const el = form.querySelector('trust-nps-survey')!;
      expect(inside(el).queryByRole('button')).toBeNull();
      expect([...new FormData(form)]).toEqual([]);
      expect(form.checkValidity()).toBe(false);
      expect(el.validity.valueMissing).toBe(true);
      expect(el.validationMessage).toBe('Please choose an answer.');
      expect(inside(el).getByRole('radiogroup').getAttribute('aria-required')).toBe('true');

      const submitted: string[] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted.push(JSON.stringify([...new FormData(form)]));
      });
      await userEvent.click(form.querySelector('button')!);
      await settle(form);
      expect(submitted).toEqual([]);
      expect(regions(el).alert).toBe('Please choose an answer.');

      await userEvent.click(radio(el, '3'));
      await userEvent.type(inside(el).getByRole('textbox'), 'Too slow');
      await userEvent.click(form.querySelector('button')!);
      expect(submitted).toEqual(['[["nps","3"],["nps-follow-up","Too slow"]]']);
      el.followUpName = 'why';
      await el.updateComplete;
      expect([...new FormData(form)]).toEqual([
        ['nps', '3'],
        ['why', 'Too slow'],
      ]);
    });

    it('resets, and restores the browser-saved state (back/forward, reload)', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><trust-nps-survey name="nps" follow-up></trust-nps-survey></form>`);
      const el = form.querySelector('trust-nps-survey')!;
      el.formStateRestoreCallback('{"value":10,"followUp":"Great support"}');
      await el.updateComplete;
      expect(checkedNames(el)).toEqual(['10']);
      expect([...new FormData(form)]).toEqual([
        ['nps', '10'],
        ['nps-follow-up', 'Great support'],
      ]);
      form.reset();
      await el.updateComplete;
      expect(el.value).toBeNull();
      expect(checkedNames(el)).toEqual([]);
      expect([...new FormData(form)]).toEqual([]);
      el.formStateRestoreCallback('6');
      await el.updateComplete;
      expect([...new FormData(form)]).toEqual([['nps', '6']]);
    });

    it('forgets the draft when the form is submitted and not cancelled, not when cancelled', async () => {
      const form = await fixture<HTMLFormElement>(html`<form method="dialog">
        <trust-nps-survey name="nps" draft-key="f"></trust-nps-survey>
        <button>Submit</button>
      </form>`);
      const el = form.querySelector('trust-nps-survey')!;
      const key = 'trust-signals:draft:trust-nps-survey:f';
      await userEvent.click(radio(el, '9'));
      expect(sessionStorage.getItem(key)).toBe('{"value":9,"followUp":""}');
      const cancel = (e: Event) => e.preventDefault();
      form.addEventListener('submit', cancel);
      form.requestSubmit();
      await new Promise((r) => setTimeout(r, 10));
      expect(sessionStorage.getItem(key)).not.toBeNull();
      form.removeEventListener('submit', cancel);
      form.requestSubmit();
      await new Promise((r) => setTimeout(r, 10));
      expect(sessionStorage.getItem(key)).toBeNull();
    });
  });

  it('disabled: skipped by Tab, not operable, not submitted', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <button type="button">before</button>
      <fieldset disabled><trust-nps-survey name="nps"></trust-nps-survey></fieldset>
      <button type="button">after</button>
    </form>`);
    const el = form.querySelector('trust-nps-survey')!;
    el.value = 5;
    await el.updateComplete;
    form.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('after');
    expect([...new FormData(form)]).toEqual([]);
    expect(inside(el).getByRole('radiogroup').getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(radio(el, '9'), { force: true });
    expect(el.value).toBe(5);
  });

  it('speaks the page language: question, anchors, follow-up, Send, validation', async () => {
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey subject="Acme" follow-up required></trust-nps-survey>`, { lang: 'es' });
    expect(
      within(
        inside(el).getByRole('radiogroup', { name: '¿Qué probabilidad hay de que recomiendes Acme a un amigo o colega?' }),
      ).getAllByRole('radio', { checked: false }),
    ).toHaveLength(11);
    expect(inside(el).getByRole('radio', { name: '0', description: 'Nada probable' }).getAttribute('aria-checked')).toBe('false');
    expect(inside(el).getByRole('radio', { name: '10', description: 'Extremadamente probable' }).getAttribute('aria-checked')).toBe(
      'false',
    );
    expect((inside(el).getByRole('button', { name: 'Enviar' }) as HTMLButtonElement).disabled).toBe(false);
    await userEvent.click(radio(el, '9'));
    expect((inside(el).getByRole('textbox', { name: '¿Qué es lo que más te gusta? (opcional)' }) as HTMLTextAreaElement).value).toBe('');
    const ar = await fixture(html`<trust-nps-survey></trust-nps-survey>`, { lang: 'ar', dir: 'rtl' });
    expect(
      within(inside(ar).getByRole('radiogroup', { name: 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟' })).getAllByRole('radio', {
        checked: false,
      }),
    ).toHaveLength(11);
    expect(optionNames(ar)).toHaveLength(11);
  });

  it('reports a value set by script that is not 0 to 10, and chooses nothing', async () => {
    const onError = vi.fn();
    const el = await fixture<TrustNpsSurvey>(html`<trust-nps-survey @trust-error=${onError}></trust-nps-survey>`);
    el.value = 11;
    await el.updateComplete;
    expect(checkedNames(el)).toEqual([]);
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]![0] as CustomEvent).detail.issues).toEqual([
      { path: 'value', message: 'must be between 0 and 10, got 11', severity: 'error' },
    ]);
    expect(errors()).toHaveBeenCalledWith(
      '[trust-signals] <trust-nps-survey> cannot show its data: value: must be between 0 and 10, got 11',
    );
  });
});
