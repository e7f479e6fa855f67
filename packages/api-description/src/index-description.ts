import type { ApiFormat, ApiIndex, ApiOperation, ApiServer, ApiStatus, ApiWebhook } from './api-index.ts';
import type { DescriptionResult } from './description-problem.ts';
import { followReferences, type DescriptionDocuments } from './description-references.ts';
import { deprecationReplacements } from './deprecation-replacements.ts';
import { oneLine } from './one-line.ts';
import { securityScheme } from './security-schemes.ts';

/** The HTTP methods a path item may hold operations for, in the order OpenAPI lists them. */
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;

/** What indexing found: the index, or why there is none, and the documents it still needs. */
export interface IndexOutcome {
  /** The index, or why the description cannot be indexed. */
  result: DescriptionResult<ApiIndex>;
  /**
   * Locations of documents a `$ref` named that are not among the documents given. A caller that
   * can read them (Node) adds them and indexes again; the objects they hold are missing until then.
   */
  missing: string[];
}

type Json = Record<string, unknown>;

/** Whether a value is a plain object. */
function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The format a document declares, or `undefined`. */
function formatOf(document: Json): ApiFormat | undefined {
  const swagger = String(document.swagger ?? '');
  const openapi = String(document.openapi ?? '');
  if (/^2(?:\.0)?$/.test(swagger)) return 'swagger-2.0';
  // `openapi: 3.0` unquoted in YAML is the number 3.
  if (/^3(?:$|\.0(?:\.|$))/.test(openapi)) return 'openapi-3.0';
  if (/^3\.[1-9](?:\.|$)/.test(openapi)) return 'openapi-3.1';
  return undefined;
}

/**
 * Builds the index of an API description: its operations with their statuses, deprecation and
 * security, its security schemes, servers and webhooks. `$ref`s are followed only where the index
 * reads through them (path items, responses), within the documents given.
 *
 * @param documents The description's documents by location; the entry's first.
 * @param entry The location of the entry document (default: the first of `documents`).
 * @returns The index or why there is none, and the documents a `$ref` named that were not given.
 */
export function indexDescription(documents: DescriptionDocuments, entry: string = documents.keys().next().value ?? ''): IndexOutcome {
  const missing = new Set<string>();
  const root = documents.get(entry);
  const done = (result: DescriptionResult<ApiIndex>): IndexOutcome => ({ result, missing: [...missing] });
  if (!isObject(root)) return done({ ok: false, problem: { message: 'Unexpected document that is not an object, expected an OpenAPI or Swagger description' } });
  const format = formatOf(root);
  if (!format) {
    const written = root.openapi ?? root.swagger;
    const said = written === undefined ? 'document without `openapi` or `swagger`' : `\`${root.openapi === undefined ? 'swagger' : 'openapi'}: ${oneLine(String(written), 20)}\``;
    return done({ ok: false, problem: { message: `Unexpected ${said}, expected an OpenAPI 3.0 or 3.1 or Swagger 2.0 description`, line: 1, column: 1 } });
  }
  const resolve = (value: unknown, location: string) => followReferences(value, location, documents, missing);
  const info = isObject(root.info) ? root.info : {};
  const rootSecurity = Array.isArray(root.security) ? root.security : [];

  const operations: ApiOperation[] = [];
  const paths = isObject(root.paths) ? root.paths : {};
  for (const [path, written] of Object.entries(paths)) {
    if (!path.startsWith('/')) continue;
    const item = resolve(written, entry);
    if (!isObject(item.value)) continue;
    for (const method of methods) {
      const operation = item.value[method];
      if (!isObject(operation)) continue;
      operations.push(readOperation(method, path, operation, item.location, rootSecurity, resolve));
    }
  }
  for (const [operation, replacement] of deprecationReplacements(operations, (index) => descriptionOf(paths, operations[index]!))) operation.replacement = replacement;

  const schemes = format === 'swagger-2.0' ? root.securityDefinitions : isObject(root.components) ? root.components.securitySchemes : undefined;
  const securitySchemes = Object.entries(isObject(schemes) ? schemes : {}).flatMap(([name, scheme]) => securityScheme(name, resolve(scheme, entry).value) ?? []);

  return done({
    ok: true,
    value: { format, title: oneLine(info.title), version: oneLine(info.version, 40), operations, securitySchemes, servers: serversOf(root, format), webhooks: webhooksOf(root, entry, resolve) },
  });
}

