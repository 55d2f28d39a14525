/** Makes the sv translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import sv from '@trust-signals/core/locales/sv.js';

registerTranslation(sv);

export default sv;
