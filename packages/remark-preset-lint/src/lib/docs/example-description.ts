import { indexDescription, operationLabel, readDescriptionText, type ApiIndex, type DescriptionResult } from '@specmark/api-description';

/** The provider API descriptions of a rule example: each reference as the spec writes it, and the description's text. */
export type ExampleDescriptions = Readonly<Record<string, string>>;

/**
 * The index of a description a rule example names, read from its text as a description beside
 * the spec would be read.
 *
 * @param descriptions The example's descriptions.
 * @param reference The spec's `api.description`.
 * @returns The index, or why it cannot be read.
 */
export function exampleDescriptionIndex(descriptions: ExampleDescriptions, reference: string): DescriptionResult<ApiIndex> {
  const text = Object.hasOwn(descriptions, reference) ? descriptions[reference] : undefined;
  if (text === undefined) return { ok: false, problem: { message: `Unexpected missing file \`${reference}\`, expected an OpenAPI or Swagger description there` } };
  const read = readDescriptionText(text);
  if (!read.ok) return read;
  return indexDescription(new Map([[reference, read.value]]), reference).result;
}

/** Format names as a sentence says them. */
const formatNames: Readonly<Record<ApiIndex['format'], string>> = { 'swagger-2.0': 'Swagger 2.0', 'openapi-3.0': 'OpenAPI 3.0', 'openapi-3.1': 'OpenAPI 3.1' };

/** `` `a`, `b` `` */
const quoted = (values: readonly string[]): string => values.map((value) => `\`${value}\``).join(', ');

/**
 * Markdown sentences that say what a rule example's description holds, as far as the rules
 * read it: its operations with their statuses and deprecation, its security schemes and webhooks.
 *
 * @param reference The reference the spec writes.
 * @param text The description's text.
 * @returns The sentences.
 */
export function exampleDescriptionSummary(reference: string, text: string): string {
  const result = exampleDescriptionIndex({ [reference]: text }, reference);
  if (!result.ok) return `\`${reference}\` holds text that is not a description: \`${text.replace(/\s+/g, ' ').trim().slice(0, 60)}\`.`;
  const index = result.value;
  const operations = index.operations.map((operation) => {
    const id = operation.operationId ? ` (\`${operation.operationId}\`)` : '';
    const deprecated = !operation.deprecated ? '' : operation.replacement ? ` and is deprecated, replaced by \`${operation.replacement}\`` : ' and is deprecated';
    return `\`${operationLabel(operation)}\`${id} documents ${quoted(operation.statuses.map((status) => status.code))}${deprecated}`;
  });
  const sentences = [`\`${reference}\` is an ${formatNames[index.format]} description${index.title ? ` of ${index.title}` : ''}: ${operations.join('; ')}.`];
  if (index.securitySchemes.length > 0) sentences.push(`Its security schemes: ${index.securitySchemes.map((scheme) => `\`${scheme.name}\` (${scheme.detail})`).join(', ')}.`);
  if (index.webhooks) sentences.push(`Its webhooks: ${quoted(index.webhooks.map((webhook) => webhook.name))}.`);
  return sentences.join(' ');
}
