/** Makes the ru translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import ru from '@trust-signals/core/locales/ru.js';

registerTranslation(ru);

export default ru;
