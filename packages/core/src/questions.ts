/**
 * Product questions and answers: the data model of `<trust-questions>`, its parser (field-path errors, like the
 * review parser) and the orders a reader can choose. Who answered is part of every answer and always shown: the
 * store, a verified owner of the product, or another customer.
 */
import { describeValue, joinPath, parseNumber, type ParseResult } from './errors.js';
import { Collector, parseChoice, parseDate, parseList, parseRecord, parseText } from './fields.js';

/** Who gave an answer: the store itself, a customer the store checked owns the product, or another customer. */
export const ANSWER_ROLES = ['store', 'owner', 'customer'] as const;
export type AnswerRole = (typeof ANSWER_ROLES)[number];

/** The orders a reader can choose. `newest` is the default; `unanswered` puts open questions first. */
export const QUESTION_SORTS = ['newest', 'helpful', 'unanswered'] as const;
export type QuestionSort = (typeof QUESTION_SORTS)[number];

/** Most answers one question may carry, and most questions in one data set. */
export const MAX_ANSWERS = 500;
export const MAX_QUESTIONS = 100_000;

export interface Answer {
  /** Stable id within its question (for votes): the data's own, or the answer's position. */
  readonly id: string;
  readonly body: string;
  /** Who answered: the store's name for a store answer ("Answer from <author>"), else the person's display name. */
  readonly author: string;
  readonly role: AnswerRole;
  readonly date: Date | undefined;
  /** People who found it helpful. */
  readonly helpful: number;
  /** BCP 47 language of the text, when known. */
  readonly lang: string | undefined;
}

export interface Question {
  /** Stable id (for votes and links): the data's own, or the question's position. */
  readonly id: string;
  readonly body: string;
  /** Who asked; `undefined` when the data gives no name. */
  readonly author: string | undefined;
  readonly date: Date | undefined;
  /** Empty when nobody has answered yet: the element says so. */
  readonly answers: readonly Answer[];
  readonly lang: string | undefined;
}

/** Everything `<trust-questions>` shows. */
export interface QuestionData {
  /** What the questions are about. */
  readonly subject: { readonly name: string | undefined };
  readonly questions: readonly Question[];
  /** Questions there are in all (at least the loaded ones): more than loaded lets the reader ask for more. */
  readonly total: number;
  /** Questions in the data that could not be read (each reported); the element discloses them. */
  readonly dropped: number;
}

/** The id of an item: its own (text or a number), else its position in the list (the last index of `path`). */
function idOf(c: Collector, raw: unknown, path: string): string | undefined {
  const own = typeof raw === 'string' || typeof raw === 'number' ? raw : undefined;
  if (raw !== undefined && own === undefined)
    c.warn(joinPath(path, 'id'), `must be text or a number, got ${describeValue(raw)}; the position is used`);
  if (own === undefined) return path.replace(/^.*\[(\d+)\]$/, '$1') || '0';
  return c.take(parseText(String(own), joinPath(path, 'id'), { max: 200 }));
}

/** Reads one answer: `{ id?, body, author, role: 'store' | 'owner' | 'customer', date?, helpful? = 0, lang? }`. */
export function parseAnswer(raw: unknown, path: string): ParseResult<Answer> {
  const c = new Collector();
  const r = c.take(parseRecord(raw, path));
  if (!r) return c.done(() => undefined as never);
  const at = (key: string) => joinPath(path, key);
  const id = idOf(c, r.id, path);
  const body = c.take(parseText(r.body, at('body')));
  const author = c.take(parseText(r.author, at('author'), { max: 200 }));
  const role = c.take(parseChoice(r.role, at('role'), ANSWER_ROLES));
  const date = c.take(parseDate(r.date, at('date'), { optional: true }));
  const helpful = c.take(parseNumber(r.helpful, at('helpful'), { min: 0, integer: true, optional: true })) ?? 0;
  const lang = c.take(parseText(r.lang, at('lang'), { optional: true, max: 35 }));
  return c.done(() => ({ id: id!, body: body!, author: author!, role: role!, date, helpful, lang }));
}

/**
 * Reads one question: `{ id?, body, author?, date?, answers?: [answer…], lang? }`. An answer that cannot be read
 * makes the question unreadable (it is left out and reported): a question never loses an answer silently.
 */
