/** Makes the pt-BR translation available to every trust-signals element. */
import { registerTranslation } from '@trust-signals/core';
import ptBR from '@trust-signals/core/locales/pt-BR.js';

registerTranslation(ptBR);

export default ptBR;
