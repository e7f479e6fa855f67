export type { ApiFormat, ApiIndex, ApiOperation, ApiSecurityScheme, ApiServer, ApiStatus, ApiWebhook } from './api-index.ts';
export type { DescriptionProblem, DescriptionResult } from './description-problem.ts';
export type { DescriptionDocuments } from './description-references.ts';
export { errorStatuses, type ErrorStatuses } from './error-statuses.ts';
export { findOperation, type FoundOperation } from './find-operation.ts';
export { indexDescription, type IndexOutcome } from './index-description.ts';
export { operationLabel, pathShape } from './operation-label.ts';
export { prefillAnswers, type PrefillSelection } from './prefill-answers.ts';
export { readDescriptionText } from './read-description-text.ts';
