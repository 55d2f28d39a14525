/** Makes the es translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import es from '@trust-signals/core/locales/es.js';

registerTranslation(es);

export default es;
