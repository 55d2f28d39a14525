// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-rating-input.js';

const el = document.createElement('trust-rating-input');
el.addEventListener('trust-error', (e) => void (e.detail.issues satisfies readonly unknown[]));
// input and change are the native events: no detail, the value is on the element.
el.addEventListener('input', (e) => void (e satisfies Event));
el.addEventListener('change', () => void (el.value satisfies number | string | null | undefined));
