import { distance } from 'fastest-levenshtein';
import type { ApiIndex, ApiOperation } from './api-index.ts';
import { operationLabel, pathShape } from './operation-label.ts';

/** An entry of `api.operations`, found in the description or not. */
export type FoundOperation =
  | { found: true; operation: ApiOperation }
  | {
      found: false;
      /** The description's operations nearest to what is written, nearest first (at most `limit`), as they would be written. */
      nearest: string[];
    };

/** `METHOD /path`, as a spec writes an operation. */
const methodAndPath = /^([A-Za-z]+)\s+(\S+)$/;

/**
 * Finds an entry of a spec's `api.operations` in a description's index: `METHOD /path` (the
 * method in any case, parameter names and a trailing slash aside) or an operation id.
 *
 * @param index The description's index.
 * @param written The entry as the spec writes it.
 * @param limit How many of the nearest operations to suggest when none matches (default: `3`).
 * @returns The operation, or the nearest ones.
 */
export function findOperation(index: ApiIndex, written: string, limit = 3): FoundOperation {
  const entry = written.trim();
  const parts = methodAndPath.exec(entry);
  if (parts) {
    const method = parts[1]!.toUpperCase();
    const path = parts[2]!;
    const exact = index.operations.find((operation) => operation.method === method && operation.path === path);
    const shape = pathShape(path);
    const operation = exact ?? index.operations.find((candidate) => candidate.method === method && pathShape(candidate.path) === shape);
    if (operation) return { found: true, operation };
  } else {
    const operation = index.operations.find((candidate) => candidate.operationId === entry);
    if (operation) return { found: true, operation };
  }
  const asWritten = (operation: ApiOperation): string => (parts || !operation.operationId ? operationLabel(operation) : operation.operationId);
  const scored = index.operations.map((operation) => {
    const label = asWritten(operation);
    return { label, score: distance(parts ? `${parts[1]!.toUpperCase()} ${parts[2]}` : entry, label) };
  });
  scored.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label));
  return { found: false, nearest: [...new Set(scored.map(({ label }) => label))].slice(0, limit) };
}
