import { describe, expect, it } from 'vitest';
import type { DataIssue, ParseResult } from './errors.js';
import {
  mostHelpful,
  orderAnswers,
  orderQuestions,
  parseAnswer,
  parseQuestion,
  parseQuestionData,
  parseQuestionSort,
  type Answer,
  type Question,
} from './questions.js';

const paths = (result: ParseResult<unknown>): string[] => (result.ok ? result.warnings : result.errors).map((i: DataIssue) => i.path);

const storeAnswer = { id: 'a1', body: 'Yes, it is.', author: 'Example Shop', role: 'store', date: '2026-01-11', helpful: 2 };

const question = (id: string, date: string | undefined, answers: Partial<Answer>[] = []): Question => ({
  id,
  body: `Question ${id}`,
  author: undefined,
  date: date ? new Date(date) : undefined,
  answers: answers.map((a, i) => ({
    id: String(i),
    body: 'b',
    author: 'a',
    role: 'customer',
    date: undefined,
    helpful: 0,
    lang: undefined,
    ...a,
  })),
  lang: undefined,
});

describe('parseAnswer', () => {
  it('reads an answer with who gave it', () => {
    const result = parseAnswer(storeAnswer, 'questions[0].answers[0]');
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        id: 'a1',
        body: 'Yes, it is.',
        author: 'Example Shop',
        role: 'store',
        date: new Date('2026-01-11'),
        helpful: 2,
        lang: undefined,
      },
    });
  });

  it('requires body, author and a known role, and names each field by its path', () => {
    const result = parseAnswer({ body: '', role: 'seller', helpful: -1 }, 'questions[2].answers[1]');
    expect(result.ok).toBe(false);
    expect(paths(result).sort()).toEqual([
      'questions[2].answers[1].author',
      'questions[2].answers[1].body',
      'questions[2].answers[1].helpful',
      'questions[2].answers[1].role',
    ]);
    expect(result.ok ? [] : result.errors.find((e) => e.path.endsWith('role'))!.message).toContain('store, owner, customer');
  });

  it('uses the position as id when there is none, and warns about an id that is neither text nor a number', () => {
    expect(parseAnswer({ ...storeAnswer, id: undefined }, 'q[0].answers[3]')).toMatchObject({ ok: true, value: { id: '3' } });
    const odd = parseAnswer({ ...storeAnswer, id: { x: 1 } }, 'q[0].answers[4]');
    expect(odd).toMatchObject({ ok: true, value: { id: '4' } });
    expect(paths(odd)).toEqual(['q[0].answers[4].id']);
  });
});

describe('parseQuestion', () => {
  it('reads a question without answers as unanswered', () => {
    const result = parseQuestion({ id: 7, body: ' Is it warm? ', date: '2026-01-02' }, 'questions[0]');
    expect(result).toMatchObject({ ok: true, value: { id: '7', body: 'Is it warm?', author: undefined, answers: [] } });
  });

  it('fails as a whole when an answer cannot be read, with the answer’s field path', () => {
    const result = parseQuestion({ body: 'Q?', answers: [storeAnswer, { body: 'x', author: 'y', role: 'guest' }] }, 'questions[5]');
    expect(result.ok).toBe(false);
    expect(paths(result)).toEqual(['questions[5].answers[1].role']);
  });

  it('rejects a question over 4000 characters and answers that are not a list', () => {
    expect(paths(parseQuestion({ body: 'x'.repeat(4001) }, 'questions[0]'))).toEqual(['questions[0].body']);
    expect(paths(parseQuestion({ body: 'Q?', answers: 'yes' }, 'questions[0]'))).toEqual(['questions[0].answers']);
  });
});

describe('parseQuestionData', () => {
  it('reads the full format and a bare list', () => {
    const full = parseQuestionData({ subject: { name: 'Coat' }, total: 9, questions: [{ body: 'Q?', answers: [storeAnswer] }] });
    expect(full).toMatchObject({ ok: true, warnings: [], value: { subject: { name: 'Coat' }, total: 9, dropped: 0 } });
    const bare = parseQuestionData([{ body: 'Q?' }, { body: 'R?' }]);
    expect(bare).toMatchObject({ ok: true, value: { total: 2, dropped: 0 } });
    expect(bare.ok && bare.value.questions.map((q) => q.id)).toEqual(['0', '1']);
  });

  it('never says there are fewer questions than it holds', () => {
    expect(parseQuestionData({ total: 1, questions: [{ body: 'a' }, { body: 'b' }] })).toMatchObject({ ok: true, value: { total: 2 } });
    expect(parseQuestionData({})).toMatchObject({ ok: true, value: { total: 0, questions: [] } });
  });

  it('leaves out unreadable questions, counts them, and reports each with its path', () => {
    const result = parseQuestionData({ questions: [{ body: 'fine' }, { author: 'no body' }, 42] });
    expect(result).toMatchObject({ ok: true, value: { dropped: 2 } });
    expect(result.ok && result.value.questions).toHaveLength(1);
    expect(paths(result)).toEqual(['questions[1].body', 'questions[2]', 'questions']);
  });

  it('rejects a root, subject, total or list of the wrong kind, naming the field', () => {
    expect(paths(parseQuestionData('questions'))).toEqual(['(root)']);
    expect(paths(parseQuestionData({ subject: 'Coat' }))).toEqual(['subject']);
    expect(paths(parseQuestionData({ subject: { name: 3 } }))).toEqual(['subject.name']);
    expect(paths(parseQuestionData({ total: 2.5 }))).toEqual(['total']);
    expect(paths(parseQuestionData({ total: -1 }))).toEqual(['total']);
    expect(paths(parseQuestionData({ questions: {} }))).toEqual(['questions']);
    expect(parseQuestionData({ total: 'many' }).ok).toBe(false);
  });
});

describe('ordering', () => {
  const a = question('a', '2026-01-01', [{ helpful: 1 }]);
  const b = question('b', '2026-03-01');
  const c = question('c', '2026-02-01', [{ helpful: 9 }, { helpful: 3 }]);
  const d = question('d', undefined);

  it('sorts newest first with undated questions last (the default, also for an unknown sort)', () => {
    expect(orderQuestions([a, b, c, d], 'newest').map((q) => q.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(parseQuestionSort('highest')).toBe('newest');
    expect(parseQuestionSort('unanswered')).toBe('unanswered');
  });

  it('sorts by the most helpful answer, then newest', () => {
    expect(mostHelpful(c)).toBe(9);
    expect(orderQuestions([a, b, c, d], 'helpful').map((q) => q.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('puts unanswered questions first, then newest', () => {
    expect(orderQuestions([a, b, c, d], 'unanswered').map((q) => q.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('shows the store’s answers first, then the most helpful, and returns new arrays', () => {
    const answers = question('x', undefined, [
      { id: 'owner', role: 'owner', helpful: 5 },
      { id: 'store', role: 'store', helpful: 0 },
      { id: 'customer', role: 'customer', helpful: 7 },
    ]).answers;
    expect(orderAnswers(answers).map((x) => x.id)).toEqual(['store', 'customer', 'owner']);
    expect(orderAnswers(answers)).not.toBe(answers);
  });
});
