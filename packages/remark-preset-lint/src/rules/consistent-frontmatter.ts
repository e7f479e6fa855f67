import { answerAuthMethods, answerEnvironments, answerNames, answerTopics, answerUnits, asksAuthentication, type AnswerUnit, type TemplateField } from '@specmark/template';
import type { VFileMessage } from 'vfile-message';
import { createRule } from '../lib/rules/create-rule.ts';
import { causeMessage, rangeOf, report } from '../lib/rules/report.ts';
import { sameAuthMethod } from '../lib/api/same-auth-method.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip } from '../lib/spec/text.ts';
import type { MessageData, RuleMessage } from '../lib/rules/rule-messages.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `consistent-frontmatter`. */
export type ConsistentFrontmatterOptions = TemplateOptions;

const id = 'consistent-frontmatter';

/** Seconds in each period a rate counts over. */
const periodSeconds: Readonly<Record<string, number>> = { second: 1, minute: 60, hour: 3600, day: 86_400 };

/** Incoming webhooks, said without denying them (“no webhooks in this phase”). */
const webhookWords = /\b(?:webhooks?|callbacks?)\b/i;
const denial = /\b(?:no|not|never|without)\b/i;
/**
 * What an event name {@link eventNames} keeps has inside it: a `_`, a `:`, or a `.` before a word
 * character (`charge.refunded`); an answer without one names no such event, and is not read.
 */
const eventNameMark = /[_:]|\.[\w-]/;

/** Whether a clause of the text denies webhooks (“no webhooks in this phase”). */
function deniesWebhooks(text: string): boolean {
  return text.split(/[,;:.()]/).some((clause) => {
    const denied = clause.search(denial);
    return denied !== -1 && webhookWords.test(clause.slice(denied));
  });
}

/** The messages of `consistent-frontmatter`, by id. */
const messages = defineMessages({
  'auth-mismatch': 'Unexpected `auth: {{auth}}`, expected {{wanted}}, the method the answer in `{{field}}` names',
  'auth-named-here': 'The answer in `{{field}}` names {{methods}} here',
  'environments-missing': 'Unexpected `environments` without {{names}}, expected every environment `{{field}}` names',
  'environments-named-here': '`{{field}}` names {{names}} here',
  'unlisted-event': 'Unexpected event {{events}} in `{{field}}`, expected it in the frontmatter’s `webhooks.events`',
  'unlisted-events': 'Unexpected event {{events}} in `{{field}}`, expected them in the frontmatter’s `webhooks.events`',
  'events-here': '`webhooks.events` is here',
  'webhooks-missing': 'Unexpected webhooks in `{{field}}` without `webhooks` in the frontmatter, expected `webhooks.events` with the events handled and `webhooks.signature` with the header that carries the signature and the environment variable of the signing secret',
  'signature-missing': 'Unexpected `webhooks` without `signature`, expected the header that carries the signature of the webhooks `{{field}}` names and the environment variable of the signing secret',
  'webhooks-named-here': '`{{field}}` names webhooks here',
  'rate-limit-mismatch': 'Unexpected `rateLimit` of {{requests}} per {{per}}, expected the limit the answer in `{{field}}` names ({{rate}})',
  'rate-limit-named-here': 'The answer in `{{field}}` names {{rate}} here',
});

