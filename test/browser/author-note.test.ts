/**
 * "Tell the author, not the donor" (issue 15, item 5): an element that cannot show its data says why in a note for
 * the page author, inside the element after its unavailable state, where the author is the one looking: on
 * localhost and `file:` pages, or with a `debug` attribute (packages/core/src/author-note.ts). A visitor on a real
 * site never sees it. The browser project turns author mode off for every other test (test/author-mode-off.setup.ts):
 * these tests turn it on by removing that `debug="off"`, as on an author's own localhost page.
 */
import { within } from '@testing-library/dom';
import axe from 'axe-core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../../packages/elements/src/trust-donation-use.js';
import '../../packages/elements/src/trust-star-rating.js';
import { page } from '../../packages/core/src/author-note.js';
import { TrustElement } from '../../packages/core/src/base-element.js';
import { issue } from '../../packages/core/src/errors.js';
import { fixture, shadow } from '../helpers/fixture.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The docs' banner, with a program amount written as people write it, not as the attribute wants it. */
const banner = (program = '$812,000', attrs: { debug?: string } = {}) =>
  html`<trust-donation-use
    percent="100"
    purpose="clean-water projects"
    scope="Our operating costs are paid by a separate group of private donors."
    currency="USD"
    program=${program}
    management="545000"
    fundraising="335000"
    fiscal-year="2024"
    source="form-990"
    last-updated="2025-01-15"
    debug=${ifDefined(attrs.debug)}
  ></trust-donation-use>`;

const note = (el: Element) => within(shadow(el)).queryByRole('note');

/** An element whose data was corrected (a warning), not refused: it shows its data. */
class CorrectedData extends TrustElement {
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.reportIssues([issue('value', 'was rounded to 4.5', 'warning')]);
  }

  override render() {
    return html`<p>4.5</p>`;
  }
}
CorrectedData.define('author-note-corrected');

let errors: MockInstance<typeof console.error>;
const realAddress = page.address;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  document.documentElement.removeAttribute('debug'); // the test page's own address decides: localhost
});
afterEach(() => {
  errors.mockRestore();
  page.address = realAddress;
});

