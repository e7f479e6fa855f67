import { repairPlace, repairText, type Repair, type SpecDocument } from '@specmark/template';
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { markAdvisory } from './apply-severity.ts';
import { identify, wordMessage, type MessageData, type RuleMessage } from './rule-messages.ts';

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
  /** `true` for a warning whatever the rule's severity (default: `false`). */
  advisory?: boolean;
}

/** Where a message goes: a node, a range or a point. */
export type Place = Node | Position | Point | undefined;

/**
 * Add one of the rule's messages at an exact place, worded from its data, carrying its id and
 * data (`messageId`, `data`). Places without line information (generated nodes) get no message:
 * only what a person wrote is linted.
 *
 * @param file The file.
 * @param declared The message, as the rule declares it (`Unexpected …, expected …`).
 * @param data The text of each of its placeholders.
 * @param place Node, range or point.
 * @param extra Quick-fix values, cause, note, advisory (default: none).
 * @returns The message, or `undefined` when there was no place.
 */
export function report<Text extends string>(file: VFile, declared: RuleMessage<Text>, data: MessageData<Text>, place: Place, extra: ReportExtra = {}): VFileMessage | undefined {
  const at = toPlace(place);
  if (!at) return undefined;
  const { reason, identity } = wordMessage(declared, data);
  const message = identify(file.message(reason, extra.cause ? { place: at, cause: extra.cause } : { place: at }), identity);
  if (extra.expected) message.expected = extra.expected;
  if (extra.actual !== undefined) message.actual = extra.actual;
  if (extra.note !== undefined) message.note = extra.note;
  if (extra.advisory) markAdvisory(message);
  return message;
}

/**
 * Report a problem that a repair of the plan fixes: the message sits where the repair edits (a
 * point for an insertion, the replaced range otherwise) and carries the repair's text as its one
 * quick fix, so that an editor's quick fix and `specmark fix` make the same edit.
 *
 * @param file The file.
 * @param document The spec.
 * @param declared The message, as the rule declares it.
 * @param data The text of each of its placeholders.
 * @param repair The repair.
 * @returns The message.
 */
export function reportRepair<Text extends string>(file: VFile, document: SpecDocument, declared: RuleMessage<Text>, data: MessageData<Text>, repair: Repair): VFileMessage | undefined {
  return report(file, declared, data, repairPlace(document, repair), { expected: [repairText(document, repair)] });
}

/**
 * A related earlier place, as the `cause` of a message: one of the rule's messages too, with its
 * id and data.
 *
 * @param ruleId The rule.
 * @param declared The message, as the rule declares it (`First \`{{title}}\` heading`).
 * @param data The text of each of its placeholders.
 * @param place Where the related place is; without one there is no cause.
 * @returns The message, or `undefined` without a place.
 */
export function causeMessage<Text extends string>(ruleId: string, declared: RuleMessage<Text>, data: MessageData<Text>, place: Position | undefined): VFileMessage | undefined {
  if (!place) return undefined;
  const { reason, identity } = wordMessage(declared, data);
  return identify(new VFileMessage(reason, { place, ruleId, source: 'specmark' }), identity);
}

/**
 * A range of the spec's text as a message place.
 *
 * @param document The spec.
 * @param start Offset in its normalised text.
 * @param end Offset just past the range.
 * @returns The range, lines and columns as in the file.
 */
export function rangeOf(document: SpecDocument, start: number, end: number): Position {
  return { start: document.pointAt(start), end: document.pointAt(end) };
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
