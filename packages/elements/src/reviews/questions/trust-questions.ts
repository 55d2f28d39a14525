import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  baseStyles,
  ChildJson,
  clearDraft,
  controlStyles,
  dispatchSubmit,
  formatDate,
  formatRelativeTime,
  FormControlMixin,
  isolate,
  isRecord,
  JsonSource,
  numberAttribute,
  parseNumber,
  provideEnglish,
  readDraft,
  selectPlural,
  surfaceTokens,
  TrustElement,
  writeDraft,
  type DataIssue,
  type NumberRule,
  type ParseResult,
  type SubmitResponse,
  type TrustAddListener,
  type TrustRemoveListener,
} from '@trust-signals/core';
import {
  enQuestions,
  enReviewData,
  enReviewList,
  orderAnswers,
  orderQuestions,
  parseQuestionData,
  parseQuestionSort,
  QUESTION_SORTS,
  type Answer,
  type Question,
  type QuestionData,
  type QuestionDataInput,
  type QuestionSort,
} from '@trust-signals/core/reviews';
import { reviewListLayoutStyles } from '../list-layout.styles.js';
import { HelpfulVotes } from '../review-list/helpful-votes.js';
import { icon, ICON_CHECK, ICON_CHEVRON, ICON_INFO } from '../review-list/icons.js';
import type { ListText } from '../review-list/list-text.js';
import type { ReviewVote, TrustLoadMoreDetail } from '../review-list/trust-review-list.js';
import { questionsStyles } from './trust-questions.styles.js';

// The sort label, "Newest", the vote buttons, the date pattern and "Try again" are the review list's words.
provideEnglish(enReviewData, enReviewList, enQuestions);

export type { QuestionSort };

/** `detail` of `trust-answer-vote`: the page persists the vote (the element only counts it for this page view). */
export interface AnswerVoteDetail {
  /** The question's `id`. */
  readonly questionId: string;
  /** The answer's `id` (unique within its question). */
  readonly answerId: string;
  readonly vote: ReviewVote;
  /** The helpful count the element now shows (the data's count, plus one for a `helpful` vote). */
  readonly helpful: number;
}

/** A question as the page receives it in `trust-submit`. Every text is trimmed. */
export interface QuestionSubmission {
  readonly question: string;
  /** The display name, shown with the question. */
  readonly author: string;
  /** What the question is about (the data's `subject.name`), when known. */
  readonly subject?: string;
  /** The element's `name`, when it has one: tells several widgets on one page apart. */
  readonly name?: string;
}

/** `detail` of the element's `trust-submit`: the question and `respondWith(promise)`. `'question' in detail` tells it apart. */
export type QuestionSubmitDetail = QuestionSubmission & SubmitResponse;

declare module '@trust-signals/core' {
  interface TrustEventDetailMap {
    'trust-answer-vote': AnswerVoteDetail;
  }
  interface TrustSubmitDetailByTag {
    'trust-questions': QuestionSubmitDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'trust-answer-vote': CustomEvent<AnswerVoteDetail>;
  }
  interface HTMLElementTagNameMap {
    'trust-questions': TrustQuestions;
  }
}

/** The events of `<trust-questions>` with their types (`trust-submit` is exactly {@link QuestionSubmitDetail} here). */
export interface TrustQuestionsEventMap extends HTMLElementEventMap {
  'trust-submit': CustomEvent<QuestionSubmitDetail>;
}

/** `addEventListener` typed by {@link TrustQuestionsEventMap}. */
export interface TrustQuestions {
  addEventListener: TrustAddListener<TrustQuestions, TrustQuestionsEventMap>;
  removeEventListener: TrustRemoveListener<TrustQuestions, TrustQuestionsEventMap>;
}

type Status = 'idle' | 'loading' | 'error' | 'empty' | 'ready';
type Field = 'question' | 'author';
type Phase = 'editing' | 'sending' | 'sent';

const SORT_LABELS = { newest: 'listSortNewest', helpful: 'qaSortHelpful', unanswered: 'qaSortUnanswered' } as const;
const FIELDS: readonly Field[] = ['question', 'author'];
const length = (text: string) => [...text].length;

