// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-questions.js';

const el = document.createElement('trust-questions');
el.addEventListener('trust-submit', (e) => {
  const { question, author, subject } = e.detail;
  void [question satisfies string, author satisfies string, subject satisfies string | undefined];
  e.detail.respondWith(Promise.resolve());
});
el.addEventListener('trust-answer-vote', (e) => {
  const { questionId, answerId, vote, helpful } = e.detail;
  void [questionId satisfies string, answerId satisfies string, vote satisfies 'helpful' | 'not-helpful', helpful satisfies number];
});
el.addEventListener('trust-load-more', (e) => void (e.detail.total satisfies number));
// On an ancestor too, when the page loads only this element.
document.addEventListener('trust-submit', (e) => void (e.detail.question satisfies string));
el.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
