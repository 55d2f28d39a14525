import { within } from '@testing-library/dom';
import { html, render } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { DataNoticeInput } from '@trust-signals/core/notices';
import '../../trust-data-notice.js';
import '../../locales/de.js';
import '../../locales/ar.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import type { TrustDataNotice } from './trust-data-notice.js';

const SUMMARY = 'We use your email only to send your receipt.';
const data = (extra: Partial<DataNoticeInput> = {}): DataNoticeInput => ({
  summary: SUMMARY,
  controller: 'Example Shop Ltd.',
  contact: 'mailto:privacy@example.com',
  purpose: 'To send your receipt and tell you about problems with your order.',
  legalBasis: 'contract',
  retention: '6 years after your order, as tax law requires.',
  recipients: ['Example Mail (our email provider)'],
  policy: 'https://example.com/privacy',
  ...extra,
});

/** The field's description as Chromium's accessibility tree has it. */
async function axDescriptionOf(name: string): Promise<string | undefined> {
  const tree = await commands.axTree();
  return tree.find((n) => n.role === 'textbox' && n.name === name)?.description;
}

const form = (d: DataNoticeInput | undefined = data(), lang?: string) =>
  html`<div lang=${lang ?? 'en'}>
    <label for="email">Email</label>
    <input id="email" type="email" />
    <trust-data-notice for="email" .data=${d}></trust-data-notice>
  </div>`;

