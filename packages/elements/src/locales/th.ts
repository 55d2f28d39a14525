/** Makes the th translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import th from '@trust-signals/core/locales/th.js';

registerTranslation(th);

export default th;