describe('the note for the page author', () => {
  it('names the attribute and says what to write, after the unavailable state, on localhost', async () => {
    expect(location.hostname).toMatch(/^(localhost|127\.0\.0\.1)$/);
    const el = await fixture<Updating>(banner());
    const root = within(shadow(el));
    const shown = note(el)!;
    expect(shown).not.toBeNull();
    expect(shown.textContent!.replace(/\s+/g, ' ')).toContain(
      'For the page author (not shown to visitors): <trust-donation-use> cannot show its data.',
    );
    const items = within(shown)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'program attribute: must be a plain number like 4120000 or 4.5 (digits and a decimal point; no currency sign, ' +
        'commas, spaces or %), got "$812,000"',
    ]);
    expect(shown.lang).toBe('en');
    // The visitor's unavailable state is still there, first, and the note is the last thing in the shadow root.
    const unavailable = root.getByText('Donation information unavailable');
    expect(unavailable.compareDocumentPosition(shown) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(shadow(el).lastElementChild!.contains(shown)).toBe(true);
    // The same words as the console's one message.
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain(items[0]);
  });

  it('is dismissed by keyboard and comes back when the issues change', async () => {
    const el = await fixture<Updating>(banner());
    const dismiss = within(note(el)!).getByRole('button', { name: 'Dismiss' });
    const box = dismiss.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(dismiss);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(note(el)).toBeNull();
    within(shadow(el)).getByText('Donation information unavailable');

    // Re-rendering for another reason keeps it dismissed…
    el.setAttribute('purpose', 'clean water');
    await el.updateComplete;
    expect(note(el)).toBeNull();
    // …another mistake brings it back, and fixed data takes it away.
    el.setAttribute('program', '812,000');
    await el.updateComplete;
    expect(within(note(el)!).getByRole('listitem').textContent).toMatch(/^program attribute: .* got "812,000"$/);
    el.setAttribute('program', '812000');
    await el.updateComplete;
    expect(note(el)).toBeNull();
    expect(shadow(el).querySelector('[role="note"]')).toBeNull();
  });

  it('does not appear when the data is fine, nor for data that was corrected (a warning)', async () => {
    const el = await fixture<Updating>(banner('812000'));
    expect(within(shadow(el)).queryByText('Donation information unavailable')).toBeNull();
    expect(note(el)).toBeNull();
    const stars = await fixture<Updating>(html`<trust-star-rating value="4.5" count="10"></trust-star-rating>`);
    expect(note(stars)).toBeNull();
    expect(errors).not.toHaveBeenCalled();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const corrected = await fixture<TrustElement>(html`<author-note-corrected></author-note-corrected>`);
    expect(corrected.issues).toHaveLength(1);
    expect(note(corrected)).toBeNull();
    warn.mockRestore();
  });

  it('stays last, and keeps its focus, while the element renders again', async () => {
    const el = await fixture<Updating>(banner());
    // Fixed, then wrong again: the element's content is replaced, and the note comes back after it.
    el.setAttribute('program', '812000');
    await el.updateComplete;
    el.setAttribute('program', 'lots');
    await el.updateComplete;
    const shown = note(el)!;
    expect(shadow(el).lastElementChild).toBe(shown);
    expect(within(shadow(el)).getByText('Donation information unavailable').compareDocumentPosition(shown)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const dismiss = within(shown).getByRole('button', { name: 'Dismiss' });
    dismiss.focus();
    document.documentElement.lang = 'es'; // the element renders again in Spanish; the note stays English
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(dismiss);
    expect(shown.lang).toBe('en');
  });

  it('names the field path of data given as JSON', async () => {
    const el = await fixture<Updating & { data: unknown }>(html`<trust-donation-use></trust-donation-use>`);
    el.data = { percent: 100, purpose: 'clean-water projects', lastUpdated: '2025-01-15' };
    await el.updateComplete;
    expect(within(note(el)!).getByRole('listitem').textContent).toMatch(/^scope: /);
  });

  it('does not appear on a production origin, unless a `debug` attribute asks for it; debug="off" hides it on localhost', async () => {
    page.address = () => new URL('https://donate.example.org/give');
    const visitor = await fixture<Updating>(banner());
    within(shadow(visitor)).getByText('Donation information unavailable');
    expect(note(visitor)).toBeNull();
    expect(shadow(visitor).querySelector('.author-note')).toBeNull();

    const debugged = await fixture<Updating>(banner('$812,000', { debug: '' }));
    expect(note(debugged)).not.toBeNull();

    page.address = realAddress;
    const off = await fixture<Updating>(banner('$812,000', { debug: 'off' }));
    expect(note(off)).toBeNull();
    // The nearest `debug` wins: the page turns it off, one element turns it back on.
    document.documentElement.setAttribute('debug', 'off');
    const page2 = await fixture<HTMLElement>(html`<div>${banner()}${banner('$812,000', { debug: '' })}</div>`);
    const [first, second] = page2.querySelectorAll('trust-donation-use');
    expect(note(first!)).toBeNull();
    expect(note(second!)).not.toBeNull();
  });

  it('passes axe, light and dark, and leaves the unavailable state its own words in the accessibility tree', async () => {
    const wrap = await fixture<HTMLElement>(html`<main><h1>Donate</h1>${banner()}</main>`);
    const el = wrap.querySelector('trust-donation-use')!;
    expect(note(el)).not.toBeNull();
    for (const scheme of ['light', 'dark'] as const) {
      wrap.style.colorScheme = scheme;
      const { violations } = await axe.run(wrap, { resultTypes: ['violations'] });
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    const tree = await commands.axTree();
    const unavailable = tree.find((n) => n.name === 'Donation information unavailable');
    expect(unavailable?.role).toMatch(/StaticText|paragraph/);
    expect(tree.some((n) => n.role === 'note')).toBe(true);
    expect(tree.some((n) => n.role === 'button' && n.name === 'Dismiss')).toBe(true);
  });
});
