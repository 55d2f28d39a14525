/**
 * Review topics: what a page says its reviews talk about ("Battery": battery, charge), and how many reviews mention
 * each, counted word by word (Intl.Segmenter, so Japanese and Thai, written without spaces, are matched on word
 * boundaries too) and split by the reviews' own ratings. A count anyone can check by reading the reviews, never a
 * generated summary. Also: the words reviews use most, as suggestions for a merchant defining topics (never shown
 * to shoppers by an element).
 */
import { joinPath, type ParseResult } from './errors.js';
import { Collector, isRecord, parseList, parseRecord, parseText } from './fields.js';
import { normalizeForSearch } from './review-search.js';
import type { Review } from './reviews.js';

/** Text per language: BCP 47 tags as keys (`en`, `de`, `pt-BR`), or `*` for every language. */
export type Localized<T> = Readonly<Record<string, T>>;

/** One topic as a page defines it. */
export interface Topic {
  /** Stable id: the definition's own, or its English (or first) name. */
  readonly id: string;
  /** What the chip says, per language. */
  readonly name: Localized<string>;
  /** Words and phrases that mention the topic, per language (whole words; case and accents do not matter). */
  readonly terms: Localized<readonly string[]>;
}

/** How many reviews mention a topic, of them how many are positive (4–5 of 5 stars) and critical (1–2). */
export interface TopicCount {
  readonly topic: Topic;
  /** The reviews that mention it. */
  readonly reviews: ReadonlySet<Review>;
  readonly positive: number;
  readonly critical: number;
}

export const MAX_TOPICS = 50;
export const MAX_TERMS = 100;

/** `value` as a language map: an object of `T` per tag, or one value for every language (`*`). */
function parseLocalized<T>(raw: unknown, path: string, item: (value: unknown, path: string) => ParseResult<T>): ParseResult<Localized<T>> {
  if (!isRecord(raw)) {
    const one = item(raw, path);
    return one.ok ? { ...one, value: { '*': one.value } } : one;
  }
  const c = new Collector();
  const map: Record<string, T> = {};
  for (const [tag, value] of Object.entries(raw)) {
    if (tag !== '*' && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag))
      c.error(joinPath(path, tag), 'is not a language tag like "en" or "pt-BR"');
    const parsed = c.take(item(value, joinPath(path, tag)));
    if (parsed !== undefined) map[tag] = parsed;
  }
  if (!Object.keys(map).length && !c.errors.length) c.error(path, 'names no language');
  return c.done(() => map);
}

const parseName = (raw: unknown, path: string) => parseText(raw, path, { max: 100 }) as ParseResult<string>;

function parseTerms(raw: unknown, path: string): ParseResult<readonly string[]> {
  const c = new Collector();
  const list = c.take(parseList(raw, path, parseName, { max: MAX_TERMS }));
  const terms = list?.items.map((t) => t.trim()).filter(Boolean) ?? [];
  if (list && !terms.length) c.error(path, 'has no term');
  return c.done(() => terms);
}

/**
 * Reads topic definitions: `[{ id?, name: { en: "Battery", de: "Akku" }, terms: { en: ["battery", "charge"],
 * de: ["Akku", "Ladung"] } }]`. A name or a term list may also be given once for every language (`"name":
 * "Wi-Fi"`, `"terms": ["wifi"]`). Issues carry their field path (`topics[1].terms.de[0]`); a topic that cannot be
 * read is left out with a warning. At most 50 topics of 100 terms each.
 */
export function parseTopics(raw: unknown, path = 'topics'): ParseResult<readonly Topic[]> {
  const seen = new Set<string>();
  const topic = (value: unknown, at: string): ParseResult<Topic> => {
    const c = new Collector();
    const r = c.take(parseRecord(value, at));
    if (!r) return c.done(() => undefined as never);
    const name = c.take(parseLocalized(r.name, joinPath(at, 'name'), parseName));
    const terms = c.take(parseLocalized(r.terms, joinPath(at, 'terms'), parseTerms));
    const ownId = c.take(parseText(r.id, joinPath(at, 'id'), { optional: true, max: 100 }));
    const id = ownId ?? (name && localized(name, 'en'));
    if (id !== undefined && seen.has(id)) c.error(at, `repeats the topic "${id}"`);
    if (id !== undefined) seen.add(id);
    return c.done(() => ({ id: id!, name: name!, terms: terms! }));
  };
  const list = parseList(raw, path, topic, { max: MAX_TOPICS });
  return list.ok ? { ...list, value: list.value.items } : list;
}

