/** Makes the uk translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import uk from '@trust-signals/core/locales/uk.js';

registerTranslation(uk);

export default uk;
