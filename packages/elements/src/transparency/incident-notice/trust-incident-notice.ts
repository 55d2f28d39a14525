import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import {
  baseStyles,
  ChildJson,
  controlStyles,
  emit,
  formatDate,
  formatList,
  isolate,
  parseChoice,
  parseNumber,
  provideEnglish,
  surfaceTokens,
  TrustElement,
  type DataIssue,
  type ParseResult,
} from '@trust-signals/core';
import {
  announcementRole,
  DISMISS_STORAGES,
  dismissalKey,
  dismissStorage,
  enNotice,
  isClosed,
  isDismissed,
  parseIncident,
  rememberDismissal,
  type DismissStorageKind,
  type Incident,
  type IncidentInput,
  type IncidentState,
} from '@trust-signals/core/notices';
import { noticeStyles } from '../notice.styles.js';
import { incidentNoticeStyles } from './trust-incident-notice.styles.js';

provideEnglish(enNotice);

/** `detail` of `trust-dismiss`. */
export interface TrustDismissDetail {
  /** The incident's id. */
  readonly id: string;
  /** Its state when it was dismissed. */
  readonly state: IncidentState;
  /** Whether the dismissal was stored (only with `dismiss-storage`, and only if storage accepted it). */
  readonly remembered: boolean;
}

declare module '@trust-signals/core' {
  interface TrustEventDetailMap {
    'trust-dismiss': TrustDismissDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'trust-dismiss': CustomEvent<TrustDismissDetail>;
  }
}

/** Incidents (id and state) announced on this page so far: a new one is announced once, however often it renders. */
const announced = new Set<string>();
/** How long a live region exists, empty, before its text arrives (screen readers announce changes, not content). */
const ANNOUNCE_DELAY = 150;

const icons: Record<string, SVGTemplateResult> = {
  // Shape carries the level as well as colour: circle, triangle, octagon; a check once over; a wrench for maintenance.
  none: svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 11v5M12 7.5v.01"></path>`,
  minor: svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 7v6M12 16.5v.01"></path>`,
  major: svg`<path d="M12 3l9.5 17h-19z"></path><path d="M12 10v4.5M12 17.5v.01"></path>`,
  critical: svg`<path d="M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z"></path><path d="M12 7.5v5.5M12 16.5v.01"></path>`,
  closed: svg`<circle cx="12" cy="12" r="9"></circle><path d="M8 12.5l3 3 5-6"></path>`,
  maintenance: svg`<path d="M14.5 6.5a4 4 0 0 0 5 5L21 13l-7 7-1.5-1.5a4 4 0 0 0-5-5L3 9l2.5-2.5L8 9l1-1-2.5-2.5L9 3z"></path>`,
};
const row = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
const closeIcon = svg`<path d="M6 6l12 12M18 6L6 18"></path>`;

/**
 * Candid incident and maintenance communication: what is wrong (state, impact, affected services), what it means
 * for the visitor and what they can do, a timeline of updates with `<time datetime>` and the time zone, when the
 * next update will come, an apology and what will change, and links to the status page or post-mortem.
 *
 * **Announced once.** A visually hidden live region (`role="alert"` for critical impact, `role="status"`
 * otherwise) is rendered empty and filled shortly after, once per incident id and state on the page: re-renders,
 * language changes and a second notice about the same incident say nothing more. A change of state (e.g. to
 * resolved) is news and is announced.
 *
 * **Dismissible** with `dismissible` (a 24 × 24 px button). Dismissing dispatches a cancelable `trust-dismiss`
 * and hides the notice. Nothing is stored unless the author opts in with `dismiss-storage="session"` or
 * `"local"`; then the dismissal is remembered per incident id and state, so the notice comes back when there is
 * news.
 *
 * **Data** (see {@link IncidentInput}): the `data` property or a child `<script type="application/json">`
 * (followed when the page adds, changes or removes it later; `data` wins over it).
 * A resolved incident (or completed maintenance) needs its resolution time (`ended`); bad data shows "Incident
 * details unavailable.", logs one console error with every field path, and dispatches `trust-error`.
 *
 * @tagname trust-incident-notice
 * @summary Incident and maintenance notice: state, impact, timeline, next update, apology, fix.
 *
 * @slot - Fallback text shown before the element is defined; not rendered after.
 *
 * @event trust-dismiss - The visitor dismissed the notice; cancel it to keep the notice. `detail: { id, state, remembered }`.
 * @event trust-error - The data, `dismiss-storage` or `heading-level` is invalid. `detail: { element, issues }`.
 *
 * @csspart base - The notice (a region named by its title).
 * @csspart icon - The state icon.
 * @csspart title - The title (a heading of `heading-level`).
 * @csspart status - The state and impact line.
 * @csspart dismiss - The dismiss button.
 * @csspart facts - The list of services, times and next update.
 * @csspart timeline - The list of updates.
 * @csspart links - The status page and post-mortem links.
 * @csspart unavailable - The text shown for missing or invalid data.
 *
 * @cssproperty --trust-incident-notice-background - Background (default: the surface colour).
 * @cssproperty --trust-incident-notice-accent - The stripe and icon colour; by default it follows the impact.
 */
