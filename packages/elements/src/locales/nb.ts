/** Makes the nb translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import nb from '@trust-signals/core/locales/nb.js';

registerTranslation(nb);

export default nb;
