/** Makes the fa translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import fa from '@trust-signals/core/locales/fa.js';

registerTranslation(fa);

export default fa;
