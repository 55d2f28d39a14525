/** Makes the tr translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import tr from '@trust-signals/core/locales/tr.js';

registerTranslation(tr);

export default tr;
