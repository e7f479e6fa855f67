/**
 * The index of a provider's API description: what Specmark checks a spec against and starts a
 * spec from. It is plain data (JSON-serialisable), built once per description and cached by the
 * description's content hash.
 */

/** The description's format. */
export type ApiFormat = 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1';

/** A response status an operation documents. */
export interface ApiStatus {
  /** The status as written in the description: `404`, `4XX`, or `default`. */
  code: string;
  /** The response's description, one line (`''` when it gives none). */
  description: string;
}

/** One operation of the description. */
export interface ApiOperation {
  /** The HTTP method, upper case (`POST`). */
  method: string;
  /** The path template as written in the description (`/repos/{owner}/{repo}/deployments`). */
  path: string;
  /** The operation's id, when the description gives one. */
  operationId?: string;
  /** Its summary, one line (`''` when it gives none). */
  summary: string;
  /** Whether the description marks it deprecated. */
  deprecated: boolean;
  /**
   * The operation the description names as the replacement of a deprecated one, as
   * `METHOD /path` (absent when it names none it also documents).
   */
  replacement?: string;
  /** The statuses it documents, in the description's order. */
  statuses: ApiStatus[];
  /** The names of the security schemes it takes (any one of them); `[]` when it needs none. */
  security: string[];
}

/** How an authentication scheme the description declares works. */
export interface ApiSecurityScheme {
  /** The scheme's name in the description (`bearerAuth`). */
  name: string;
  /**
   * What it is, in the frontmatter's `auth` vocabulary: `oauth2`, `api-key`, `bearer`, `basic`,
   * `mtls` (`openIdConnect` is `oauth2`; an `http` scheme other than bearer or basic is `hmac`).
   */
  method: 'oauth2' | 'api-key' | 'bearer' | 'basic' | 'mtls' | 'hmac';
  /** One line describing it (`HTTP bearer`, `API key in header Authorization`). */
  detail: string;
}

/** A server the description lists. */
export interface ApiServer {
  /** Its URL as written (variables left in braces). */
  url: string;
  /** Its description, one line (`''` when it gives none). */
  description: string;
}

/** A webhook the description documents (OpenAPI 3.1 `webhooks`). */
export interface ApiWebhook {
  /** The webhook's name: its key under `webhooks` (often the event name). */
  name: string;
  /** Its summary, one line. */
  summary: string;
}

/** The index of one API description. */
export interface ApiIndex {
  /** The description's format. */
  format: ApiFormat;
  /** `info.title` (`''` when absent). */
  title: string;
  /** `info.version` (`''` when absent). */
  version: string;
  /** Every operation, in the description's order. */
  operations: ApiOperation[];
  /** The security schemes it declares. */
  securitySchemes: ApiSecurityScheme[];
  /** The servers it lists (Swagger 2.0's `host`, `basePath` and `schemes` make one). */
  servers: ApiServer[];
  /** Its webhooks; `null` when the format has no `webhooks` (before OpenAPI 3.1) or it lists none. */
  webhooks: ApiWebhook[] | null;
}
