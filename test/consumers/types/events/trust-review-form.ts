// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-review-form.js';

const el = document.createElement('trust-review-form');
el.addEventListener('trust-submit', (e) => {
  const { rating, title, body, author, email } = e.detail;
  void [rating satisfies number, title satisfies string, body satisfies string, author satisfies string, email satisfies string];
  e.detail.respondWith(Promise.resolve());
});
// On an ancestor too, when the page loads only this element.
document.addEventListener('trust-submit', (e) => void (e.detail.author satisfies string));
el.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
