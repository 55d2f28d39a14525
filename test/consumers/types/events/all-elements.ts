// Every element loaded at once: several elements fire `trust-submit`, each with its own detail. A listener on the
// element still reads that element's detail; a listener on an ancestor gets the union and must narrow.
import 'trust-signals/all.js';
import type { TrustSubmitDetail } from 'trust-signals';

document.createElement('trust-review-form').addEventListener('trust-submit', (e) => void (e.detail.author satisfies string));
document.createElement('trust-nps-survey').addEventListener('trust-submit', (e) => void (e.detail.score satisfies number));
document.createElement('trust-csat-survey').addEventListener('trust-submit', (e) => void (e.detail.label satisfies string));
document.createElement('trust-questions').addEventListener('trust-submit', (e) => void (e.detail.question satisfies string));
document.addEventListener('trust-submit', (e) => {
  // @ts-expect-error -- on an ancestor the detail may be a survey answer: narrow first
  void e.detail.author;
  if ('body' in e.detail) void (e.detail.author satisfies string);
  else if ('score' in e.detail) void (e.detail.band satisfies string);
  else if ('question' in e.detail) void (e.detail.author satisfies string);
  else void (e.detail.label satisfies string);
  void (e.detail satisfies TrustSubmitDetail);
});
