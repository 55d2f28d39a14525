// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-testimonials.js';

const el = document.createElement('trust-testimonials');
el.addEventListener('trust-data', (e) => void (e.detail.data.reviews satisfies readonly unknown[]));
el.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
