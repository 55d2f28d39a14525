/** @trust-signals/core/badge: verification of badge credentials; see ../badge/index.ts. */
export * from '../badge/index.js';
