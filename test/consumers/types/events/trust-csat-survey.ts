// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-csat-survey.js';

const el = document.createElement('trust-csat-survey');
el.addEventListener('trust-submit', (e) => {
  const { rating, label, followUp } = e.detail;
  void [rating satisfies number, label satisfies string, followUp satisfies string];
  e.detail.respondWith(Promise.resolve());
});
document.addEventListener('trust-submit', (e) => void (e.detail.label satisfies string));
el.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
el.addEventListener('input', (e) => void (e satisfies Event));
el.addEventListener('change', (e) => void (e satisfies Event));
