/**
 * @trust-signals/issuer: tooling for certifiers who issue trust-signals badges (Node ≥ 20). The same functions
 * back the `trust-signals-issuer` CLI; verification is `verifyCredential` of `@trust-signals/core/badge`, the
 * code `<trust-badge>` runs in the browser.
 */
export {
  IssuerError,
  createStatusListCredential,
  generateIssuerKey,
  privateKeyAlgorithm,
  signCredential,
  signJws,
  type BadgeJwsType,
  type IssuerKeyPair,
  type PrivateJWK,
  type StatusListInput,
} from './issuer.js';
export { USAGE, nodeIo, runCli, type CliIo } from './cli.js';
