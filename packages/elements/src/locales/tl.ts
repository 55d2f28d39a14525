/** Makes the tl translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import tl from '@trust-signals/core/locales/tl.js';

registerTranslation(tl);

export default tl;