/** The `consistent-frontmatter` rule. What it checks, with examples: `./consistent-frontmatter.docs.ts` (https://specmark.dev/rules/consistent-frontmatter/). */
const consistentFrontmatter = createRule<ConsistentFrontmatterOptions>({
  id,
  severity: 'status',
  messages,
  check({ file, document, reading }) {
    const data = document.frontmatter.data;
    if (!reading || !data) return;
    const units = answerUnits(reading);
    /** The answers of the fields whose template options say they state a frontmatter key. */
    const stating = (key: string): AnswerUnit[] => units.filter((unit) => statedKeys(unit.field).includes(key));
    const at = (key: string): { start: number; end: number } | undefined => {
      const entry = document.frontmatter.entries.get(key);
      if (!entry) return undefined;
      // A block value's range runs to the next line: the message ends where its text does.
      let end = entry.end;
      while (end > entry.start && /\s/.test(document.text.charAt(end - 1))) end--;
      return { start: entry.start, end };
    };

    // `auth` against the answer to the question that asks how the integration authenticates.
    const auth = data.auth;
    const authEntry = at('auth');
    if (typeof auth === 'string' && authEntry) {
      for (const unit of stating('auth')) {
        if (!asksAuthentication(unit.question ?? unit.condition)) continue;
        const named = answerAuthMethods(unit.text);
        if (named.length === 0 || named.some((method) => sameAuthMethod(auth, method))) continue;
        const wanted = named.map((method) => `\`auth: ${method}\``).join(' or ');
        report(file, messages['auth-mismatch'], { auth: clip(auth, 30), wanted, field: unit.field.title }, rangeOf(document, authEntry.start, authEntry.end), {
          cause: causeAt(unit, messages['auth-named-here'], { field: unit.field.title, methods: named.map((method) => `\`${method}\``).join(', ') }),
          ...(named.length === 1 ? { expected: [named[0]!] } : {}),
        });
        break;
      }
    }

    // `environments` against the environments the scope names.
    const environments = data.environments;
    const environmentsEntry = at('environments');
    if (Array.isArray(environments) && environmentsEntry) {
      const missing = new Map<string, AnswerUnit>();
      for (const unit of stating('environments')) {
        for (const { environment } of answerEnvironments(unit.text)) if (!environments.includes(environment) && !missing.has(environment)) missing.set(environment, unit);
      }
      const [first] = missing.values();
      if (first) {
        const names = [...missing.keys()].map((name) => `\`${name}\``).join(', ');
        report(file, messages['environments-missing'], { names, field: first.field.title }, rangeOf(document, environmentsEntry.start, environmentsEntry.end), {
          cause: causeAt(first, messages['environments-named-here'], { field: first.field.title, names }),
        });
      }
    }

    // `webhooks.events` and `webhooks.signature` against the webhooks the spec handles.
    const webhooks = typeof data.webhooks === 'object' && data.webhooks !== null ? (data.webhooks as Record<string, unknown>) : undefined;
    const events = Array.isArray(webhooks?.events) ? webhooks.events.filter((event): event is string => typeof event === 'string') : undefined;
    const webhooksEntry = at('webhooks');
    const webhookUnits = stating('webhooks');
    if (events && webhooksEntry) {
      for (const unit of webhookUnits) {
        // The unit's topics are its condition's, and `rate-limits` when it retries.
        if (!unit.topics.includes('webhooks')) continue;
        if (!eventNameMark.test(unit.kind === 'frame' ? unit.condition : unit.text) && !eventNameMark.test(unit.question ?? '')) continue;
        const named = eventNames(unit.kind === 'frame' ? answerNames(unit.condition).events : unit.names.events);
        const unlisted = named.filter((event) => !events.some((listedEvent) => covers(listedEvent, event)));
        if (unlisted.length === 0) continue;
        const cause = causeMessage(id, messages['events-here'], {}, rangeOf(document, webhooksEntry.start, webhooksEntry.end));
        const data = { events: unlisted.map((event) => `\`${clip(event, 60)}\``).join(', '), field: unit.field.title };
        report(file, messages[unlisted.length === 1 ? 'unlisted-event' : 'unlisted-events'], data, unit.node, cause ? { cause } : {});
      }
    }
    if (data.webhooks === undefined) {
      const unit = webhookUnits.find((each) => webhookWords.test(each.text) && !deniesWebhooks(each.text));
      if (unit) {
        report(file, messages['webhooks-missing'], { field: unit.field.title }, unit.node);
      }
    }
    if (webhooks && webhooksEntry && webhooks.signature === undefined) {
      const unit = webhookUnits.find((each) => webhookWords.test(each.text) && !deniesWebhooks(each.text));
      if (unit) {
        report(file, messages['signature-missing'], { field: unit.field.title }, rangeOf(document, webhooksEntry.start, webhooksEntry.end), {
          cause: causeAt(unit, messages['webhooks-named-here'], { field: unit.field.title }),
        });
      }
    }

    // `rateLimit` against the answer to the question about the provider's rate limits.
    const rateLimit = data.rateLimit as { requests?: unknown; per?: unknown } | undefined;
    const rateEntry = at('rateLimit');
    if (rateLimit && typeof rateLimit.requests === 'number' && typeof rateLimit.per === 'string' && periodSeconds[rateLimit.per] && rateEntry) {
      const written = rateLimit.requests / periodSeconds[rateLimit.per]!;
      for (const unit of stating('rateLimit')) {
        if (!answerTopics(unit.question ?? unit.condition).includes('rate-limits')) continue;
        const rates = answerNames(unit.text).bounds.filter((bound) => bound.kind === 'rate' && bound.value !== undefined && periodSeconds[bound.unit ?? '']);
        if (rates.length === 0 || rates.some((rate) => Math.abs(rate.value! / periodSeconds[rate.unit!]! - written) <= written * 0.005)) continue;
        const [rate] = rates;
        const named = { field: unit.field.title, rate: clip(rate!.text, 40) };
        report(file, messages['rate-limit-mismatch'], { requests: rateLimit.requests, per: rateLimit.per, ...named }, rangeOf(document, rateEntry.start, rateEntry.end), {
          cause: causeAt(unit, messages['rate-limit-named-here'], named),
        });
        break;
      }
    }
  },
});

/**
 * The names among what an answer names as events that can only be event names: dotted
 * (`charge.refunded`) or with an underscore (`pull_request`), not the first part of a dotted one
 * named beside it (`payment_intent` of `payment_intent.succeeded`). Words in code spans beside the
 * word “event” (`action`, a reply `C`) are not.
 */
function eventNames(named: readonly string[]): string[] {
  // Every part before a `.` of a name: one set, so that many names are read in linear time.
  const firstParts = new Set<string>();
  for (const name of named) for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) firstParts.add(name.slice(0, dot));
  return named.filter((name) => /[._:]/.test(name) && !firstParts.has(name));
}

/** The keys of each template field, read once. */
const statedKeysCache = new WeakMap<TemplateField, string[]>();

/** The frontmatter keys a field's answers state (its `frontmatterKeys` option), read once per template field. */
function statedKeys(field: TemplateField): string[] {
  let keys = statedKeysCache.get(field);
  if (!keys) {
    keys = listed(field.options.frontmatterKeys);
    statedKeysCache.set(field, keys);
  }
  return keys;
}

/** A list of strings from a template option (empty when it is not one). */
function listed(option: unknown): string[] {
  return Array.isArray(option) ? option.filter((item): item is string => typeof item === 'string') : [];
}

/** Whether a listed event (`charge.refunded`, or `charge.*`) covers a named one. */
function covers(listedEvent: string, named: string): boolean {
  const a = listedEvent.toLowerCase();
  const b = named.toLowerCase();
  return a === b || a === '*' || (a.endsWith('.*') && b.startsWith(a.slice(0, -1)));
}

/** The related place of a message: an answer, with one of the rule's messages. */
function causeAt<Text extends string>(unit: AnswerUnit, declared: RuleMessage<Text>, data: MessageData<Text>): VFileMessage | undefined {
  return causeMessage(id, declared, data, unit.node.position);
}

export default consistentFrontmatter;
