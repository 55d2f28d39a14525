/** Makes the it translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import it from '@trust-signals/core/locales/it.js';

registerTranslation(it);

export default it;
