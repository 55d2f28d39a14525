/** Makes the he translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import he from '@trust-signals/core/locales/he.js';

registerTranslation(he);

export default he;
