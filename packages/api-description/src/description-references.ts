/**
 * The `$ref`s of a description, resolved on demand: only the objects the index reads are looked
 * up, so a large description costs little more than parsing it.
 */

/** The documents of a description: the entry and the files its `$ref`s name, by their location. */
export type DescriptionDocuments = ReadonlyMap<string, unknown>;

/** Where a `$ref` points: the document's location and the JSON pointer inside it. */
export interface ReferenceTarget {
  /** The document's location (the entry's own for a `#…` reference). */
  location: string;
  /** The JSON pointer, without its leading `#` (`''` for the whole document). */
  pointer: string;
}

/** A value read from a description, with the location of the document it came from. */
export interface LocatedValue {
  /** The value; `undefined` when a reference could not be followed. */
  value: unknown;
  /** The location of the document the value is in. */
  location: string;
}

/**
 * The location of a relative reference against the document it is written in (`./a/b.yaml` in
 * `specs/main.yaml` is `specs/a/b.yaml`). Locations are `/`-separated; `..` and `.` are resolved.
 *
 * @param from The location of the referring document.
 * @param relative The reference's file part.
 * @returns The location.
 */
export function joinLocation(from: string, relative: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(relative) || relative.startsWith('/')) return relative;
  const parts = from.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * Where a `$ref` points.
 *
 * @param reference The `$ref` value (`#/components/responses/NotFound`, `./errors.yaml#/NotFound`).
 * @param from The location of the document it is written in.
 * @returns Its target.
 */
export function referenceTarget(reference: string, from: string): ReferenceTarget {
  const hash = reference.indexOf('#');
  const file = hash === -1 ? reference : reference.slice(0, hash);
  const pointer = hash === -1 ? '' : reference.slice(hash + 1);
  return { location: file === '' ? from : joinLocation(from, decodeURI(file)), pointer };
}

/** The value at a JSON pointer (`/components/responses/Not~1Found`), or `undefined`. */
function atPointer(document: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '/') return document;
  let value = document;
  for (const raw of pointer.replace(/^\//, '').split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The values pointers lead to, by `location#pointer`, for each set of documents. */
const resolvedTargets = new WeakMap<DescriptionDocuments, Map<string, unknown>>();

/**
 * Follows a value's `$ref`s (a chain of at most 32) to the value they name.
 *
 * @param value The value as written.
 * @param location The location of the document it is in.
 * @param documents The description's documents.
 * @param missing Locations of documents a reference named that are not loaded (added to).
 * @returns The value named, with the location of its document; `value` is `undefined` when a
 *   reference leads nowhere or in a circle.
 */
export function followReferences(value: unknown, location: string, documents: DescriptionDocuments, missing: Set<string>): LocatedValue {
  let targets = resolvedTargets.get(documents);
  if (!targets) {
    targets = new Map();
    resolvedTargets.set(documents, targets);
  }
  let current: LocatedValue = { value, location };
  for (let hop = 0; hop < 32; hop++) {
    const reference = current.value !== null && typeof current.value === 'object' ? (current.value as { $ref?: unknown }).$ref : undefined;
    if (typeof reference !== 'string') return current;
    const target = referenceTarget(reference, current.location);
    if (!documents.has(target.location)) {
      missing.add(target.location);
      return { value: undefined, location: target.location };
    }
    // Many operations name the same response: each pointer is walked once per set of documents.
    const key = `${target.location}#${target.pointer}`;
    let named = targets.get(key);
    if (named === undefined && !targets.has(key)) {
      named = atPointer(documents.get(target.location), target.pointer);
      targets.set(key, named);
    }
    current = { value: named, location: target.location };
  }
  return { value: undefined, location: current.location };
}
