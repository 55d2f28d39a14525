/** Makes the pt-PT translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import ptPT from '@trust-signals/core/locales/pt-PT.js';

registerTranslation(ptPT);

export default ptPT;
