/** Makes the zh-Hans translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import zhHans from '@trust-signals/core/locales/zh-Hans.js';

registerTranslation(zhHans);

export default zhHans;