describe('<trust-data-notice>', () => {
  const errors = recordConsoleErrors();

  it('describes its field in the accessibility tree with the summary, across the shadow boundary', async () => {
    const wrap = await fixture(form());
    const notice = wrap.querySelector('trust-data-notice')!;
    const input = wrap.querySelector('input')!;
    // The description lives in light DOM that the element owns, and is shown through a slot.
    const span = notice.descriptionElement!;
    expect(span.parentElement).toBe(notice);
    expect(span.textContent).toBe(SUMMARY);
    expect(input.getAttribute('aria-describedby')).toBe(span.id);
    expect(span.assignedSlot?.getRootNode()).toBe(notice.shadowRoot);
    expect(await axDescriptionOf('Email')).toBe(SUMMARY);
    expect(errors()).not.toHaveBeenCalled();
  });

  it('keeps the author’s own aria-describedby ids and removes only its own when it leaves', async () => {
    const wrap = await fixture(html`<div>
      <label for="email">Email</label>
      <input id="email" aria-describedby="hint" />
      <p id="hint">We never send marketing.</p>
      <trust-data-notice for="email" .data=${data()}></trust-data-notice>
    </div>`);
    const input = wrap.querySelector('input')!;
    const notice = wrap.querySelector('trust-data-notice')!;
    expect(input.getAttribute('aria-describedby')).toBe(`hint ${notice.descriptionElement!.id}`);
    expect(await axDescriptionOf('Email')).toBe(`We never send marketing. ${SUMMARY}`);
    notice.remove();
    expect(input.getAttribute('aria-describedby')).toBe('hint');
    expect(await axDescriptionOf('Email')).toBe('We never send marketing.');
  });

  it('follows a change of `for` and of the summary', async () => {
    const wrap = await fixture(html`<div>
      <label for="a">Email</label><input id="a" /> <label for="b">Phone</label><input id="b" />
      <trust-data-notice for="a" .data=${data()}></trust-data-notice>
    </div>`);
    const notice = wrap.querySelector('trust-data-notice')!;
    notice.htmlFor = 'b';
    notice.data = data({ summary: 'We call you only if your delivery is delayed.' });
    await notice.updateComplete;
    expect(wrap.querySelector('#a')!.hasAttribute('aria-describedby')).toBe(false);
    expect(await axDescriptionOf('Email')).toBe('');
    expect(await axDescriptionOf('Phone')).toBe('We call you only if your delivery is delayed.');
  });

  it('describes a field that lives with it inside another component’s shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    render(form(), root);
    await settle(root as unknown as ParentNode);
    await (root.querySelector('trust-data-notice') as TrustDataNotice).updateComplete;
    expect(root.querySelector('input')!.getAttribute('aria-describedby')).toMatch(/^trust-data-notice-\d+-summary$/);
    expect(await axDescriptionOf('Email')).toBe(SUMMARY);
  });

  it('is an APG disclosure: Tab reaches the button, Enter and Space toggle the details, Tab enters them', async () => {
    const wrap = await fixture(form(data({ legalBasis: 'consent' })));
    const notice = wrap.querySelector('trust-data-notice')!;
    const root = within(shadow(notice));
    const button = root.getByRole('button', { name: 'How we use this data' });
    const details = shadow(notice).querySelector<HTMLElement>('#details')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe('details');
    expect(details.hidden).toBe(true);
    expect(details.getBoundingClientRect().height).toBe(0);
    expect(root.queryByRole('link')).toBeNull();

    wrap.querySelector('input')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(notice.shadowRoot!.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    const terms = [...details.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Who is responsible', 'Purpose', 'Legal basis', 'How long we keep it', 'Who receives it', 'Your rights']);
    expect(within(details).getByText('Your consent').checkVisibility()).toBe(true);
    expect(
      within(details)
        .getByText(/withdraw your consent at any time/)
        .checkVisibility(),
    ).toBe(true);
    await userEvent.keyboard('{Tab}');
    expect(notice.shadowRoot!.activeElement).toBe(root.getByRole('link', { name: 'Contact us about your data' }));
    await userEvent.keyboard('{Tab}');
    const policy = root.getByRole('link', { name: 'Read the full privacy policy' });
    expect(notice.shadowRoot!.activeElement).toBe(policy);
    expect(policy.getAttribute('href')).toBe('https://example.com/privacy');
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{/Shift}');
    await userEvent.keyboard(' ');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(details.hidden).toBe(true);
    // The button's state is in the accessibility tree too.
    await userEvent.keyboard('{Enter}');
    const node = (await commands.axTree()).find((n) => n.role === 'button' && n.name === 'How we use this data');
    expect(node?.properties.expanded).toBe(true);
  });

  it('shows recipients as a list, "No one else" for none, transfers when given, and a legitimate interest', async () => {
    const el = await fixture<TrustDataNotice>(
      html`<trust-data-notice
        open
        .data=${data({
          recipients: ['Example Mail', 'Example Pay'],
          transfers: 'Example Mail stores data in the US under the EU–US Data Privacy Framework.',
          legalBasis: 'legitimate-interests',
          legitimateInterest: 'preventing fraud',
        })}
      ></trust-data-notice>`,
    );
    const details = within(shadow(el).querySelector<HTMLElement>('#details')!);
    expect(details.getByText('Example Mail and Example Pay').checkVisibility()).toBe(true);
    expect(details.getByText('Transfers to other countries').checkVisibility()).toBe(true);
    expect(details.getByText('Our legitimate interests: preventing fraud').checkVisibility()).toBe(true);
    expect(details.queryByText(/withdraw your consent/)).toBeNull();
    el.data = data({ recipients: [] });
    await el.updateComplete;
    expect(details.getByText('No one else').checkVisibility()).toBe(true);
    expect(details.queryByText('Transfers to other countries')).toBeNull();
  });

  it('reads its data from a child JSON script', async () => {
    await fixture(html`<div>
      <label for="email">Email</label><input id="email" />
      <trust-data-notice for="email"
        ><script type="application/json">
          ${JSON.stringify(data({ summary: 'From the script.' }))}
        </script></trust-data-notice
      >
    </div>`);
    expect(await axDescriptionOf('Email')).toBe('From the script.');
    expect(errors()).not.toHaveBeenCalled();
  });

  it('speaks the page’s language and mirrors in right-to-left text', async () => {
    const wrap = await fixture(form(data(), 'de'));
    const notice = wrap.querySelector('trust-data-notice')!;
    expect(within(shadow(notice)).getByRole('button', { name: 'Wie wir diese Daten verwenden' }).checkVisibility()).toBe(true);
    const ar = await fixture(form(data(), 'ar'), { dir: 'rtl' });
    const n2 = ar.querySelector('trust-data-notice')!;
    const summary = shadow(n2).querySelector('[part="summary"]')!.getBoundingClientRect();
    const icon = shadow(n2).querySelector('.summary .icon')!.getBoundingClientRect();
    expect(icon.right).toBeCloseTo(summary.right, 0);
  });

  it('has a disclosure button of at least 24 × 24 px', async () => {
    const el = await fixture<TrustDataNotice>(html`<trust-data-notice .data=${data()}></trust-data-notice>`);
    const box = within(shadow(el)).getByRole('button').getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  });

  it.each([
    ['summary', { summary: '' }, 'summary', 'is required'],
    ['controller', { controller: undefined }, 'controller', 'is required'],
    ['purpose', { purpose: 42 }, 'purpose', 'must be text'],
    ['legal basis', { legalBasis: 'because' }, 'legalBasis', 'must be one of'],
    ['legitimate interest', { legalBasis: 'legitimate-interests' }, 'legitimateInterest', 'is required'],
    ['retention', { retention: '  ' }, 'retention', 'is required'],
    ['recipients', { recipients: undefined }, 'recipients', 'use [] for none'],
    ['policy', { policy: 'javascript:alert(1)' }, 'policy', 'http(s)'],
  ] as const)('reports a bad %s and describes the field as unavailable', async (_what, patch, path, message) => {
    const onError = vi.fn();
    document.addEventListener('trust-error', onError);
    const wrap = await fixture(form(data(patch as Partial<DataNoticeInput>)));
    document.removeEventListener('trust-error', onError);
    const notice = wrap.querySelector('trust-data-notice')!;
    expect(onError).toHaveBeenCalledTimes(1);
    const detail = (onError.mock.calls[0]![0] as CustomEvent).detail;
    expect(detail.element).toBe('trust-data-notice');
    expect(detail.issues.map((i: { path: string }) => i.path)).toEqual([path]);
    expect(detail.issues[0].message).toContain(message);
    expect(errors()).toHaveBeenCalledTimes(1);
    expect(within(shadow(notice)).queryByRole('button')).toBeNull();
    expect(notice.descriptionElement!.textContent).toBe('Information about how this data is used is unavailable.');
    expect(await axDescriptionOf('Email')).toBe('Information about how this data is used is unavailable.');
  });

  it('reports every missing field at once, and invalid JSON in the child script', async () => {
    const onError = vi.fn();
    document.addEventListener('trust-error', onError);
    await fixture(html`<trust-data-notice .data=${{}}></trust-data-notice>`);
    await fixture(html`<trust-data-notice><script type="application/json">{ nope</script></trust-data-notice>`);
    document.removeEventListener('trust-error', onError);
    const paths = (call: number) => (onError.mock.calls[call]![0] as CustomEvent).detail.issues.map((i: { path: string }) => i.path);
    expect(paths(0)).toEqual(['summary', 'controller', 'purpose', 'legalBasis', 'retention', 'recipients', 'policy']);
    expect(paths(1)).toEqual(['script[type=application/json]']);
  });

  it('warns when `for` names no element', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await fixture(html`<trust-data-notice for="nowhere" .data=${data()}></trust-data-notice>`);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toContain('for attribute: names no element with id "nowhere"');
    } finally {
      warn.mockRestore();
    }
  });
});
