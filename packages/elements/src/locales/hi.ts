/** Makes the hi translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import hi from '@trust-signals/core/locales/hi.js';

registerTranslation(hi);

export default hi;
