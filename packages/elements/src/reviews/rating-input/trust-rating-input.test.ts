import { within } from '@testing-library/dom';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../trust-rating-input.js';
import '../../locales/es.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import type { TrustRatingInput } from './trust-rating-input.js';

const group = (el: Element, name?: string) => within(shadow(el)).getByRole('radiogroup', name ? { name } : {});
const radio = (el: Element, name: string) => within(shadow(el)).getByRole('radio', { name });
const checked = (el: Element) =>
  within(shadow(el))
    .getAllByRole('radio')
    .filter((r) => r.getAttribute('aria-checked') === 'true')
    .map((r) => r.getAttribute('aria-label'));
/** The element that has focus, looking through shadow roots. */
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** Records `input` and `change` events from an element. */
function recordEvents(el: Element) {
  const events: string[] = [];
  el.addEventListener('input', (e) => events.push(`input:${(e.target as TrustRatingInput).value}:${e.composed}`));
  el.addEventListener('change', (e) => events.push(`change:${(e.target as TrustRatingInput).value}:${e.bubbles}`));
  return events;
}

describe('<trust-rating-input>', () => {
  const errors = recordConsoleErrors();

  it('is a labelled radio group of named stars with nothing preselected', async () => {
    const el = await fixture(html`<trust-rating-input label="Your rating"></trust-rating-input>`);
    expect(group(el, 'Your rating')).toBeTruthy();
    const names = within(shadow(el))
      .getAllByRole('radio')
      .map((r) => r.getAttribute('aria-label'));
    expect(names).toEqual(['1 star', '2 stars', '3 stars', '4 stars', '5 stars']);
    expect(checked(el)).toEqual([]);
    expect(within(shadow(el)).getByText('No rating selected').checkVisibility()).toBe(true);
  });

  it('keyboard: Tab lands on the first star, arrows move and choose, Home/End, wraps, Space chooses', async () => {
    const wrap = await fixture(
      html`<div><button>before</button><trust-rating-input label="Rate"></trust-rating-input><button>after</button></div>`,
    );
    const el = wrap.querySelector('trust-rating-input')!;
    const events = recordEvents(el);
    wrap.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(deepActive()).toBe(radio(el, '1 star'));
    expect(el.value).toBeNull(); // focus alone does not choose
    await userEvent.keyboard('{Space}');
    expect(el.value).toBe(1);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.value).toBe(2);
    expect(deepActive()).toBe(radio(el, '2 stars'));
    expect(checked(el)).toEqual(['2 stars']);
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(el.value).toBe(5);
    await userEvent.keyboard('{ArrowRight}'); // wraps to the first
    await el.updateComplete;
    expect(el.value).toBe(1);
    await userEvent.keyboard('{ArrowLeft}'); // wraps to the last
    await el.updateComplete;
    expect(el.value).toBe(5);
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{ArrowUp}');
    await el.updateComplete;
    expect(el.value).toBe(5);
    expect(events).toEqual([
      'input:1:true',
      'change:1:true',
      'input:2:true',
      'change:2:true',
      'input:3:true',
      'change:3:true',
      'input:5:true',
      'change:5:true',
      'input:1:true',
      'change:1:true',
      'input:5:true',
      'change:5:true',
      'input:1:true',
      'change:1:true',
      'input:5:true',
      'change:5:true',
    ]);
    // Tab leaves the group in one step.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('after');
    // Shift+Tab comes back to the chosen star, not the first.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(deepActive()).toBe(radio(el, '5 stars'));
  });

  it('arrow keys follow the reading direction in RTL', async () => {
    const el = await fixture<TrustRatingInput>(html`<trust-rating-input label="Rate" value="2"></trust-rating-input>`, { dir: 'rtl' });
    el.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(el.value).toBe(3);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.value).toBe(2);
  });

  it('clicking a star chooses it; script changes fire no events', async () => {
    const el = await fixture<TrustRatingInput>(html`<trust-rating-input label="Rate"></trust-rating-input>`);
    const events = recordEvents(el);
    await userEvent.click(radio(el, '4 stars'));
    expect(el.value).toBe(4);
    expect(checked(el)).toEqual(['4 stars']);
    expect(within(shadow(el)).getByText('4 out of 5 stars').checkVisibility()).toBe(true);
    el.value = 2;
    await el.updateComplete;
    expect(checked(el)).toEqual(['2 stars']);
    expect(events).toEqual(['input:4:true', 'change:4:true']);
  });

  it('previews on hover without committing', async () => {
    const el = await fixture<TrustRatingInput>(html`<trust-rating-input label="Rate"></trust-rating-input>`);
    await userEvent.hover(radio(el, '4 stars'));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.option.preview')).toHaveLength(4);
    expect(el.value).toBeNull();
    expect(checked(el)).toEqual([]);
    // Choosing the hovered star shows the choice, not a preview.
    await userEvent.click(radio(el, '4 stars'));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.option.preview')).toHaveLength(0);
    expect(shadow(el).querySelectorAll('.option.on')).toHaveLength(4);
    // Hovering a lower star previews it without changing the choice.
    await userEvent.hover(radio(el, '2 stars'));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.option.preview')).toHaveLength(2);
    expect(el.value).toBe(4);
    await userEvent.unhover(radio(el, '4 stars'));
    await userEvent.hover(document.body);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.option.preview')).toHaveLength(0);
  });

  it('every star is a target of at least 24 × 24 px, even when small', async () => {
    const el = await fixture(html`<trust-rating-input label="Rate" style="--trust-rating-input-size: 10px"></trust-rating-input>`);
    for (const r of within(shadow(el)).getAllByRole('radio')) {
      const box = r.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });

  it('takes part in form submission, reset and validation', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <trust-rating-input name="rating" label="Overall" required></trust-rating-input>
      <trust-rating-input name="delivery" label="Delivery" value="3"></trust-rating-input>
    </form>`);
    const [overall, delivery] = form.querySelectorAll('trust-rating-input');
    expect([...new FormData(form)]).toEqual([['delivery', '3']]);
    expect(form.checkValidity()).toBe(false);
    expect(overall!.validity.valueMissing).toBe(true);
    expect(overall!.validationMessage).toBe('Please select a rating.');
    expect(group(overall!).getAttribute('aria-required')).toBe('true');

    // A failed submit shows the message and marks the group invalid.
    form.requestSubmit();
    await settle(form);
    expect(group(overall!).getAttribute('aria-invalid')).toBe('true');
    expect(within(shadow(overall!)).getByText('Please select a rating.').checkVisibility()).toBe(true);

    await userEvent.click(radio(overall!, '4 stars'));
    await userEvent.click(radio(delivery!, '5 stars'));
    await settle(form);
    expect([...new FormData(form)]).toEqual([
      ['rating', '4'],
      ['delivery', '5'],
    ]);
    expect(form.checkValidity()).toBe(true);
    expect(group(overall!).getAttribute('aria-invalid')).toBeNull();

    form.reset();
    await settle(form);
    expect(overall!.value).toBeNull();
    expect(delivery!.value).toBe(3); // back to its default (the value attribute)
    expect([...new FormData(form)]).toEqual([['delivery', '3']]);
  });

  it('localizes the validation message with the page language', async () => {
    const el = await fixture<TrustRatingInput>(html`<trust-rating-input required></trust-rating-input>`, { lang: 'es' });
    expect(el.validationMessage).toBe('Selecciona una valoración.');
    expect(group(el, 'Valoración')).toBeTruthy();
    expect(radio(el, '1 estrella')).toBeTruthy();
  });

  it('restores a saved state (back/forward, reload)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><trust-rating-input name="r" label="Rate"></trust-rating-input></form>`);
    const el = form.querySelector('trust-rating-input')!;
    el.formStateRestoreCallback('4');
    await el.updateComplete;
    expect(checked(el)).toEqual(['4 stars']);
    expect([...new FormData(form)]).toEqual([['r', '4']]);
  });

  it('disabled (by attribute or fieldset) is skipped by Tab and not submitted', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <button type="button">before</button>
      <trust-rating-input name="a" label="A" value="2" disabled></trust-rating-input>
      <fieldset disabled><trust-rating-input name="b" label="B" value="3"></trust-rating-input></fieldset>
      <button type="button">after</button>
    </form>`);
    const [a, b] = form.querySelectorAll('trust-rating-input');
    form.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('after');
    expect([...new FormData(form)]).toEqual([]);
    expect(group(a!).getAttribute('aria-disabled')).toBe('true');
    expect(group(b!).getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(radio(a!, '5 stars'), { force: true });
    expect(a!.value).toBe(2);
  });

  it('read-only: focusable, arrows move focus but do not change the value', async () => {
    const el = await fixture<TrustRatingInput>(html`<trust-rating-input label="Rate" value="2" readonly></trust-rating-input>`);
    const events = recordEvents(el);
    el.focus();
    expect(deepActive()).toBe(radio(el, '2 stars'));
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(deepActive()).toBe(radio(el, '3 stars'));
    expect(el.value).toBe(2);
    await userEvent.keyboard('{Space}');
    expect(el.value).toBe(2);
    expect(group(el).getAttribute('aria-readonly')).toBe('true');
    expect(events).toEqual([]);
  });

  it('the clear action empties the value, tells the page and returns focus to the stars', async () => {
    const el = await fixture<TrustRatingInput>(html`<trust-rating-input label="Rate" value="3" clearable></trust-rating-input>`);
    const events = recordEvents(el);
    const clear = within(shadow(el)).getByRole('button', { name: 'Clear rating' });
    const box = clear.getBoundingClientRect();
    expect(box.height).toBeGreaterThanOrEqual(24);
    clear.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.value).toBeNull();
    expect(checked(el)).toEqual([]);
    expect(events).toEqual(['input:null:true', 'change:null:true']);
    expect(deepActive()).toBe(radio(el, '1 star'));
    expect((within(shadow(el)).getByRole('button', { name: 'Clear rating' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('is labelled by a <label for> and by a slot', async () => {
    const wrap = await fixture(html`<div><label for="r1">Rate this recipe</label><trust-rating-input id="r1"></trust-rating-input></div>`);
    const el = wrap.querySelector('trust-rating-input')!;
    expect(group(el, 'Rate this recipe')).toBeTruthy();
    await userEvent.click(wrap.querySelector('label')!);
    expect(deepActive()).toBe(radio(el, '1 star'));
    const slotted = await fixture(html`<trust-rating-input><span slot="label">How was delivery?</span></trust-rating-input>`);
    expect(group(slotted, 'How was delivery?')).toBeTruthy();
  });

  it('reports an invalid value or max and chooses nothing', async () => {
    const onError = vi.fn();
    document.addEventListener('trust-error', onError);
    const el = await fixture<TrustRatingInput>(html`<trust-rating-input label="Rate" value="7"></trust-rating-input>`);
    const badMax = await fixture<TrustRatingInput>(html`<trust-rating-input label="Rate" max="many"></trust-rating-input>`);
    document.removeEventListener('trust-error', onError);
    expect(checked(el)).toEqual([]);
    expect(el.validity.valid).toBe(true);
    expect(onError).toHaveBeenCalledTimes(2);
    expect((onError.mock.calls[0]![0] as CustomEvent).detail.issues[0].path).toBe('value');
    expect((onError.mock.calls[1]![0] as CustomEvent).detail.issues[0].path).toBe('max');
    expect(within(shadow(badMax)).getAllByRole('radio')).toHaveLength(5);
    expect(errors()).toHaveBeenCalledTimes(2);
  });
});
