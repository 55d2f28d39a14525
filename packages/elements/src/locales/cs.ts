/** Makes the cs translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import cs from '@trust-signals/core/locales/cs.js';

registerTranslation(cs);

export default cs;