export class TrustIncidentNotice extends TrustElement {
  static override styles = [baseStyles, controlStyles, surfaceTokens, noticeStyles, incidentNoticeStyles];
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dismissible: { type: Boolean },
    dismissStorage: { attribute: 'dismiss-storage' },
    headingLevel: { attribute: 'heading-level' },
    dismissed: { state: true },
  };

  /**
   * The incident. When unset, the JSON of a child `<script type="application/json">` is used, followed when the
   * page adds, changes or removes the script later (a status page updating the notice in place).
   * Its format: {@link IncidentInput}, with the JSON Schema `trust-signals/schemas/trust-incident-notice.json`.
   */
  data: IncidentInput | undefined;

  /** Shows a dismiss button. */
  dismissible = false;

  /**
   * Opt-in: where a dismissal is remembered, `session` (this tab) or `local` (this browser). Default `none`: nothing
   * is ever stored.
   */
  dismissStorage: DismissStorageKind | string = 'none';

  /** The level of the title heading, 1 to 6 (updates and prevention are one level below). */
  headingLevel: number | string = 2;

  private dismissed = false;

  readonly #child = new ChildJson(this, 'application/json');
  #incident: ParseResult<Incident> = parseIncident(undefined);
  #storage: DismissStorageKind = 'none';
  #level = 2;
  #timer: ReturnType<typeof setTimeout> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const issues: DataIssue[] = [];
    // A new incident (by `data`, or by the child script when `data` is unset) is parsed once, and is news.
    this.awaitData(this.#child.given(this.data));
    const incident = this.#child.parse(this.data, parseIncident);
    const fresh = incident !== this.#incident;
    this.#incident = incident;
    const storage = parseChoice(this.dismissStorage || 'none', 'dismiss-storage', DISMISS_STORAGES);
    this.#storage = storage.ok ? storage.value! : 'none';
    const level = parseNumber(this.headingLevel, 'heading-level', { min: 1, max: 6, integer: true });
    this.#level = level.ok ? level.value : 2;
    if (!this.#incident.ok) issues.push(...this.#incident.errors);
    if (!storage.ok) issues.push(...storage.errors);
    if (!level.ok) issues.push(...level.errors);
    this.reportIssues(issues);
    if ((fresh || changed.has('dismissStorage')) && this.#incident.ok) {
      this.dismissed = isDismissed(dismissalKey(this.#incident.value), dismissStorage(this.#storage));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#incident.ok || this.dismissed) return;
    const incident = this.#incident.value;
    const key = dismissalKey(incident);
    if (announced.has(key)) return;
    announced.add(key);
    const { t } = this;
    const text = t.incidentAnnouncement(
      isolate(incident.title, t.$dir),
      t.incidentStates[incident.state],
      incident.impact && t.incidentImpacts[incident.impact],
    );
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const region = this.renderRoot.querySelector<HTMLElement>('.announcement');
      // The text is set here, outside the template, so that no re-render can change (and re-announce) it.
      if (region) region.textContent = text;
    }, ANNOUNCE_DELAY);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #dismiss = (): void => {
    if (!this.#incident.ok) return;
    const incident = this.#incident.value;
    const storage = dismissStorage(this.#storage);
    const detail = { id: incident.id, state: incident.state, remembered: Boolean(storage) };
    if (!emit(this, 'trust-dismiss', detail, { cancelable: true })) return;
    if (storage) rememberDismissal(dismissalKey(incident), storage);
    this.dismissed = true;
  };

  #time(date: Date, zone: string | undefined) {
    const text = formatDate(this.resolvedLang, date, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
      ...(zone ? { timeZone: zone } : {}),
    });
    return html`<time datetime=${date.toISOString()}>${text}</time>`;
  }

  protected override render() {
    if (this.dismissed) return nothing;
    const { t } = this;
    if (this.waiting) return html`<div part="base" class="base waiting">${this.renderWaiting()}</div>`;
    if (!this.#incident.ok) {
      return html`<div part="base" class="base unavailable">
        <p part="unavailable" class="headline">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${icons.none}</svg>${t.incidentUnavailable}
        </p>
      </div>`;
    }
    const n = this.#incident.value;
    const closed = isClosed(n.state);
    const kind = closed ? 'closed' : n.maintenance ? 'maintenance' : (n.impact ?? 'none');
    const tz = n.timeZone;
    const level = this.#level;
    const sub = Math.min(level + 1, 6);
    return html`<section part="base" class=${classMap({ base: true, [`is-${kind}`]: true })} aria-labelledby="title">
      <div class="head">
        <svg part="icon" class="icon state-icon" viewBox="0 0 24 24" aria-hidden="true">${icons[kind]}</svg>
        <div class="headline">
          <div part="title" id="title" class="title" role="heading" aria-level=${level}><bdi>${n.title}</bdi></div>
          <p part="status" class="status">
            <span class="state">${t.incidentStates[n.state]}</span>${
              n.impact
                ? html`<span class="sep" aria-hidden="true"> · </span><span class="impact">${t.incidentImpacts[n.impact]}</span>`
                : nothing
            }
          </p>
        </div>
        ${
          this.dismissible
            ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${t.incidentDismiss} @click=${this.#dismiss}>
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${closeIcon}</svg>
            </button>`
            : nothing
        }
      </div>
      <dl part="facts" class="facts">
        ${n.services.length ? row(t.incidentServices, formatList(this.resolvedLang, n.services)) : nothing}
        ${row(n.maintenance && !closed ? t.maintenanceStarts : t.incidentStarted, this.#time(n.started, tz))}
        ${n.ended ? row(closed ? t.incidentEnded : t.maintenanceEnds, this.#time(n.ended, tz)) : nothing}
        ${n.nextUpdate ? row(t.incidentNextUpdate, this.#time(n.nextUpdate, tz)) : nothing}
        ${n.description ? row(t.incidentDescription, html`<bdi>${n.description}</bdi>`) : nothing}
        ${n.workaround ? row(t.incidentWorkaround, html`<bdi>${n.workaround}</bdi>`) : nothing}
      </dl>
      ${n.apology ? html`<p part="apology" class="apology"><bdi>${n.apology}</bdi></p>` : nothing}
      ${
        n.updates.length
          ? html`<div class="section">
            <div class="subtitle" role="heading" aria-level=${sub}>${t.incidentUpdates}</div>
            <ol part="timeline" class="timeline">
              ${n.updates.map(
                (u) => html`<li>
                  <p class="update-head">${this.#time(u.at, tz)} <span class="update-state">${t.incidentStates[u.state]}</span></p>
                  <p><bdi>${u.text}</bdi></p>
                </li>`,
              )}
            </ol>
          </div>`
          : nothing
      }
      ${
        n.prevention
          ? html`<div class="section">
            <div class="subtitle" role="heading" aria-level=${sub}>${t.incidentPrevention}</div>
            <p><bdi>${n.prevention}</bdi></p>
          </div>`
          : nothing
      }
      ${
        n.statusPage || n.postmortem
          ? html`<p part="links" class="links">
            ${n.postmortem ? html`<a href=${n.postmortem}>${t.incidentPostmortem}</a>` : nothing}
            ${n.statusPage ? html`<a href=${n.statusPage}>${t.incidentStatusPage}</a>` : nothing}
          </p>`
          : nothing
      }
      <div class="announcement visually-hidden" role=${announcementRole(n)}></div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-incident-notice': TrustIncidentNotice;
  }
}
