/** Makes the nl translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import nl from '@trust-signals/core/locales/nl.js';

registerTranslation(nl);

export default nl;
