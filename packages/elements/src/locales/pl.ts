/** Makes the pl translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import pl from '@trust-signals/core/locales/pl.js';

registerTranslation(pl);

export default pl;
