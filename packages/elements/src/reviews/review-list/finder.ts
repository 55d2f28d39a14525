/**
 * Topics and search of `<trust-review-list>`, loaded on first need (see `topic-search.ts`): only a list whose page
 * defines topics or sets `searchable` fetches this module, so a plain list never grows by it when the page's bundler
 * splits code. Counting and matching are core's (`topics.ts`, `review-search.ts`); this module renders the topic
 * buttons and the search field and marks matches as text (`<mark>` around text parts, never HTML from the data).
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isolate, provideEnglish, type ChildJson, type DataIssue, type Translation } from '@trust-signals/core';
import type { Review, ReviewData } from '@trust-signals/core/reviews';
import {
  containsAll,
  countTopics,
  enReviewTopics,
  localized,
  matchRanges,
  normalizeForSearch,
  parseTopics,
  searchTerms,
  splitAtRanges,
  type Topic,
  type TopicCount,
} from '@trust-signals/core/topics';
import type { ListText } from './list-text.js';

provideEnglish(enReviewTopics);

/**
 * The search field's, topic buttons' and matches' styles, added to the list's own when this module loads (a list
 * without topics or search does not carry them). A pressed topic shows a tick, not only a thicker border.
 */
export const finderStyles = css`
  .search {
    flex: 1 1 16rem;
  }
  .search input {
    flex: 1;
    min-inline-size: 8rem;
    min-block-size: var(--_target);
    padding-block: 0.125rem;
    padding-inline: 0.375rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  .topics {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .topics-label,
  .topic-name {
    font-weight: 600;
  }
  .topic-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .topic {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    padding-block: 0.125rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .topic[aria-pressed='true'] {
    border-color: currentColor;
    box-shadow: inset 0 0 0 1px currentColor;
  }
  .topic[aria-pressed='true'] .topic-name::before {
    content: '✓' / '';
    margin-inline-end: 0.25em;
  }
  .topic-ratings,
  .topics-note {
    font-size: 0.875em;
  }
  .topics-note {
    color: var(--_muted);
  }
  /* Bold as well as tinted: a match is not shown by colour alone. */
  mark {
    background: light-dark(#fff3a3, #5c4b00);
    color: inherit;
    font-weight: 600;
    border-radius: 2px;
  }
  @media (forced-colors: active) {
    .topic,
    .search input {
      border-color: CanvasText;
    }
    .topic[aria-pressed='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;

/** Each review's title and body as search compares them, per page language, kept while the review is. */
const haystacks = new Map<string, WeakMap<Review, string>>();

/**
 * Whether every search term occurs in the review's title or body (case and accents ignored, in the page's
 * language). The normalised text is made once per review, so a keystroke on 10,000 reviews is 10,000 `includes`.
 */
export function matchesSearch(review: Review, terms: readonly string[], lang: string): boolean {
  let cache = haystacks.get(lang);
  if (!cache) haystacks.set(lang, (cache = new WeakMap()));
  let text = cache.get(review);
  if (text === undefined) cache.set(review, (text = normalizeForSearch(`${review.title ?? ''}\n${review.body}`, lang)));
  return containsAll(text, terms);
}

/** `text` with the matches of `terms` in `<mark part="match">` (text parts, never HTML), or `text` itself. */
export function marked(text: string, terms: readonly string[], lang: string): TemplateResult | string {
  const ranges = matchRanges(text, terms, lang);
  if (!ranges.length) return text;
  return html`${splitAtRanges(text, ranges).map((p) => (p.mark ? html`<mark part="match">${p.text}</mark>` : p.text))}`;
}

type RangeRules = Intl.PluralRules & { selectRange?: (from: number, to: number) => Intl.LDMLPluralRule };
const rangeRules = new Map<string, RangeRules>();
/**
 * The plural form of a range ("4–5 stars"), by CLDR's range rules where the browser has them: Arabic's "1–2" takes
 * another form than "2" alone (whose form, "two stars", has no digits at all).
 */
function rangeCategory(lang: string, from: number, to: number): Intl.LDMLPluralRule {
  let rules = rangeRules.get(lang);
  if (!rules) rangeRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.selectRange ? rules.selectRange(from, to) : rules.select(to);
}

/** The list, as topics and search see it. */
export interface TopicSearchHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The state of topics and search in one list: the topics the page defines, their counts over the loaded reviews,
 * the topic the reader chose, the search and its words; the filter they make, the conditions the status says,
 * the topic buttons and search field, and the marks in the reviews' text.
 */
export class TopicSearch {
  /** Topic counts of the loaded reviews, in the page's language. */
  counts: readonly TopicCount[] = [];
  /** The conditions for the "Showing …" status ("mentioning Battery", "matching “lid”"). */
  conditions: string[] = [];
  /** Changes whenever the filter does (the chosen topic's counts or the search words): the list orders again. */
  key: unknown = undefined;

  #topics: readonly Topic[] = [];
  #countKey: unknown[] = [];
  #topic: string | null = null;
  #chosen: TopicCount | undefined;
  #query = '';
  #terms: readonly string[] = [];
  #lang = 'en';
  #searchable = false;
  readonly #host: TopicSearchHost;

  constructor(host: TopicSearchHost) {
    this.#host = host;
    // The styles join the list's own (constructable style sheets, so a strict CSP allows them).
    const root = host.renderRoot as ShadowRoot;
    const sheet = finderStyles.styleSheet;
    if (sheet && root?.adoptedStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Reads the topic definitions (the property, else the child script); returns their issues. */
  readTopics(child: ChildJson, property: unknown): readonly DataIssue[] {
    const parsed = child.parse(property, (raw) =>
      raw === undefined || raw === null ? { ok: true as const, value: [], warnings: [] } : parseTopics(raw),
    );
    this.#topics = parsed.ok ? parsed.value : [];
    return parsed.ok ? parsed.warnings : parsed.errors;
  }

  /** Counts the topics (again when the reviews, topics or language change) and reads the search. */
  update(data: ReviewData | undefined, lang: string, t: Translation, searchable: boolean): void {
    this.#lang = lang;
    this.#searchable = searchable;
    const key = [data, this.#topics, lang];
    if (key.some((k, i) => k !== this.#countKey[i])) {
      this.#countKey = key;
      this.counts = data && this.#topics.length ? countTopics(data.reviews, this.#topics, lang) : [];
    }
    const chosen = (this.#chosen = this.counts.find((c) => c.topic.id === this.#topic));
    const terms = (this.#terms = searchable ? searchTerms(this.#query, lang) : []);
    this.key = `${terms.join(' ')}\u0000${chosen ? chosen.topic.id : ''}\u0000${this.counts.length}`;
    this.conditions = [];
    if (chosen) this.conditions.push(t.listMentioning(isolate(localized(chosen.topic.name, lang) ?? chosen.topic.id, t.$dir)));
    if (terms.length) this.conditions.push(t.listMatching(isolate(this.#query.trim(), t.$dir)));
  }

  /** The reviews (already ordered and star-filtered) that mention the chosen topic and match the search. */
  filter(reviews: Review[]): Review[] {
    const chosen = this.#chosen;
    const terms = this.#terms;
    const lang = this.#lang;
    if (!chosen && !terms.length) return reviews;
    return reviews.filter((r) => (!chosen || chosen.reviews.has(r)) && (!terms.length || matchesSearch(r, terms, lang)));
  }

  /** `text` with the search's matches marked. */
  mark(text: string): TemplateResult | string {
    return this.#terms.length ? marked(text, this.#terms, this.#lang) : text;
  }

  #onTopic(id: string): void {
    this.#topic = this.#topic === id ? null : id;
    this.#host.requestUpdate();
  }

  #onSearch(query: string): void {
    this.#query = query;
    this.#host.requestUpdate();
  }

  /** The search field (a native `type=search`: role searchbox), named "Search reviews". Escape clears it. */
  renderSearch({ t }: ListText): TemplateResult | typeof nothing {
    if (!this.#searchable) return nothing;
    const input = (event: Event) => this.#onSearch((event.target as HTMLInputElement).value);
    const key = (event: KeyboardEvent) => {
      const field = event.target as HTMLInputElement;
      if (event.key !== 'Escape' || !field.value) return;
      // Escape clears the search (and does not also close a dialog the list sits in).
      event.preventDefault();
      event.stopPropagation();
      field.value = '';
      this.#onSearch('');
    };
    return html`<label class="control search"
      ><span>${t.listSearchLabel}</span
      ><input part="search" type="search" autocomplete="off" .value=${this.#query} @input=${input} @keydown=${key}
    /></label>`;
  }

  /**
   * The topic buttons: toggle buttons (`aria-pressed`) in a named group, each with the topic's name, how many loaded
   * reviews mention it and how many of those are positive (4–5 stars) and critical (1–2). Pressing one shows only
   * the reviews that mention it; pressing it again (or another) takes it off. How the counts are made is said below.
   */
  renderTopics({ t, lang, num }: ListText): TemplateResult | typeof nothing {
    if (!this.counts.length) return nothing;
    const range = (from: number, to: number) => (t.stars[rangeCategory(lang, from, to)] ?? t.stars.other)(`${num(from)}–${num(to)}`);
    return html`<div part="topics" class="topics" role="group" aria-labelledby="topics-label" aria-describedby="topics-note">
      <span class="topics-label" id="topics-label">${t.listTopicsLabel}</span>
      <div class="topic-buttons">
        ${this.counts.map(
          ({ topic, reviews, positive, critical }) =>
            html`<button
              part="topic"
              class="topic"
              type="button"
              aria-pressed=${topic.id === this.#topic ? 'true' : 'false'}
              @click=${() => this.#onTopic(topic.id)}
            >
              <span class="topic-name" dir="auto">${localized(topic.name, lang)}</span><span class="visually-hidden">, </span
              ><span class="topic-count">${num(reviews.size)}</span><span class="visually-hidden">: </span
              ><span class="topic-ratings">${t.listTopicRatings(num(positive), num(critical))}</span>
            </button>`,
        )}
      </div>
      <p part="topics-note" class="topics-note" id="topics-note">${t.listTopicsNote(range(4, 5), range(1, 2))}</p>
    </div>`;
  }
}
