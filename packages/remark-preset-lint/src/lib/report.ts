import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** What a message may carry besides its text and place. */
export interface ReportExtra {
  /** Text an editor may put in place of the message's range (quick fixes). */
  expected?: string[];
  /** The offending text. */
  actual?: string;
  /** A related earlier place, as a message. */
  cause?: VFileMessage;
  /** A longer explanation. */
  note?: string;
}

/** Where a message goes: a node, a range or a point. */
export type Place = Node | Position | Point | undefined;

/**
 * Add a message at an exact place. Places without line information (generated nodes) get no
 * message: only what a person wrote is linted.
 *
 * @param file The file.
 * @param reason `Unexpected …, expected …`.
 * @param place Node, range or point.
 * @param extra Quick-fix values, cause and note (default: none).
 * @returns The message, or `undefined` when there was no place.
 */
export function report(file: VFile, reason: string, place: Place, extra: ReportExtra = {}): VFileMessage | undefined {
  const at = toPlace(place);
  if (!at) return undefined;
  const message = file.message(reason, extra.cause ? { place: at, cause: extra.cause } : { place: at });
  if (extra.expected) message.expected = extra.expected;
  if (extra.actual !== undefined) message.actual = extra.actual;
  if (extra.note !== undefined) message.note = extra.note;
  return message;
}

/** A position or point with line numbers, or `undefined`. */
export function toPlace(place: Place): Position | Point | undefined {
  if (!place) return undefined;
  if ('type' in place) return hasLine((place as Node).position?.start) && hasLine((place as Node).position?.end) ? (place as Node).position : undefined;
  if ('start' in place) return hasLine(place.start) && hasLine(place.end) ? place : undefined;
  return hasLine(place) ? place : undefined;
}

function hasLine(point: Point | undefined): boolean {
  return typeof point?.line === 'number' && point.line >= 1 && typeof point.column === 'number';
}
