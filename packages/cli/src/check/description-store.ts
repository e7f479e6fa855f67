import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiIndex } from '@specmark/api-description';
import type { DescriptionIndexStore } from '@specmark/api-description/node';
import { writeFileAtomically } from '../files/write-file-atomically.ts';

/** The folder of the cache folder that holds the indexes of API descriptions. */
export const descriptionIndexFolder = 'api-descriptions';

/** Whether a value is text. */
const isText = (value: unknown): value is string => typeof value === 'string';

/** Whether every item of a value (an array) passes a check. */
const everyItem = (value: unknown, check: (item: Record<string, unknown>) => boolean): boolean =>
  Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && check(item as Record<string, unknown>));

/**
 * Whether a value read from the cache is an index as the rules read it; anything else is a miss.
 *
 * @param value Parsed JSON.
 * @returns Whether it is an `ApiIndex`.
 */
export function isApiIndex(value: unknown): value is ApiIndex {
  if (typeof value !== 'object' || value === null) return false;
  const index = value as Record<string, unknown>;
  return (
    ['swagger-2.0', 'openapi-3.0', 'openapi-3.1'].includes(index.format as string) &&
    isText(index.title) &&
    isText(index.version) &&
    everyItem(
      index.operations,
      (operation) =>
        isText(operation.method) &&
        isText(operation.path) &&
        (operation.operationId === undefined || isText(operation.operationId)) &&
        isText(operation.summary) &&
        typeof operation.deprecated === 'boolean' &&
        (operation.replacement === undefined || isText(operation.replacement)) &&
        everyItem(operation.statuses, (status) => isText(status.code) && isText(status.description)) &&
        Array.isArray(operation.security) &&
        operation.security.every(isText),
    ) &&
    everyItem(index.securitySchemes, (scheme) => isText(scheme.name) && isText(scheme.method) && isText(scheme.detail)) &&
    everyItem(index.servers, (server) => isText(server.url) && isText(server.description)) &&
    (index.webhooks === null || everyItem(index.webhooks, (webhook) => isText(webhook.name) && isText(webhook.summary)))
  );
}

/**
 * A store of API description indexes in the check cache's folder: one JSON file per description,
 * named by the content hash of the description and the version of the code that indexed it
 * (`api-descriptions/<version>-<hash>.json`), written atomically. A file that is missing, unreadable
 * or of the wrong shape is a miss; a file that cannot be written is left out (the check still runs).
 *
 * @param folder The cache folder.
 * @param version What the index depends on besides the description's bytes (the indexing code's version).
 * @returns The store.
 */
export function descriptionIndexStore(folder: string, version: string): DescriptionIndexStore {
  const fileOf = (hash: string): string => join(folder, descriptionIndexFolder, `${version.replace(/[^\w.-]/g, '_')}-${hash}.json`);
  return {
    async get(hash) {
      try {
        const value: unknown = JSON.parse(await readFile(fileOf(hash), 'utf8'));
        return isApiIndex(value) ? value : undefined;
      } catch {
        return undefined;
      }
    },
    async set(hash, index) {
      try {
        await mkdir(join(folder, descriptionIndexFolder), { recursive: true });
        await writeFileAtomically(fileOf(hash), JSON.stringify(index));
      } catch {
        // The index is kept in this process; the next run reads the description again.
      }
    },
  };
}
