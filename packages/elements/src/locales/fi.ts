/** Makes the fi translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import fi from '@trust-signals/core/locales/fi.js';

registerTranslation(fi);

export default fi;
