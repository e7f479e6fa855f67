import { operationLabel } from '@specmark/api-description';
import type { OperationMatches, OperationRow } from '../worker/description-protocol.ts';

/** An operation ready to be searched: its row, how a spec writes it, and the text searched. */
export interface SearchableOperation {
  /** The operation. */
  row: OperationRow;
  /** `METHOD /path`, as `api.operations` writes it; unique in a description. */
  label: string;
  /** Method, path, summary and operation id, lower case. */
  text: string;
  /** Its place in the description's list of operations, from 0. */
  position: number;
}

/**
 * Prepare a description's operations for searching, once per description (in the description
 * worker, which keeps them: the page receives only the matches it lists).
 *
 * @param rows The operations.
 * @returns Each with its label and the text searched.
 */
export function searchableOperations(rows: readonly OperationRow[]): SearchableOperation[] {
  return rows.map((row, position) => {
    const label = operationLabel(row);
    return { row, label, text: `${label} ${row.summary} ${row.operationId ?? ''}`.toLowerCase(), position };
  });
}

/**
 * Find operations as the person types: every word of the query (in any case, in any order) must
 * appear in the operation's method, path, summary or operation id.
 *
 * @param operations The searchable operations.
 * @param query What the person typed; blank matches every operation.
 * @param limit How many matches to return (the total is counted beyond it).
 * @returns The first matches and their number.
 */
export function searchOperations(operations: readonly SearchableOperation[], query: string, limit: number): OperationMatches {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
  const shown: OperationMatches['shown'] = [];
  let total = 0;
  for (const { row, label, text, position } of operations) {
    if (!words.every((word) => text.includes(word))) continue;
    total++;
    if (shown.length < limit) shown.push({ row, label, position });
  }
  return { shown, total };
}
