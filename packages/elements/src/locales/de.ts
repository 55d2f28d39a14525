/** Makes the de translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import de from '@trust-signals/core/locales/de.js';

registerTranslation(de);

export default de;
