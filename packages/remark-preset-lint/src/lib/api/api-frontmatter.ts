import type { SpecDocument } from '@specmark/template';
import type { Position } from 'unist';
import { frontmatterRange } from '../spec/frontmatter-range.ts';

/** An entry of the spec's `api.operations`, with its place. */
export interface WrittenOperation {
  /** The entry as written (`POST /refunds`, `refunds/create`). */
  written: string;
  /** Where it is in the spec. */
  place: Position;
}

/** The spec's `api` frontmatter key, with the places of its values. */
export interface ApiFrontmatter {
  /** `api.description` as written. */
  description: string;
  /** Where `api.description`'s value is. */
  descriptionPlace: Position;
  /** The `api.operations` entries that are strings, in order. */
  operations: WrittenOperation[];
}

/**
 * The spec's `api` key as the rules that check it against the provider's description read it:
 * only a string `description` and the string entries of `operations` (`frontmatter-schema`
 * reports values of other shapes).
 *
 * @param document The spec.
 * @returns The key, or `undefined` when the spec has no usable `api.description` or its
 *   frontmatter has no places.
 */
export function apiFrontmatter(document: SpecDocument): ApiFrontmatter | undefined {
  const api = document.frontmatter.data?.api;
  if (typeof api !== 'object' || api === null || Array.isArray(api)) return undefined;
  const { description, operations } = api as { description?: unknown; operations?: unknown };
  if (typeof description !== 'string' || description.trim() === '') return undefined;
  const descriptionPlace = frontmatterRange(document, ['api', 'description']);
  if (!descriptionPlace) return undefined;
  const written = Array.isArray(operations) ? operations : [];
  return {
    description,
    descriptionPlace,
    operations: written.flatMap((entry, index) => {
      const place = typeof entry === 'string' ? frontmatterRange(document, ['api', 'operations', index]) : undefined;
      return typeof entry === 'string' && place ? [{ written: entry, place }] : [];
    }),
  };
}
