/** Makes the da translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import da from '@trust-signals/core/locales/da.js';

registerTranslation(da);

export default da;
