// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-review-list.js';

const el = document.createElement('trust-review-list');
el.addEventListener('trust-filter', (e) => void (e.detail.stars satisfies number | null));
el.addEventListener('trust-vote', (e) => {
  const { reviewId, vote, helpful } = e.detail;
  void [reviewId satisfies string, vote satisfies 'helpful' | 'not-helpful', helpful satisfies number];
});
el.addEventListener('trust-load-more', (e) => void [e.detail.loaded satisfies number, e.detail.total satisfies number]);
el.addEventListener('trust-data', (e) => void (e.detail.data.reviews satisfies readonly unknown[]));
el.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
