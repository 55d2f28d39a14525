/** Makes the ar translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import ar from '@trust-signals/core/locales/ar.js';

registerTranslation(ar);

export default ar;
