// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-questions>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

/** Questions and answers in the library's format: one answered by the store and an owner, one not answered yet. */
export const QUESTION_DATA = {
  subject: { name: 'Winter coat' },
  total: 2,
  questions: [
    {
      id: 'q1',
      body: 'Does it fit over a thick jumper?',
      author: 'Ana',
      date: '2026-01-10',
      lang: 'en',
      answers: [
        { id: 'a1', body: 'Yes: it is cut one size larger.', author: 'Example Shop', role: 'store', date: '2026-01-11', helpful: 3 },
        { id: 'a2', body: 'It does, even with a hoodie.', author: 'Ben', role: 'owner', date: '2026-01-12', helpful: 1, lang: 'en' },
      ],
    },
    { id: 'q2', body: 'Is the hood removable?', author: 'Chris', date: '2026-01-20' },
  ],
};

export const feeds: Feed[] = [
  {
    attributes: { sort: 'newest', 'page-size': '5', 'heading-level': '3', 'question-max': '500', 'no-draft': '' },
    properties: { data: QUESTION_DATA },
  },
  { attributes: { 'no-draft': '' }, child: { type: 'application/json', value: QUESTION_DATA } },
];
