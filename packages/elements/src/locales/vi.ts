/** Makes the vi translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import vi from '@trust-signals/core/locales/vi.js';

registerTranslation(vi);

export default vi;
