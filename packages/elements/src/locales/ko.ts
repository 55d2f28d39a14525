/** Makes the ko translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import ko from '@trust-signals/core/locales/ko.js';

registerTranslation(ko);

export default ko;
