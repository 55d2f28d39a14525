/** Makes the fr translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import fr from '@trust-signals/core/locales/fr.js';

registerTranslation(fr);

export default fr;
