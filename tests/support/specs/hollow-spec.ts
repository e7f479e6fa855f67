import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { answerUnits, asksWhich, fillSentenceFrame, promptsIn, readSentenceFrame, readSpec, readSpecDocument, type AnswerUnit, type Template } from '@specmark/template';
import { filledSpec } from './filled-spec.ts';

/** What is planted in place of an answer. */
export type PlantKind = 'placeholder' | 'vague' | 'bare-confirmation' | 'code-less-error' | 'unbounded-retry' | 'nameless-webhook' | 'unlisted-event' | 'missing-reference';

/** Every kind of plant. */
export const plantKinds: readonly PlantKind[] = ['placeholder', 'vague', 'bare-confirmation', 'code-less-error', 'unbounded-retry', 'nameless-webhook', 'unlisted-event', 'missing-reference'];

/** Answers that carry no content, in many spellings. */
const placeholders = ['TBD', 'tbd.', 'T.B.D.', 'TBC', 'TODO', 'todo: fill in', 'N/A', 'n/a', 'NA.', 'To be decided.', 'to be determined', 'To be confirmed.', '?', '-', '—', '…', 'Unknown.', 'Pending.'];
const vague = [
  'Handled.',
  'We handle it gracefully.',
  'It will be handled appropriately.',
  'Errors are handled properly.',
  'As needed.',
  'Works as expected.',
  'It should work as expected.',
  'Should be fine.',
  'It depends.',
  'Proper error handling.',
  'We will take care of it.',
  'Handled correctly by the system.',
  'The service handles this accordingly.',
  'Yes, handled.',
];
const confirmations = ['Yes.', 'Confirmed.', 'Yes, confirmed.', 'yes', 'No.', 'Done.', 'Yep', 'Confirmed', 'Yes!', 'OK.'];
/** A condition and an outcome that name no status or error code. */
const codeLessErrors: [string, string][] = [
  ['the API returns an error', 'the job stops and alerts the on-call engineer'],
  ['the provider responds with an error', 'the user sees a friendly message'],
  ['a request is declined', 'checkout asks for another card'],
  ['the provider sends back an error', 'we log it and move on'],
  ['an error comes back from the API', 'the order stays pending'],
  ['the call fails with an error response', 'support gets a ticket'],
  ['the API errors', 'the sync run is marked failed'],
];
/** A condition about rate limits or retries and an outcome without a bound. */
const unboundedRetries: [string, string][] = [
  ['the rate limit is hit', 'we retry'],
  ['the API is throttled', 'requests are retried with exponential backoff'],
  ['we get rate limited', 'the worker backs off and tries again'],
  ['too many requests are sent', 'the client retries later'],
  ['the provider answers with a rate limit error', 'the job waits and retries until it succeeds'],
  ['a call times out', 'it is retried with backoff'],
];
/** Edge-case answers that retry without a bound. */
const unboundedRetryAnswers = ['We retry.', 'The call is retried with exponential backoff until it succeeds.', 'Requests are retried with backoff.', 'The worker backs off and retries.', 'It retries automatically.'];
/** A condition about webhooks and an outcome that names no event and no dedup key. */
const namelessWebhooks: [string, string][] = [
  ['a webhook event arrives', 'the handler processes it'],
  ['an event comes in', 'we update the order'],
  ['the provider sends a webhook', 'we store it and apply it'],
  ['a duplicate event arrives', 'we ignore it'],
  ['webhooks arrive out of order', 'the handler sorts them out'],
];

/** Answers that handle a webhook event the frontmatter's `webhooks.events` does not list: the spec contradicts itself. */
const unlistedEvents = [
  'Receive the `vault.sealed` webhook and mark the vault read-only',
  'Handle `tenant.offboarded` events by archiving the tenant data',
  'Consume the `ledger.entry_voided` event and reverse the entry',
  'Apply `shipment.lost_in_transit` callbacks to the order timeline',
];
/** Answers that point to files no repository has: every path is under a `gone/` folder. */
const missingReferences = [
  'See `src/gone/refund-client.ts` for the client.',
  'Retries follow `lib/gone/retry-policy.ts`.',
  'The handler in `services/gone/webhook-handler.ts` shows the signature check.',
  'Copy the shape of `gone/jobs/reconcile.py`.',
];

/** One planted non-answer. */
export interface Plant {
  /** What was planted. */
  kind: PlantKind;
  /** The line it starts on, 1-based. */
  line: number;
  /** The answer unit's kind it replaced. */
  unit: AnswerUnit['kind'];
  /** The new text of the unit. */
  text: string;
}

/** A good spec with non-answers planted into it. */
export interface HollowSpec {
  /** The spec. */
  text: string;
  /** What was planted where, in document order. */
  plants: Plant[];
  /** The lines of the answer units left as they were. */
  untouched: number[];
}

/** Where to plant and what: indexes are taken modulo what fits. */
interface PlantChoice {
  unit: number;
  kind: PlantKind;
  wording: number;
}

/**
 * The good specs the recall test plants into: the site's examples, the good specs of the tests,
 * and filled specs of the template.
 *
 * @param template The template the specs follow.
 * @param filled How many filled specs to add (default: `3`).
 * @returns The specs' texts.
 */
export function goodSpecs(template: Template, filled = 3): string[] {
  const folders = [new URL('../../../content/examples/', import.meta.url), new URL('good/', import.meta.url)];
  const files = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => readFileSync(new URL(name, folder), 'utf8')));
  return [...files, ...Array.from({ length: filled }, (_, index) => filledSpec(template, index + 1))];
}

