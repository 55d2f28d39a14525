// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-rating-summary.js';

const el = document.createElement('trust-rating-summary');
el.addEventListener('trust-data', (e) => void (e.detail.data.reviews satisfies readonly unknown[]));
el.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
