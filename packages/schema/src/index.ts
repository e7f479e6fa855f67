export { authMethods, environments, rateLimitPeriods, specStatuses, statusAtLeast, type AuthMethod, type Environment, type RateLimitPeriod, type SpecStatus } from './allowed-values.ts';
export type { FrontmatterIssue, FrontmatterIssueCode, FrontmatterIssueData, IssuePlace, LocatedFrontmatterIssue, ShownIssueValue } from './frontmatter-issue.ts';
export { pendingRequirements, statusRequirements, type StatusRequirement } from './cross-field-rules.ts';
export { frontmatterIssueMessage, frontmatterIssueMessageData, frontmatterIssueMessages, type FrontmatterIssueMessageData, type FrontmatterIssueMessageId } from './frontmatter-issue-message.ts';
export { formatMessage, messagePlaceholders, type MessageData } from './message-template.ts';
export { frontmatterJsonSchema, type JsonSchema } from './frontmatter-json-schema.ts';
export { credentialKinds } from './credential-shapes.ts';
export { findCredentials, type CredentialFinding } from './find-credentials.ts';
export { isSecretPlaceholder } from './secret-placeholder.ts';
export { redactSecret } from './secret-value.ts';
export { shortText } from './short-text.ts';
export { shownText, type ShownTextOptions } from './shown-text.ts';
export { frontmatterValueSpan, type Span } from './locate-issue.ts';
export { parseFrontmatter, type ParseFrontmatterOptions, type ParseFrontmatterResult } from './parse-frontmatter.ts';
export {
  extendSpecFrontmatter,
  specFrontmatterSchema,
  type ExtendSpecFrontmatterOptions,
  type SpecFrontmatter,
  type SpecFrontmatterInput,
  type SpecFrontmatterSchema,
} from './spec-frontmatter-schema.ts';
export { validateFrontmatter, type ValidateFrontmatterOptions, type ValidateFrontmatterResult } from './validate-frontmatter.ts';