/**
 * The value of `map` for `lang`: its exact tag, then shorter prefixes (`de-CH` → `de`), then `*`, then English,
 * then the first one given.
 */
export function localized<T>(map: Localized<T>, lang: string): T | undefined {
  const keys = Object.keys(map);
  const find = (tag: string) => keys.find((k) => k.toLowerCase() === tag.toLowerCase());
  for (let tag = lang; tag; tag = tag.replace(/-?[^-]*$/, '')) {
    const key = find(tag);
    if (key) return map[key];
  }
  const key = find('*') ?? find('en') ?? keys[0];
  return key === undefined ? undefined : map[key];
}

const segmenters = new Map<string, Intl.Segmenter>();
const segmenter = (lang: string): Intl.Segmenter => {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      s = new Intl.Segmenter(undefined, { granularity: 'word' }); // an invalid tag
    }
    segmenters.set(lang, s);
  }
  return s;
};

/** Scripts written without spaces between words: only Intl.Segmenter (its dictionaries) finds their words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A word in a script with spaces, as Unicode's word rules (UAX #29) find it: "don't", "2,5" and "foo_bar" are one. */
const SPACED_WORD = /[\p{L}\p{N}\p{M}_]+(?:(?:['’.·]|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{N}\p{M}_]+)*/gu;

/**
 * The words of `text`, each normalised as search normalises: Intl.Segmenter's word-like segments, so Japanese,
 * Chinese and Thai are cut at word boundaries. Text in scripts with spaces takes a shortcut with the same result
 * (Unicode's word rules as a regular expression, about 20 times faster on 10,000 reviews).
 */
export function wordsOf(text: string, lang: string): string[] {
  if (!UNSPACED.test(text)) return normalizeForSearch(text, lang).match(SPACED_WORD) ?? [];
  const words: string[] = [];
  for (const s of segmenter(lang).segment(text)) if (s.isWordLike) words.push(normalizeForSearch(s.segment, lang));
  return words;
}

/** A separator no word contains: a text's words are kept as `\u0001one\u0001two\u0001`, so a term is a substring. */
const SEP = '\u0001';
const keyOf = (words: readonly string[]) => (words.length ? SEP + words.join(SEP) + SEP : '');

/** Words of each review's title and body, per language, kept while the review is. */
const reviewKeys = new Map<string, WeakMap<Review, string>>();
function reviewKey(review: Review, lang: string): string {
  let cache = reviewKeys.get(lang);
  if (!cache) reviewKeys.set(lang, (cache = new WeakMap()));
  let key = cache.get(review);
  if (key === undefined) cache.set(review, (key = keyOf(wordsOf(`${review.title ?? ''}\n${review.body}`, review.lang ?? lang))));
  return key;
}

/** A term's words, per language (terms are few, reviews many: each term is segmented once). */
const termKeys = new Map<string, string>();
function termKey(term: string, lang: string): string {
  const id = `${lang}\u0000${term}`;
  let key = termKeys.get(id);
  if (key === undefined) termKeys.set(id, (key = keyOf(wordsOf(term, lang))));
  return key;
}

/** Whether the review mentions one of `terms` (whole words, in order for a phrase; case and accents ignored). */
export function mentions(review: Review, terms: readonly string[], lang: string): boolean {
  const key = reviewKey(review, lang);
  return terms.some((term) => {
    const words = termKey(term, review.lang ?? lang);
    return words !== '' && key.includes(words);
  });
}

/** A review's stars on a 5-star scale, rounded (a 7 of 10 is a 4). */
const fiveStarLevel = (r: Review) => Math.round(1 + ((r.rating - r.worst) / (r.best - r.worst)) * 4);

/**
 * How many of `reviews` mention each topic, and how many of those are positive (4–5 of 5 stars) and critical
 * (1–2). A review is matched with the topic's terms in the page's language (`lang`) and, when the review says its
 * own language, in that one too, so a German review on an English page counts under "Akku".
 */
export function countTopics(reviews: readonly Review[], topics: readonly Topic[], lang: string): TopicCount[] {
  return topics.map((topic) => {
    const own = localized(topic.terms, lang) ?? [];
    const termsFor = new Map<string | undefined, readonly string[]>();
    const matched = new Set<Review>();
    let positive = 0;
    let critical = 0;
    for (const review of reviews) {
      let terms = termsFor.get(review.lang);
      if (!terms) {
        const theirs = review.lang ? (localized(topic.terms, review.lang) ?? []) : [];
        termsFor.set(review.lang, (terms = theirs === own ? own : [...own, ...theirs]));
      }
      if (!mentions(review, terms, lang)) continue;
      matched.add(review);
      const level = fiveStarLevel(review);
      if (level >= 4) positive++;
      else if (level <= 2) critical++;
    }
    return { topic, reviews: matched, positive, critical };
  });
}

/**
 * Words too common to be a topic, per language (the primary subtag). Languages without a list still drop numbers
 * and one-letter words.
 */
const STOP_WORDS: Record<string, string> = {
  en:
    'a about after all also am an and any are as at be been before but by can could did do does for from get got had has have he her ' +
    'him his how i if in into is it its just like me more most my no not now of on one only or our out over same she so some such ' +
    'than that the their them then there these they this those to too up us very was we were what when which who will with would ' +
    'you your really much well even still back use used using bought buy product',
  de:
    'aber alle als am an auch auf aus bei bin bis bisher da damit dann das dass dem den der des die dies diese dieser doch du ein eine ' +
    'einem einen einer es etwas für gut hab habe haben hat ich ihr im in ist ja jetzt kann kein keine man mehr mein meine mit nach ' +
    'nicht noch nur oder schon sehr sich sie sind so über um und uns von vor war was wie wir wird zu zum zur gekauft produkt',
  fr:
    'a au aux avec ce ces cette c dans de des du elle en est et il ils j je la le les leur lui ma mais me mes mon ne nous on ou par ' +
    'pas plus pour qu que qui sa se ses son sont sur ta te très tu un une vous y été être avoir bien fait produit',
  es:
    'a al algo con como de del el ella en es esta este está fue ha hay la las le lo los me mi muy más no nos o para pero por que se ' +
    'si sin su sus también te tiene todo tu un una uno y ya producto',
  it: 'a al alla anche che con da del della di e è gli ha ho il in la le lo ma mi molto non per più si sono su un una uno prodotto',
  nl: 'aan als bij dat de die dit een en er het ik in is je maar met niet nog of om op te van voor was wel zeer zijn product',
  pt: 'a ao as com como da de do dos e é em foi há mais mas me meu muito na não no o os para por que se sem seu um uma produto',
  ja: 'こと これ それ あれ この その ため もの よう です ます でした ました とても 本当 購入 商品 使用',
};
const stopWords = new Map<string, ReadonlySet<string>>();
const stopWordsFor = (lang: string): ReadonlySet<string> => {
  const primary = lang.split('-')[0]!.toLowerCase();
  let set = stopWords.get(primary);
  if (!set) stopWords.set(primary, (set = new Set((STOP_WORDS[primary] ?? '').split(' ').map((w) => normalizeForSearch(w, lang)))));
  return set;
};

/** A suggested term: a word and how many reviews use it. */
export interface TermSuggestion {
  readonly term: string;
  readonly reviews: number;
}

/**
 * The words most reviews use (each review counted once per word; at least `minReviews`), without the language's
 * stop words, numbers and one-letter words (two-letter ones too in Latin, Greek and Cyrillic script): suggestions
 * for a merchant choosing topics. An element never shows them to shoppers.
 */
export function suggestTerms(reviews: readonly Review[], lang: string, { limit = 20, minReviews = 2 } = {}): TermSuggestion[] {
  const stop = stopWordsFor(lang);
  const counts = new Map<string, number>();
  for (const review of reviews) {
    const words = new Set(reviewKey(review, lang).split(SEP));
    for (const word of words) {
      if (!word || stop.has(word) || /^\p{N}+$/u.test(word)) continue;
      const spaced = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(word);
      if ([...word].length < (spaced ? 3 : 2)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n >= minReviews)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([term, n]) => ({ term, reviews: n }));
}
