/** Makes the ja translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import ja from '@trust-signals/core/locales/ja.js';

registerTranslation(ja);

export default ja;