export function parseQuestion(raw: unknown, path: string): ParseResult<Question> {
  const c = new Collector();
  const r = c.take(parseRecord(raw, path));
  if (!r) return c.done(() => undefined as never);
  const at = (key: string) => joinPath(path, key);
  const id = idOf(c, r.id, path);
  const body = c.take(parseText(r.body, at('body'), { max: 4000 }));
  const author = c.take(parseText(r.author, at('author'), { optional: true, max: 200 }));
  const date = c.take(parseDate(r.date, at('date'), { optional: true }));
  const listed = parseList(r.answers, at('answers'), parseAnswer, { optional: true, max: MAX_ANSWERS });
  // An answer that cannot be read fails its question: its issues stay errors, each at its own field path.
  if (listed.ok && listed.value.dropped) for (const w of listed.warnings) c.error(w.path, w.message.replace(/ \(item left out\)$/, ''));
  const answers = listed.ok && listed.value.dropped ? undefined : c.take(listed);
  const lang = c.take(parseText(r.lang, at('lang'), { optional: true, max: 35 }));
  return c.done(() => ({ id: id!, body: body!, author, date, answers: answers?.items ?? [], lang }));
}

/**
 * Reads the data of `<trust-questions>`: `{ subject?: { name? }, total?, questions?: [question…] }` (also a bare
 * list of questions). Unreadable questions are left out, reported, and counted in `dropped`. A `total` below the
 * number of questions given is raised to it (there cannot be fewer questions than the data holds).
 */
export function parseQuestionData(raw: unknown, path = ''): ParseResult<QuestionData> {
  if (Array.isArray(raw)) raw = { questions: raw };
  const c = new Collector();
  const r = c.take(parseRecord(raw, path || '(root)'));
  if (!r) return c.done(() => undefined as never);
  const at = (key: string) => joinPath(path, key);
  const subject = r.subject === undefined || r.subject === null ? {} : (c.take(parseRecord(r.subject, at('subject'))) ?? {});
  const name = c.take(parseText(subject.name, joinPath(at('subject'), 'name'), { optional: true, max: 500 }));
  const total = c.take(parseNumber(r.total, at('total'), { min: 0, integer: true, optional: true }));
  const questions = c.take(parseList(r.questions, at('questions'), parseQuestion, { optional: true, max: MAX_QUESTIONS }));
  if (questions?.dropped) c.warn(at('questions'), `${questions.dropped} question(s) could not be read and are not shown`);
  const items = questions?.items ?? [];
  return c.done(() => ({
    subject: { name },
    questions: items,
    total: Math.max(total ?? 0, items.length),
    dropped: questions?.dropped ?? 0,
  }));
}

/** A sort name, or `newest` for anything else (an unknown attribute value never hides or promotes questions). */
export const parseQuestionSort = (value: unknown): QuestionSort =>
  QUESTION_SORTS.includes(value as QuestionSort) ? (value as QuestionSort) : 'newest';

/** The most helpful votes any answer of a question got (0 when unanswered). */
export const mostHelpful = (q: Question): number => q.answers.reduce((max, a) => Math.max(max, a.helpful), 0);

/** Newest first; questions without a date after all dated ones. */
function byNewest(a: Question, b: Question): number {
  const x = a.date?.getTime();
  const y = b.date?.getTime();
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return y - x;
}

/**
 * The questions in the chosen order: `newest` first; `helpful`: by the most helpful answer; `unanswered`: questions
 * nobody answered first. Ties are broken by the newest first; stable, and a new array.
 */
export function orderQuestions(questions: readonly Question[], sort: QuestionSort): Question[] {
  const compare: (a: Question, b: Question) => number =
    sort === 'helpful'
      ? (a, b) => mostHelpful(b) - mostHelpful(a) || byNewest(a, b)
      : sort === 'unanswered'
        ? (a, b) => Number(a.answers.length > 0) - Number(b.answers.length > 0) || byNewest(a, b)
        : byNewest;
  return [...questions].sort(compare);
}

/**
 * Answers in the order they are shown: the store's first (the seller's word is marked and easy to find), then
 * by helpful votes, then the newest. A new array.
 */
export function orderAnswers(answers: readonly Answer[]): Answer[] {
  const rank = (a: Answer) => (a.role === 'store' ? 0 : 1);
  const time = (a: Answer) => a.date?.getTime() ?? -Infinity;
  return [...answers].sort((a, b) => rank(a) - rank(b) || b.helpful - a.helpful || time(b) - time(a) || 0);
}
