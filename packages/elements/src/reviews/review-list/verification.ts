import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translation } from '@trust-signals/core';
import { icon, ICON_CHEVRON, ICON_INFO } from './icons.js';

/**
 * The verification disclosure, always rendered: the site's `verification` text or slotted content under "How we
 * verify reviews", or, when there is neither, a plain statement that the reviews are not verified.
 */
export class VerificationDisclosure {
  /** Whether the `verification` slot has content (text or elements). */
  #slotted = false;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  #onSlotChange = (event: Event) => {
    const slotted = (event.target as HTMLSlotElement)
      .assignedNodes({ flatten: true })
      .some((n) => n.nodeType === Node.ELEMENT_NODE || !!n.textContent?.trim());
    if (slotted === this.#slotted) return;
    this.#slotted = slotted;
    this.#host.requestUpdate();
  };

  render(t: Translation, verification: string | undefined): TemplateResult {
    const slot = html`<slot name="verification" @slotchange=${this.#onSlotChange}></slot>`;
    if (!verification && !this.#slotted) {
      return html`<p part="verification" class="verification not-verified">${icon(ICON_INFO)}<span>${t.listNotVerified}</span>${slot}</p>`;
    }
    return html`<details part="verification" class="verification">
      <summary>${icon(ICON_CHEVRON)}<span>${t.listVerifyTitle}</span></summary>
      <div class="verification-text">${verification ? html`<p>${verification}</p>` : nothing}${slot}</div>
    </details>`;
  }
}
