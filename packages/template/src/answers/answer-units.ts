import type { ListItem, RootContent } from 'mdast';
import { AnswerNamesReading, type AnswerNames } from './answer-names.ts';
import { answerTopicIds, answerTopics, retriesIn, type AnswerTopic } from './answer-topics.ts';
import { hollowAnswer, type HollowAnswer } from './hollow-answer.ts';
import { memoByText } from './text-memo.ts';
import { readResolvedQuestion } from '../reading/checklist-text.ts';
import { listItemSource } from '../markdown/list-item-source.ts';
import type { TemplateField } from '../template/model.ts';
import { isPrompt, promptsIn } from '../template/prompt.ts';
import { sourceOf } from '../markdown/source-slice.ts';
import { matchSentenceFrame, readSentenceFrame, type SentenceFrame } from '../template/sentence-frame.ts';
import { entryItems, type SpecItem } from '../reading/spec-items.ts';
import type { OutlineEntry, SpecReading } from '../reading/spec-reading.ts';

/**
 * How an answer unit is written:
 *
 * - `prose` — a paragraph of a field (or of a list-like field, written as prose);
 * - `item` — a list item of a `prose` or `list` field;
 * - `frame` — an item of a `sentence-frames` field (`When …, …`);
 * - `question` — the answer after an item's bold question in a `questions` field;
 * - `open-question` — the answer after the `?` of an open-question checklist item;
 * - `waiver` — the reason after a struck-through checklist item.
 */
export type AnswerUnitKind = 'prose' | 'item' | 'frame' | 'question' | 'open-question' | 'waiver';

/** One answer of a spec, the smallest part a reviewer can judge on its own. */
export interface AnswerUnit {
  /** The field entry it is in. */
  entry: OutlineEntry;
  /** The template field. */
  field: TemplateField;
  /** How it is written. */
  kind: AnswerUnitKind;
  /** The paragraph or list item that holds it: where a message about it goes. */
  node: RootContent | ListItem;
  /** The answer's Markdown, trimmed: the whole unit, or what follows its question. */
  text: string;
  /** The question it answers (`question`, `open-question`) or the item it waives (`waiver`). */
  question?: string;
  /**
   * The texts judged one by one for content: a frame's gap fills when the item follows one of the
   * field's frames (`we handle it appropriately` in `When Stripe errs, we handle it appropriately`),
   * otherwise the answer.
   */
  parts: string[];
  /**
   * What the unit is about: a frame's condition (its gap fills but the last), a question, or the
   * answer itself.
   */
  condition: string;
  /**
   * Its topics: those of its condition, plus `rate-limits` when the answer retries (an answer that
   * retries names how often or how long); read on first use.
   */
  readonly topics: AnswerTopic[];
  /** What the question and the answer together name (read on first use). */
  readonly names: AnswerNames;
  /**
   * Whether what the question and the answer together name passes a test that stays true once
   * true (a list is not empty), reading only as far as the test needs; {@link names} reads on from there.
   *
   * @param test The test, such as “names a status or a code”.
   * @returns Whether {@link names} passes it.
   */
  namesPass(test: (names: AnswerNames) => boolean): boolean;
  /**
   * Why a part says nothing ({@link hollowAnswer}, with the question of a `question` or
   * `open-question` unit), or `undefined` for a part that is an answer; judged once per part.
   *
   * @param index The part's index in {@link AnswerUnit.parts}.
   * @returns Why it is hollow, or `undefined`.
   */
  hollowPart(index: number): HollowAnswer | undefined;
}

const unitsCache = new WeakMap<SpecReading, AnswerUnit[]>();
/** The topics of questions and guardrails, remembered: specs repeat the template's. */
const templateTextTopics = memoByText(answerTopics);
const framesCache = new WeakMap<TemplateField, SentenceFrame[]>();

/**
 * The answer units of a spec, read through its one reading: field prose (each paragraph), list
 * items, sentence-frame items, the answers after bold questions and after open questions' `?`,
 * and waiver reasons. Template prompts still in place and empty answers are not units (other rules
 * report them); neither are code blocks, tables or HTML.
 *
 * @param reading The spec's reading.
 * @returns The units, in document order; cached per reading.
 */
export function answerUnits(reading: SpecReading): AnswerUnit[] {
  let units = unitsCache.get(reading);
  if (units) return units;
  units = [];
  // Indexed loops here and in the answer rules: they run for every answer of every spec, and compile to less code than `for…of`.
  const { entries } = reading;
  for (let at = 0; at < entries.length; at++) {
    const entry = entries[at]!;
    const field = entry.step.field;
    if (!field || entry.repeat) continue;
    if (field.kind === 'checklist' || field.kind === 'questions') {
      const items = entryItems(reading, entry);
      for (let index = 0; index < items.length; index++) {
        const unit = itemUnit(entry, field, items[index]!);
        if (unit) units.push(unit);
      }
      continue;
    }
    const { body } = entry;
    for (let index = 0; index < body.length; index++) {
      const block = body[index]!;
      if (block.type === 'list') {
        for (let child = 0; child < block.children.length; child++) {
          const node = block.children[child]!;
          const { text } = listItemSource(reading.document.text, node);
          if (field.kind === 'sentence-frames') {
            const frame = text === '' || isPrompt(text) ? undefined : frameUnit(entry, field, node, text);
            if (frame) units.push(frame);
          } else pushUnit(units, entry, field, 'item', node, text);
        }
      } else if (block.type === 'paragraph' || block.type === 'blockquote') {
        pushUnit(units, entry, field, 'prose', block, sourceOf(reading.document.text, [block]).trim());
      }
    }
  }
  unitsCache.set(reading, units);
  return units;
}