/** One operation's entry in the index. */
function readOperation(method: string, path: string, operation: Json, location: string, rootSecurity: unknown[], resolve: (value: unknown, location: string) => { value: unknown; location: string }): ApiOperation {
  const statuses: ApiStatus[] = [];
  const responses = resolve(operation.responses, location);
  if (isObject(responses.value)) {
    for (const [code, response] of Object.entries(responses.value)) {
      if (!/^(?:[1-5](?:\d\d|XX)|default)$/i.test(code)) continue;
      const resolved = resolve(response, responses.location).value;
      statuses.push({ code: code.toUpperCase() === 'DEFAULT' ? 'default' : code.toUpperCase(), description: oneLine(isObject(resolved) ? resolved.description : undefined) });
    }
  }
  const requirements = Array.isArray(operation.security) ? operation.security : rootSecurity;
  const security = [...new Set(requirements.flatMap((requirement) => (isObject(requirement) ? Object.keys(requirement) : [])))];
  return {
    method: method.toUpperCase(),
    path,
    ...(typeof operation.operationId === 'string' && operation.operationId !== '' ? { operationId: operation.operationId } : {}),
    summary: oneLine(operation.summary) || oneLine(operation.description),
    deprecated: operation.deprecated === true,
    statuses,
    security,
  };
}

/** The description text of an operation, where a deprecated one names its replacement. */
function descriptionOf(paths: Json, operation: ApiOperation): string {
  const item = paths[operation.path];
  const written = isObject(item) ? item[operation.method.toLowerCase()] : undefined;
  if (!isObject(written)) return '';
  return [written.summary, written.description, written['x-deprecated-reason']].filter((text) => typeof text === 'string').join('\n');
}

/** The servers the description lists. */
function serversOf(root: Json, format: ApiFormat): ApiServer[] {
  if (format === 'swagger-2.0') {
    if (typeof root.host !== 'string' || root.host === '') return [];
    const schemes = Array.isArray(root.schemes) && root.schemes.length > 0 ? root.schemes.filter((scheme) => typeof scheme === 'string') : ['https'];
    const basePath = typeof root.basePath === 'string' ? root.basePath : '';
    return [{ url: `${schemes.includes('https') ? 'https' : schemes[0]}://${root.host}${basePath}`, description: '' }];
  }
  if (!Array.isArray(root.servers)) return [];
  return root.servers.flatMap((server) => (isObject(server) && typeof server.url === 'string' ? [{ url: oneLine(server.url, 300), description: oneLine(server.description) }] : []));
}

/** The webhooks of an OpenAPI 3.1 description (or a 3.0 one's `x-webhooks`), or `null`. */
function webhooksOf(root: Json, entry: string, resolve: (value: unknown, location: string) => { value: unknown; location: string }): ApiWebhook[] | null {
  const webhooks = isObject(root.webhooks) ? root.webhooks : isObject(root['x-webhooks']) ? root['x-webhooks'] : undefined;
  if (!webhooks) return null;
  const listed = Object.entries(webhooks).map(([name, written]) => {
    const item = resolve(written, entry).value;
    const operation = isObject(item) ? methods.map((method) => item[method]).find(isObject) : undefined;
    return { name, summary: operation ? oneLine(operation.summary) || oneLine(operation.description) : '' };
  });
  return listed.length > 0 ? listed : null;
}
