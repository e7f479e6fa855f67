import type { ApiOperation } from './api-index.ts';
import { trimTrailing } from './trim-trailing.ts';

/**
 * How an operation is written in a spec's `api.operations`: `METHOD /path`.
 *
 * @param operation The operation.
 * @returns `POST /repos/{owner}/{repo}/deployments`.
 */
export function operationLabel(operation: Pick<ApiOperation, 'method' | 'path'>): string {
  return `${operation.method} ${operation.path}`;
}

/**
 * A path template with its parameters' names left out and no trailing slash, so that
 * `/repos/{org}/{name}/` and `/repos/{owner}/{repo}` compare alike.
 *
 * @param path The path template.
 * @returns The path's shape.
 */
export function pathShape(path: string): string {
  const shape = path.replace(/\{[^{}/]*\}/g, '{}');
  return shape.length > 1 ? trimTrailing(shape, '/') : shape;
}