/**
 * Good specs with non-answers planted in many wordings, where each fits: placeholders and vague
 * promises in any answer; bare confirmations after questions; code-less errors, unbounded retries
 * and nameless webhooks as sentence-frame items written with the field's own frame; unbounded
 * retries as edge-case answers; events the frontmatter does not list in the fields that state
 * `webhooks`; paths to files no repository has (under a `gone/` folder) in the fields that hold
 * repository paths. Units are found through the one reading, so nothing here names a
 * field of the template.
 *
 * @param template The template the specs follow.
 * @param bases Good specs of that template, with no message from the answer rules.
 * @returns The arbitrary.
 */
export function hollowSpec(template: Template, bases: readonly string[]): fc.Arbitrary<HollowSpec> {
  const choice = fc.record({
    unit: fc.nat(),
    kind: fc.constantFrom(...plantKinds),
    wording: fc.nat(),
  });
  return fc
    .record({ base: fc.constantFrom(...bases), plants: fc.array(choice, { minLength: 1, maxLength: 5 }) })
    .map(({ base, plants }) => plant(template, base, plants));
}

/** Plant the choices into a spec, unit by unit in document order, counting how far later lines move. */
function plant(template: Template, base: string, choices: readonly PlantChoice[]): HollowSpec {
  const document = readSpecDocument(base);
  const units = answerUnits(readSpec(template, document));
  const data = document.frontmatter.yaml?.data as { webhooks?: { events?: unknown } } | undefined;
  const webhooks = data?.webhooks;
  const listsEvents = Array.isArray(webhooks?.events);
  const chosen = new Map<AnswerUnit, PlantChoice>();
  for (const each of choices) {
    const fitting = units.filter((unit) => fits(unit, each.kind, listsEvents) && !chosen.has(unit));
    const unit = fitting[each.unit % Math.max(1, fitting.length)];
    if (unit) chosen.set(unit, each);
  }
  let text = '';
  let from = 0;
  let moved = 0;
  const plants: Plant[] = [];
  for (const unit of [...chosen.keys()].sort((a, b) => start(a) - start(b))) {
    const { start: first, end: last } = unit.node.position!;
    const replacement = written(unit, planted(unit, chosen.get(unit)!));
    text += base.slice(from, first.offset) + replacement;
    from = last.offset!;
    plants.push({ kind: chosen.get(unit)!.kind, line: first.line + moved, unit: unit.kind, text: replacement });
    moved += replacement.split('\n').length - (last.line - first.line + 1);
  }
  text += base.slice(from);
  const plantedLines = new Set(plants.map((each) => each.line));
  const untouched = answerUnits(readSpec(template, readSpecDocument(text)))
    .map((unit) => unit.node.position!.start.line)
    .filter((line) => !plantedLines.has(line));
  return { text, plants, untouched };
}

/** Whether a plant fits a unit (an unlisted event, only where the frontmatter lists the events). */
function fits(unit: AnswerUnit, kind: PlantKind, listsEvents: boolean): boolean {
  const options = unit.field.options;
  switch (kind) {
    case 'unlisted-event':
      return listsEvents && unit.kind === 'item' && Array.isArray(options.frontmatterKeys) && options.frontmatterKeys.includes('webhooks');
    case 'missing-reference':
      return options.repositoryPaths === true && (unit.kind === 'item' || unit.kind === 'prose');
    case 'placeholder':
    case 'vague':
      return unit.kind !== 'waiver';
    case 'bare-confirmation':
      // After a question that asks yes or no (`Do Irish clinics need a sender id?`), “Yes.” answers it.
      return (unit.kind === 'question' || unit.kind === 'open-question') && asksWhich(unit.question ?? '');
    case 'unbounded-retry':
      return unit.kind === 'frame' || unit.kind === 'question';
    case 'code-less-error':
    case 'nameless-webhook':
      return unit.kind === 'frame';
  }
}

/** The new answer for a unit. */
function planted(unit: AnswerUnit, { kind, wording }: PlantChoice): string {
  const pick = <T>(list: readonly T[]): T => list[wording % list.length]!;
  switch (kind) {
    case 'placeholder': {
      // A paragraph of a lone `-` is an empty list, not an answer.
      const word = pick(placeholders);
      return unit.kind === 'prose' && word === '-' ? 'N/A' : word;
    }
    case 'vague':
      return pick(vague);
    case 'bare-confirmation':
      return pick(confirmations);
    case 'unbounded-retry':
      return unit.kind === 'question' ? pick(unboundedRetryAnswers) : frame(unit, pick(unboundedRetries));
    case 'code-less-error':
      return frame(unit, pick(codeLessErrors));
    case 'nameless-webhook':
      return frame(unit, pick(namelessWebhooks));
    case 'unlisted-event':
      return pick(unlistedEvents);
    case 'missing-reference':
      return pick(missingReferences);
  }
}

/** A sentence written with the field's first frame: the condition in its first gaps, the outcome in its last. */
function frame(unit: AnswerUnit, [condition, outcome]: [string, string]): string {
  const template = unit.field.items.find((item) => promptsIn(item.text).length > 0);
  if (!template) return `When ${condition}, ${outcome}`;
  const shape = readSentenceFrame(template.text);
  return fillSentenceFrame(shape, shape.gaps.map((_, index) => (index === shape.gaps.length - 1 ? outcome : condition)));
}

/** A unit written back with its new answer: list marker, checkbox and question kept. */
function written(unit: AnswerUnit, answer: string): string {
  switch (unit.kind) {
    case 'question':
      return `- **${unit.question}** ${answer}`;
    case 'open-question':
      return `- [x] ${unit.question} ${answer}`;
    case 'item':
    case 'frame':
      // A lone `-` or `—` after a list marker would read as a thematic break or nothing.
      return `- ${answer}`;
    default:
      return answer;
  }
}

function start(unit: AnswerUnit): number {
  return unit.node.position!.start.offset!;
}