/** The numeric attributes, read by core's `parseNumber` in `willUpdate()`; an invalid value is reported and its default used. */
const NUMBERS = {
  pageSize: ['page-size', 5, { min: 1, max: 100, integer: true }],
  headingLevel: ['heading-level', 3, { min: 1, max: 6, integer: true }],
  questionMax: ['question-max', 500, { min: 1, max: 4000, integer: true }],
} as const satisfies Record<string, readonly [string, number, NumberRule]>;
type NumberName = keyof typeof NUMBERS;

/**
 * Product questions and answers. Each question shows who asked and when, and its answers, each labelled by who gave
 * it: "Answer from <store>" for the store's own, "Verified owner" for a customer the store checked owns the product,
 * "Customer" for anyone else (text, never colour alone); the store's answers come first. A question nobody has
 * answered yet says so. Readers vote answers helpful (once per answer per page view, `trust-answer-vote`) and sort
 * the questions: newest first (the default), by the most helpful answer, or unanswered first.
 *
 * **Data** by the `data` property, a `src` URL (fetched once; "Try again" after a failure) or a child
 * `<script type="application/json">`, in that order of precedence, all read by core's `parseQuestionData`
 * (`trust-signals/schemas/trust-questions.json`). Bad data is reported once (`trust-error`, one console line) and
 * shown as an accessible "unavailable" state; questions that cannot be read are left out and disclosed.
 *
 * **Paging.** `page-size` questions at first (5; 1 to 100); "Show more questions" shows the next page and moves
 * focus to the first new question. Once every loaded question is shown while `total` says there are more, it
 * emits `trust-load-more` so the page can set `data` with the next questions appended. "Showing 5 of 23
 * questions" is a polite status.
 *
 * **Asking.** "Ask a question" opens a form (disclosure) with the question and a display name. On submit each
 * field is checked (messages tied to the fields, focus on the first invalid one); a valid question is dispatched as a
 * cancelable `trust-submit` whose `detail` is a {@link QuestionSubmission} plus `respondWith(promise)`: the page
 * posts it. While pending the form says so; success replaces the form with a thank-you, failure keeps the question
 * and says so. The unsent question is kept in `sessionStorage` (this tab only) under `trust-questions:` plus
 * `draft-key`, else the `id`, else the page's path, restored when the element is created again and removed after a
 * successful send or "Discard draft"; `no-draft` turns this off. Inside a page `<form>` the element is a form
 * control instead: the ask form is always open and has no submit button, it submits `question` and `author`
 * (prefixed with `<name>-` when it has a `name`), blocks submission while a started question is invalid, and resets
 * with the form.
 *
 * The element writes no structured data: search engines document Q&A markup for pages where users answer one
 * question, not for product pages with many questions (see the docs page "Product questions and answers").
 *
 * @tagname trust-questions
 * @summary Product questions and answers, labelled by who answered; helpful votes, sort, paging, ask-a-question form.
 *
 * @attr name - Form-control name; also sent as `name` in the detail.
 * @attr disabled - The ask form cannot be edited or sent; also set by a disabled ancestor `<fieldset>`.
 *
 * @slot - Fallback content shown until data is given (e.g. the questions as server-rendered HTML).
 *
 * @event trust-submit - The visitor asked a valid question. `detail: QuestionSubmission & { respondWith(promise) }`; cancelable.
 * @event trust-answer-vote - The reader voted on an answer (once per answer per page view); the page persists it.
 * `detail: { questionId, answerId, vote: 'helpful' | 'not-helpful', helpful }`.
 * @event trust-load-more - Every loaded question is shown and `total` says there are more: the page should append the
 * next questions to `data`. `detail: { loaded, total }`.
 * @event trust-error - The data or an attribute is invalid (or was corrected); nothing is reported while no data is
 * given. `detail: { element, issues }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart controls - The sort control's wrapper.
 * @csspart sort - The sort `<select>`.
 * @csspart showing - The "Showing 5 of 23 questions" status.
 * @csspart list - The list of questions.
 * @csspart question - One question with its answers.
 * @csspart question-text - A question's text (a heading).
 * @csspart meta - Who asked and when.
 * @csspart unanswered - The "Not answered yet" note.
 * @csspart answers - The list of a question's answers.
 * @csspart answer - One answer.
 * @csspart answer-label - Who gave the answer.
 * @csspart answer-body - An answer's text.
 * @csspart votes - The helpful-vote group of an answer.
 * @csspart vote - A vote button.
 * @csspart show-more - The "Show more questions" button.
 * @csspart ask - The "Ask a question" button.
 * @csspart form - The ask form.
 * @csspart field - Each field's wrapper.
 * @csspart label - Each field's label.
 * @csspart input - The display-name input.
 * @csspart textarea - The question field.
 * @csspart hint - The display-name hint.
 * @csspart error - A field's error message.
 * @csspart submit - The submit button.
 * @csspart draft - The "restored" note and its discard button.
 * @csspart status - Loading, error and empty states, and the form's sending and thank-you messages.
 * @csspart alert - The send failure (`role="alert"`).
 * @csspart dropped - The note about questions that could not be read.
 *
 * @cssproperty --trust-questions-gap - Space between questions (default `1.25rem`).
 * @cssproperty --trust-questions-border-color - Separators, labels and the answer rule (default `--trust-color-border`).
 */
