import { formatMessage } from '@specmark/schema';
import type { VFileMessage } from 'vfile-message';

/** The names of the `{{name}}` placeholders of a wording, as a type. */
export type Placeholders<Text extends string> = Text extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The data a wording needs: a text or number for each of its placeholders. */
export type MessageData<Text extends string> = { readonly [Name in Placeholders<Text>]: string | number };

/** One message a rule gives: its stable id and its wording, with `{{name}}` placeholders. */
export interface RuleMessage<Text extends string = string> {
  /** The id (`missing-title`): stable when the wording changes; tools match on it. */
  readonly id: string;
  /** The wording (`Unexpected missing field \`{{field}}\`, expected …`). */
  readonly text: Text;
}

/** A rule's messages by id, as {@link defineMessages} makes them. */
export type RuleMessages<Texts extends Record<string, string> = Record<string, string>> = { readonly [Id in keyof Texts & string]: RuleMessage<Texts[Id]> };

/**
 * Declare a rule's messages once, the way ESLint's `meta.messages` does: each id with its wording,
 * `{{name}}` standing for the data a report gives (see `report`).
 *
 * @param texts The wording of each message, by id.
 * @returns The messages, each knowing its id.
 */
export function defineMessages<const Texts extends Record<string, string>>(texts: Texts): RuleMessages<Texts> {
  return Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, { id, text }])) as unknown as RuleMessages<Texts>;
}

/**
 * The wording of each message, by id: what rule pages, `explain_rule` and SARIF's
 * `messageStrings` show.
 *
 * @param messages A rule's messages.
 * @returns Id → wording.
 */
export function messageTexts(messages: RuleMessages): Record<string, string> {
  return Object.fromEntries(Object.values(messages).map((message) => [message.id, message.text]));
}

/** What a Specmark message carries besides its text: which message it is and the data it was worded with. */
export interface MessageIdentity {
  /** The message's id among its rule's messages (`missing-field`). */
  messageId: string;
  /** The text of each placeholder of its wording. */
  data: Record<string, string>;
}

/**
 * Word a message and mark it with its id and data.
 *
 * @param message The message declared by the rule.
 * @param data The text of each placeholder.
 * @returns The wording filled in, and the identity to put on the message.
 */
export function wordMessage<Text extends string>(message: RuleMessage<Text>, data: MessageData<Text>): { reason: string; identity: MessageIdentity } {
  const texts: Record<string, string> = {};
  for (const [name, value] of Object.entries(data as Record<string, string | number>)) texts[name] = String(value);
  return { reason: formatMessage(message.text, texts), identity: { messageId: message.id, data: texts } };
}

/**
 * Put a message's id and data on it, as own fields `messageId` and `data` (ESLint's names): they
 * go wherever the message's fields are copied (the CLI's reporters, the MCP tools, the editor).
 *
 * @param message The vfile message.
 * @param identity Its id and data.
 * @returns The message.
 */
export function identify(message: VFileMessage, identity: MessageIdentity): VFileMessage {
  return Object.assign(message, identity);
}

/**
 * A message's id and data, when a Specmark rule gave it.
 *
 * @param message A vfile message.
 * @returns The id and data, or `undefined`.
 */
export function messageIdentity(message: VFileMessage): MessageIdentity | undefined {
  const { messageId, data } = message as Partial<MessageIdentity>;
  return typeof messageId === 'string' && typeof data === 'object' && data !== null ? { messageId, data } : undefined;
}
