/** Makes the id translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import id from '@trust-signals/core/locales/id.js';

registerTranslation(id);

export default id;
