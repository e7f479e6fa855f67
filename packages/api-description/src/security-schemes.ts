import type { ApiSecurityScheme } from './api-index.ts';
import { oneLine } from './one-line.ts';

/** A security scheme object's fields that say what it is. */
interface SchemeObject {
  type?: unknown;
  scheme?: unknown;
  in?: unknown;
  name?: unknown;
  bearerFormat?: unknown;
}

/**
 * What a security scheme of the description is, in the frontmatter's `auth` vocabulary.
 *
 * @param name The scheme's name in the description.
 * @param scheme The scheme object (Swagger 2.0 or OpenAPI 3.x).
 * @returns The scheme, or `undefined` for a type the vocabulary has no word for.
 */
export function securityScheme(name: string, scheme: unknown): ApiSecurityScheme | undefined {
  if (scheme === null || typeof scheme !== 'object') return undefined;
  const { type, scheme: httpScheme, in: where, name: parameter, bearerFormat } = scheme as SchemeObject;
  const kind = typeof type === 'string' ? type.toLowerCase() : '';
  const http = typeof httpScheme === 'string' ? httpScheme.toLowerCase() : '';
  if (kind === 'apikey') return { name, method: 'api-key', detail: oneLine(`API key in ${typeof where === 'string' ? where : 'a request'}${typeof parameter === 'string' ? ` \`${parameter}\`` : ''}`) };
  if (kind === 'oauth2') return { name, method: 'oauth2', detail: 'OAuth 2.0' };
  if (kind === 'openidconnect') return { name, method: 'oauth2', detail: 'OpenID Connect' };
  if (kind === 'mutualtls') return { name, method: 'mtls', detail: 'mutual TLS' };
  if (kind === 'basic' || (kind === 'http' && http === 'basic')) return { name, method: 'basic', detail: 'HTTP basic' };
  if (kind === 'http' && http === 'bearer') return { name, method: 'bearer', detail: oneLine(`HTTP bearer${typeof bearerFormat === 'string' ? ` (${bearerFormat})` : ''}`) };
  if (kind === 'http' && /hmac|signature/.test(http)) return { name, method: 'hmac', detail: oneLine(`HTTP ${http}`) };
  return undefined;
}
