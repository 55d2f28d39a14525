/**
 * @trust-signals/issuer: tooling for certifiers who issue trust-signals badges (Node ≥ 20). The same functions
 * back the `trust-signals-issuer` CLI; verification is `verifyCredential` of `@trust-signals/core/badge`, the
 * code `<trust-badge>` runs in the browser.
 */
export * from './issuer.js';
export { USAGE, nodeIo, runCli, type CliIo } from './cli.js';