/** The unit of a checklist or questions item, if it holds an answer. */
function itemUnit(entry: OutlineEntry, field: TemplateField, item: SpecItem): AnswerUnit | undefined {
  if (field.kind === 'questions') {
    const { question = '', answer = '' } = item.question ?? {};
    if (answer === '' || isPrompt(answer)) return undefined;
    return unit(entry, field, 'question', item.node, answer, question === '' ? undefined : question, [answer], question === '' ? answer : question);
  }
  if (item.waiver) {
    const { item: waived, reason } = item.waiver;
    return reason === '' ? undefined : unit(entry, field, 'waiver', item.node, reason, waived, [reason], waived);
  }
  // Only a checklist whose every template item is a prompt asks open questions.
  if (!field.items.every((templateItem) => templateItem.prompt) || isPrompt(item.text)) return undefined;
  const { question, answer } = readResolvedQuestion(item.text);
  if (answer === '' || !question.endsWith('?')) return undefined;
  return unit(entry, field, 'open-question', item.node, answer, question, [answer], question);
}

/**
 * The unit of a sentence-frames item: its gap fills judged one by one, its condition first; none
 * for a frame whose every gap still holds a prompt (the template's own frame, left as it was).
 */
function frameUnit(entry: OutlineEntry, field: TemplateField, node: ListItem, text: string): AnswerUnit | undefined {
  for (const frame of framesOf(field)) {
    const fills = matchSentenceFrame(frame, text);
    if (!fills || fills.length === 0) continue;
    const parts = fills.map((fill) => fill.trim());
    if (parts.every((part) => isPrompt(part))) return undefined;
    const condition = parts.length > 1 ? parts.slice(0, -1).join(' ') : text;
    return unit(entry, field, 'frame', node, text, undefined, parts, condition);
  }
  return unit(entry, field, 'frame', node, text, undefined, [text], text);
}

/** Add a prose or item unit unless it is empty or a prompt. */
function pushUnit(units: AnswerUnit[], entry: OutlineEntry, field: TemplateField, kind: AnswerUnitKind, node: RootContent | ListItem, text: string): void {
  if (text === '' || isPrompt(text)) return;
  units.push(unit(entry, field, kind, node, text, undefined, [text], text));
}

/** Build a unit, its topics and names. */
function unit(entry: OutlineEntry, field: TemplateField, kind: AnswerUnitKind, node: RootContent | ListItem, text: string, question: string | undefined, parts: string[], condition: string): AnswerUnit {
  return new Unit(entry, field, kind, node, text, question, parts, condition);
}

/**
 * An answer unit whose topics and names are read on first use: most units are never asked what
 * they are about or what they name. The readings live on the prototype, so building a unit
 * allocates no functions.
 */
class Unit implements AnswerUnit {
  entry: OutlineEntry;
  field: TemplateField;
  kind: AnswerUnitKind;
  node: RootContent | ListItem;
  text: string;
  declare question?: string;
  parts: string[];
  condition: string;
  #topics: AnswerTopic[] | undefined;
  #names: AnswerNamesReading | undefined;
  #hollow: (HollowAnswer | null)[] | undefined;

  constructor(entry: OutlineEntry, field: TemplateField, kind: AnswerUnitKind, node: RootContent | ListItem, text: string, question: string | undefined, parts: string[], condition: string) {
    this.entry = entry;
    this.field = field;
    this.kind = kind;
    this.node = node;
    this.text = text;
    this.parts = parts;
    this.condition = condition;
    this.#topics = undefined;
    this.#names = undefined;
    this.#hollow = undefined;
    if (question !== undefined) this.question = question;
  }

  get topics(): AnswerTopic[] {
    if (!this.#topics) {
      // A question's or a waived item's topics are those of the template's text, the same in every spec.
      const found = this.kind === 'question' || this.kind === 'open-question' || this.kind === 'waiver' ? [...templateTextTopics(this.condition)] : answerTopics(this.condition);
      this.#topics = retriesIn(this.text) ? answerTopicIds.filter((topic) => topic === 'rate-limits' || found.includes(topic)) : found;
    }
    return this.#topics;
  }

  get names(): AnswerNames {
    return this.#namesReading().readUntil();
  }

  namesPass(test: (names: AnswerNames) => boolean): boolean {
    return test(this.#namesReading().readUntil(test));
  }

  /** The reading of what the unit names: with the question for context, a waiver's reason alone. */
  #namesReading(): AnswerNamesReading {
    return (this.#names ??= new AnswerNamesReading(this.text, this.kind === 'waiver' ? undefined : this.question));
  }

  hollowPart(index: number): HollowAnswer | undefined {
    const judged = (this.#hollow ??= []);
    let hollow = judged[index];
    if (hollow === undefined) {
      const question = this.kind === 'question' || this.kind === 'open-question' ? this.question : undefined;
      hollow = hollowAnswer(this.parts[index] ?? '', question) ?? null;
      judged[index] = hollow;
    }
    return hollow ?? undefined;
  }
}

/** A field's sentence frames, read once per template field. */
function framesOf(field: TemplateField): SentenceFrame[] {
  let frames = framesCache.get(field);
  if (!frames) {
    frames = field.items.filter((item) => promptsIn(item.text).length > 0).map((item) => readSentenceFrame(item.text));
    framesCache.set(field, frames);
  }
  return frames;
}