export class TrustQuestions extends FormControlMixin(TrustElement) {
  static override styles = [baseStyles, controlStyles, surfaceTokens, reviewListLayoutStyles, questionsStyles];
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    sort: {},
    pageSize: { attribute: 'page-size', converter: numberAttribute },
    headingLevel: { attribute: 'heading-level', converter: numberAttribute },
    questionMax: { attribute: 'question-max', converter: numberAttribute },
    noDraft: { type: Boolean, attribute: 'no-draft' },
    draftKey: { attribute: 'draft-key' },
    question: { attribute: false },
    author: { attribute: false },
    open: { state: true },
    phase: { state: true },
    failed: { state: true },
    errors: { state: true },
    restored: { state: true },
  };

  /**
   * The questions by property (`QuestionDataInput`: `{ subject?, total?, questions }` or a list of questions; the JSON
   * Schema `trust-signals/schemas/trust-questions.json`). Wins over `src` and the child script. Assign a new object to
   * change it.
   */
  data: QuestionDataInput | undefined = undefined;
  /** URL of the questions (the same format), fetched once; http(s) or relative only. */
  src?: string;
  /** Order of the questions: `newest` (default), `helpful` (most helpful answer first), `unanswered` (open ones first). */
  sort: QuestionSort = 'newest';
  /** Questions per page, 1 to 100 (default 5). Anything else is reported (path `page-size`) and 5 is used. */
  pageSize: number | string | undefined = 5;
  /** Heading level of the questions, 1 to 6 (default 3). */
  headingLevel: number | string | undefined = 3;
  /** Longest question a visitor may send, in characters (1 to 4000; default 500). */
  questionMax: number | string | undefined = 500;
  /** Keeps no draft in `sessionStorage`. */
  noDraft = false;
  /** Names the stored draft; default: the element's `id`, else the page's path. */
  draftKey = '';
  /** The question being written. */
  question = '';
  /** The asker's display name. */
  author = '';

  private open = false;
  private phase: Phase = 'editing';
  private failed = false;
  private errors: Partial<Record<Field, string>> = {};
  private restored = false;

  readonly #source = new JsonSource(this);
  readonly #child = new ChildJson(this, 'application/json');
  #status: Status = 'idle';
  #data: QuestionData | undefined;
  #result: ParseResult<QuestionData> | undefined;
  #srcState: unknown;
  #srcResult: ParseResult<QuestionData> | undefined;
  #attributeIssues: DataIssue[] = [];
  #numbers: Record<NumberName, number> = { pageSize: 5, headingLevel: 3, questionMax: 500 };
  #sort: QuestionSort = 'newest';
  #ordered: Question[] = [];
  #orderKey: unknown[] = [];
  #limit = 5;
  #loadPending = false;
  #focusIndex: number | undefined;
  readonly #votes = new HelpfulVotes(this, ({ reviewId, vote, helpful }) => {
    const [questionId, answerId] = JSON.parse(reviewId) as [string, string];
    this.emit('trust-answer-vote', { questionId, answerId, vote, helpful });
  });

  constructor() {
    super();
    // A page form's submission found the question invalid: show every message.
    this.addEventListener('invalid', () => (this.errors = this.#check()));
  }

  /** The questions shown (parsed and checked), for the page; `undefined` while loading, on error or without data. */
  get shownData(): QuestionData | undefined {
    return this.#data;
  }

  /** Loads `src` again after a failure (the "Try again" button). */
  retry(): void {
    this.#source.retry();
  }

  /** Removes the stored draft and empties the ask form. */
  discardDraft(): void {
    this.#clearDraft();
    this.#empty();
  }

  /** A page form's submission went through: the question was sent with it. */
  protected override formSubmitted(): void {
    this.#clearDraft();
  }

  /** The data's issues and the numeric attributes' issues are one report (one console line, one `trust-error`). */
  protected override reportIssues(issues: readonly DataIssue[]): void {
    super.reportIssues([...issues, ...this.#attributeIssues]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated && !this.noDraft) this.#restoreDraft();
    const issues: DataIssue[] = [];
    for (const name of Object.keys(NUMBERS) as NumberName[]) {
      const [attribute, fallback, rule] = NUMBERS[name];
      const parsed = parseNumber(this[name], attribute, { ...rule, optional: true });
      this.#numbers[name] = parsed.ok ? (parsed.value ?? fallback) : fallback;
      if (!parsed.ok) issues.push(...parsed.errors);
    }
    this.#attributeIssues = issues;
    if (changed.has('src')) this.#source.set(this.src);
    this.#resolveData();
    const sort = parseQuestionSort(this.sort);
    const data = this.#data;
    if (sort !== this.#orderKey[1] || changed.has('pageSize')) this.#limit = this.#numbers.pageSize;
    if (data !== this.#orderKey[0] || sort !== this.#orderKey[1]) {
      if (data !== this.#orderKey[0]) this.#loadPending = false;
      this.#orderKey = [data, sort];
      this.#sort = sort;
      this.#ordered = data ? orderQuestions(data.questions, sort) : [];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
    const index = this.#focusIndex;
    if (index !== undefined && index < this.#shown.length) {
      this.#focusIndex = undefined;
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"] article`)?.focus();
    }
  }

  /** Picks the input by precedence (`data`, `src`, child script), parses it when it changed, and reports. */
  #resolveData(): void {
    const state = this.#source.state;
    const noProperty = this.data === undefined || this.data === null;
    const viaSrc = noProperty && state.status !== 'idle';
    const given = viaSrc || this.#child.given(this.data);
    this.awaitData(given);
    let result: ParseResult<QuestionData> | undefined;
    if (viaSrc) {
      if (state.status === 'loading') {
        this.#set('loading', undefined);
        this.reportIssues([]);
        return;
      }
      if (state !== this.#srcState) {
        this.#srcState = state;
        this.#srcResult =
          state.status === 'failed'
            ? { ok: false, errors: state.issues }
            : parseQuestionData(state.status === 'loaded' ? state.json : null);
      }
      result = this.#srcResult;
    } else if (given) {
      result = this.#child.parse(noProperty ? undefined : this.data, (raw) => parseQuestionData(raw));
    }
    if (result !== this.#result) {
      this.#result = result;
      if (!result) this.#set('idle', undefined);
      else if (!result.ok) this.#set('error', undefined);
      else this.#set(result.value.questions.length ? 'ready' : 'empty', result.value);
    }
    this.reportIssues(result ? (result.ok ? result.warnings : result.errors) : []);
  }

  #set(status: Status, data: QuestionData | undefined): void {
    this.#status = status;
    this.#data = data;
  }

  get #shown(): Question[] {
    return this.#ordered.slice(0, this.#limit);
  }

  get #text(): ListText {
    return { t: this.t, lang: this.resolvedLang, num: (n) => this.num(n), plural: (forms, n) => this.plural(forms, n) };
  }

  #onSort = (event: Event): void => {
    this.sort = parseQuestionSort((event.target as HTMLSelectElement).value);
  };

  #showMore = (): void => {
    if (this.#loadPending) return;
    const shown = this.#shown.length;
    const data = this.#data!;
    this.#limit = shown + this.#numbers.pageSize;
    this.#focusIndex = shown;
    if (shown >= this.#ordered.length && data.total > data.questions.length) {
      this.#loadPending = true;
      this.emit('trust-load-more', { loaded: data.questions.length, total: data.total } satisfies TrustLoadMoreDetail);
    }
    this.requestUpdate();
  };

  // --- The ask form ------------------------------------------------------------------------------------------------

  get #draftId(): string {
    return `trust-questions:${this.draftKey || this.id || location.pathname}`;
  }

  /** Every field's problem, in the page's language; `{}` when the question can be sent. */
  #check(): Partial<Record<Field, string>> {
    const { t } = this;
    const max = this.#numbers.questionMax;
    const question = this.question.trim();
    const errors: Partial<Record<Field, string>> = {};
    if (!question) errors.question = t.qaQuestionRequired;
    else if (length(question) > max) errors.question = this.plural(t.qaQuestionTooLong, max);
    if (!this.author.trim()) errors.author = t.qaNameRequired;
    return errors;
  }

  #submission(): QuestionSubmission {
    const subject = this.#data?.subject.name;
    return {
      question: this.question.trim(),
      author: this.author.trim(),
      ...(subject ? { subject } : {}),
      ...(this.name ? { name: this.name } : {}),
    };
  }

  /** @internal */
  formValue(): FormData | null {
    if (!this.question.trim() && !this.author.trim()) return null;
    const data = new FormData();
    const prefix = this.name ? `${this.name}-` : '';
    data.append(`${prefix}question`, this.question.trim());
    data.append(`${prefix}author`, this.author.trim());
    return data;
  }
  /** @internal */
  override formState(): string {
    return JSON.stringify({ question: this.question, author: this.author });
  }
  /** @internal */
  resetValue(): void {
    this.#clearDraft();
    this.#empty();
  }
  /** @internal */
  restoreValue(state: string): void {
    try {
      this.#restore(JSON.parse(state));
    } catch {
      // Not ours: nothing to restore.
    }
  }
  /** @internal */
  validate() {
    // A page form may be sent without a question; a question once started must be complete.
    const started = Boolean(this.question.trim() || this.author.trim());
    const errors = this.isDisabled || !started ? {} : this.#check();
    const first = FIELDS.find((f) => errors[f]);
    return {
      flags: { customError: Boolean(first) },
      message: first ? errors[first]! : '',
      anchor: first ? (this.#control(first) ?? undefined) : undefined,
    };
  }

  #restoreDraft(): void {
    const saved = readDraft(this.#draftId);
    if (isRecord(saved) && this.#restore(saved)) this.restored = this.open = true;
  }

  /** Puts back a saved question (a bad value is ignored: it is the visitor's data, not the author's). */
  #restore(saved: unknown): boolean {
    if (!isRecord(saved)) return false;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    this.question = text(saved.question);
    this.author = text(saved.author);
    return Boolean(this.question || this.author);
  }

  #clearDraft(): void {
    if (!this.noDraft) clearDraft(this.#draftId);
  }

  #empty(): void {
    this.question = this.author = '';
    this.errors = {};
    this.failed = this.restored = false;
    this.phase = 'editing';
  }

  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const field = input.dataset.field as Field;
    this[field] = input.value;
    if (this.errors[field]) this.errors = { ...this.errors, [field]: this.#check()[field] };
    this.failed = false;
    if (!this.noDraft) {
      if (this.question || this.author) writeDraft(this.#draftId, { question: this.question, author: this.author });
      else clearDraft(this.#draftId);
    }
    this.syncForm();
  };

  #control(field: Field): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${field}`);
  }

  #toggle = async (): Promise<void> => {
    this.open = !this.open;
    if (this.phase === 'sent') this.phase = 'editing';
    if (!this.open) return;
    await this.updateComplete;
    this.#control('question')?.focus();
  };

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.phase !== 'editing' || this.isDisabled) return;
    const errors = this.#check();
    const first = FIELDS.find((f) => errors[f]);
    this.errors = errors;
    if (first) {
      this.failed = false;
      await this.updateComplete;
      this.#control(first)?.focus();
      return;
    }
    const outcome = dispatchSubmit(this, this.#submission());
    if (outcome.cancelled) return;
    this.failed = false;
    if (outcome.reply) {
      this.phase = 'sending';
      if (!(await outcome.reply)) {
        this.phase = 'editing';
        this.failed = true;
        return;
      }
    }
    this.#clearDraft();
    this.question = this.author = '';
    this.restored = false;
    this.phase = 'sent';
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#ask-status')?.focus();
  };

  // --- Rendering ---------------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const { t } = this;
    return html`<section part="base" class="base" aria-label=${t.qaLabel}>
      ${this.#status === 'ready' ? this.#renderQuestions() : this.#renderState()} ${this.#renderAsk()}
    </section>`;
  }

  #renderState(): TemplateResult | typeof nothing {
    const { t } = this;
    switch (this.#status) {
      case 'loading':
        return html`<p part="status" class="data-state" role="status">${t.qaLoading}</p>`;
      case 'error':
        return html`<p part="status" class="data-state unavailable" role="status">
          ${t.qaUnavailable}
          ${
            this.#source.state.status === 'failed' && (this.data === undefined || this.data === null)
              ? html`<button part="retry" class="retry" type="button" @click=${() => this.retry()}>${t.reviewsRetry}</button>`
              : nothing
          }
        </p>`;
      case 'empty':
        return html`<p part="status" class="data-state">${t.qaEmpty}</p>`;
      default:
        return this.renderWaiting();
    }
  }

  #renderQuestions(): TemplateResult {
    const { t } = this;
    const data = this.#data!;
    const shown = this.#shown;
    const total = data.total;
    const text = this.#text;
    const more = shown.length < this.#ordered.length || total > data.questions.length;
    return html`<div part="controls" class="controls">
        <label class="control"
          ><span>${t.listSortLabel}</span>
          <select part="sort" @change=${this.#onSort}>
            ${QUESTION_SORTS.map((s) => html`<option value=${s} ?selected=${s === this.#sort}>${t[SORT_LABELS[s]]}</option>`)}
          </select></label
        >
      </div>
      <p part="showing" class="showing" role="status">${this.#showing(shown.length, total)}</p>
      ${data.dropped ? html`<p part="dropped" class="dropped">${this.plural(t.qaDropped, data.dropped)}</p>` : nothing}
      <ul part="list" class="list" aria-label=${t.qaListLabel}>
        ${repeat(
          shown,
          (q) => q,
          (q, i) => this.#renderQuestion(text, q, i),
        )}
      </ul>
      ${
        more
          ? html`<div class="more">
            <button part="show-more" type="button" aria-disabled=${this.#loadPending ? 'true' : 'false'} @click=${this.#showMore}>
              ${this.#loadPending ? t.qaLoadingMore : t.qaShowMore}
            </button>
          </div>`
          : nothing
      }`;
  }

  /** "Showing 5 of 23 questions", chosen by the total. */
  #showing(shown: number, total: number): string {
    return selectPlural(this.resolvedLang, total, this.t.qaShowing)(this.num(shown), this.num(total));
  }

  #renderQuestion(text: ListText, q: Question, index: number): TemplateResult {
    const { t } = this;
    const id = `q${index}`;
    const answers = orderAnswers(q.answers);
    return html`<li part="question" class="question" data-index=${index}>
      <article tabindex="-1" aria-labelledby="${id}-text">
        <div
          part="question-text"
          class="question-text"
          role="heading"
          aria-level=${this.#numbers.headingLevel}
          id="${id}-text"
          lang=${ifDefined(q.lang)}
          dir="auto"
        >
          ${q.body}
        </div>
        ${
          q.author || q.date
            ? html`<p part="meta" class="meta">
              ${q.author ? html`<span dir="auto">${t.qaAskedBy(isolate(q.author, t.$dir))}</span>` : nothing}${
                q.date ? this.#renderDate(q.date) : nothing
              }
            </p>`
            : nothing
        }
        ${
          answers.length
            ? html`<ul part="answers" class="answers" aria-label=${this.plural(t.qaAnswerCount, answers.length)}>
              ${answers.map((a, j) => this.#renderAnswer(text, q, a, `${id}-a${j}`))}
            </ul>`
            : html`<p part="unanswered" class="unanswered">${icon(ICON_INFO)}<span>${t.qaUnanswered}</span></p>`
        }
      </article>
    </li>`;
  }

  #renderAnswer(text: ListText, q: Question, a: Answer, id: string): TemplateResult {
    const { t } = this;
    const store = a.role === 'store';
    const label = store ? t.qaFromStore(isolate(a.author, t.$dir)) : a.role === 'owner' ? t.qaVerifiedOwner : t.qaCustomer;
    return html`<li part="answer" class=${classMap({ answer: true, store })}>
      <p part="answer-label" class="answer-label">
        <span class="label ${a.role}">${icon(a.role === 'customer' ? ICON_INFO : ICON_CHECK)}<span dir="auto">${label}</span></span>
        ${store ? nothing : html`<span class="author" dir="auto">${a.author}</span>`}${a.date ? this.#renderDate(a.date) : nothing}
      </p>
      <p part="answer-body" class="answer-body" lang=${ifDefined(a.lang)} dir="auto">${a.body}</p>
      ${this.#votes.render(text, { id: JSON.stringify([q.id, a.id]), helpful: a.helpful }, id, t.qaHelpfulQuestion, t.qaHelpfulCount)}
    </li>`;
  }

  #renderDate(date: Date): TemplateResult {
    const lang = this.resolvedLang;
    return html`<time datetime=${date.toISOString()}>${this.t.listDate(formatDate(lang, date), formatRelativeTime(lang, date))}</time>`;
  }

  #renderAsk(): TemplateResult {
    const { t } = this;
    const inForm = Boolean(this.form);
    const open = inForm || this.open;
    const sent = this.phase === 'sent';
    const status = sent ? t.qaThanks : this.phase === 'sending' ? t.qaSending : '';
    return html`<div class="ask">
      ${
        inForm
          ? nothing
          : html`<button
            part="ask"
            class="ask-button"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="ask-form"
            @click=${this.#toggle}
          >
            ${icon(ICON_CHEVRON)}<span>${t.qaAsk}</span>
          </button>`
      }
      ${open ? this.#renderForm(inForm) : nothing}
      <div
        part="status"
        id="ask-status"
        class=${classMap({ status: true, sent })}
        role="status"
        tabindex=${ifDefined(sent ? '-1' : undefined)}
      >
        ${status || nothing}
      </div>
      <div part="alert" class="alert" role="alert">${this.failed ? t.qaSendFailed : nothing}</div>
    </div>`;
  }

  #renderForm(inForm: boolean): TemplateResult {
    const { t, errors } = this;
    const disabled = this.isDisabled;
    const sending = this.phase === 'sending';
    const error = (field: Field) =>
      errors[field] ? html`<p part="error" id="${field}-error" class="error">${errors[field]}</p>` : nothing;
    const aria = (field: Field, hint?: string) => ({
      invalid: errors[field] ? ('true' as const) : ('false' as const),
      described: [hint, errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined,
      message: errors[field] ? `${field}-error` : undefined,
    });
    const q = aria('question');
    const a = aria('author', 'author-hint');
    return html`<form part="form" id="ask-form" class="form" novalidate aria-label=${t.qaAsk} @submit=${this.#onSubmit}>
      ${
        this.restored
          ? html`<p part="draft" class="draft">
            ${t.qaDraftRestored}
            <button type="button" class="secondary" ?disabled=${disabled || sending} @click=${() => this.discardDraft()}>
              ${t.qaDiscardDraft}
            </button>
          </p>`
          : nothing
      }
      <div part="field" class="field">
        <label part="label" for="question">${t.qaQuestionLabel}</label>
        <textarea
          part="textarea"
          id="question"
          data-field="question"
          rows="3"
          dir="auto"
          .value=${this.question}
          ?disabled=${disabled}
          ?readonly=${sending}
          aria-required="true"
          aria-invalid=${q.invalid}
          aria-describedby=${ifDefined(q.described)}
          aria-errormessage=${ifDefined(q.message)}
          @input=${this.#onInput}
        ></textarea>
        ${error('question')}
      </div>
      <div part="field" class="field">
        <label part="label" for="author">${t.qaNameLabel}</label>
        <p part="hint" id="author-hint" class="hint">${t.qaNameHint}</p>
        <input
          part="input"
          id="author"
          data-field="author"
          type="text"
          dir="auto"
          autocomplete="nickname"
          .value=${this.author}
          ?disabled=${disabled}
          ?readonly=${sending}
          aria-required="true"
          aria-invalid=${a.invalid}
          aria-describedby=${ifDefined(a.described)}
          aria-errormessage=${ifDefined(a.message)}
          @input=${this.#onInput}
        />
        ${error('author')}
      </div>
      ${
        inForm
          ? nothing
          : html`<div class="actions">
            <button
              part="submit"
              class="submit"
              type="submit"
              ?disabled=${disabled}
              aria-disabled=${ifDefined(sending ? 'true' : undefined)}
            >
              ${t.qaSubmit}
            </button>
          </div>`
      }
    </form>`;
  }
}
