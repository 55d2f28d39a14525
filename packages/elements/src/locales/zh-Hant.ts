/** Makes the zh-Hant translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import zhHant from '@trust-signals/core/locales/zh-Hant.js';

registerTranslation(zhHant);

export default zhHant;
