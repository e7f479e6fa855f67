export { credentialKinds } from './credential-shapes.ts';
export { findCredentials, type CredentialFinding } from './find-credentials.ts';
export { isSecretPlaceholder } from './secret-placeholder.ts';
export { redactSecret } from './secret-value.ts';
export { shortText } from './short-text.ts';
export { shownText, type ShownTextOptions } from './shown-text.ts';
