import { html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { baseStyles, provideEnglish, TrustElement } from '@trust-signals/core';
import { enBadge } from '@trust-signals/core/badges';
import { badgeGroupStyles } from './trust-badge-group.styles.js';

provideEnglish(enBadge);

/**
 * A row of badges and guarantees with one size and wrapping, announced as a list ("Certifications and
 * guarantees, list, 3 items"). Each child element becomes one list item: the shadow root holds a real
 * `<ul role="list">` with one `<li>` per child, and each child is placed in its `<li>` by manual slot assignment,
 * so the list semantics hold across the shadow boundary and no attribute of the children is touched.
 *
 * @tagname trust-badge-group
 * @summary A row of badges with consistent sizing, announced as a list.
 *
 * @slot - The badges: `<trust-badge>`, `<trust-guarantee>` or any element; each is one list item.
 *
 * @csspart base - The list.
 * @csspart item - Each list item.
 *
 * @cssproperty --trust-badge-group-size - Logo and icon size of every badge in the group (default `2.5rem`).
 * @cssproperty --trust-badge-group-gap - Space between badges (default `0.75rem`).
 */
export class TrustBadgeGroup extends TrustElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [baseStyles, badgeGroupStyles];
  static override properties: PropertyDeclarations = {
    label: {},
  };

  /** The list's accessible name (default "Certifications and guarantees"). */
  label = '';

  #items: Element[] = [];
  #observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer ??= new MutationObserver(() => this.#sync());
    this.#observer.observe(this, { childList: true });
    this.#sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  #sync(): void {
    // Scripts and templates are not badges (and not list items).
    this.#items = [...this.children].filter((el) => el.localName !== 'script' && el.localName !== 'template' && el.localName !== 'style');
    this.requestUpdate();
  }

  protected override render() {
    return html`<ul part="base" role="list" aria-label=${this.label.trim() || this.t.badgeGroupLabel}>
      ${this.#items.map(() => html`<li part="item"><slot></slot></li>`)}
    </ul>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const slots = this.renderRoot.querySelectorAll('slot');
    this.#items.forEach((item, i) => {
      const slot = slots[i];
      if (slot && (slot.assignedNodes().length !== 1 || slot.assignedNodes()[0] !== item)) slot.assign(item);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-badge-group': TrustBadgeGroup;
  }
}
