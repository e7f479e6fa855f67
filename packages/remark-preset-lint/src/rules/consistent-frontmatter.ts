import { answerAuthMethods, answerEnvironments, answerNames, answerTopics, answerUnits, asksAuthentication, type AnswerUnit, type TemplateField } from '@specmark/template';
import { VFileMessage } from 'vfile-message';
import { createRule } from '../lib/create-rule.ts';
import { rangeOf, report } from '../lib/report.ts';
import { sameAuthMethod } from '../lib/same-auth-method.ts';
import type { TemplateOptions } from '../lib/template-options.ts';
import { clip } from '../lib/text.ts';

/** Options of `consistent-frontmatter`. */
export type ConsistentFrontmatterOptions = TemplateOptions;

const id = 'consistent-frontmatter';

/** Seconds in each period a rate counts over. */
const periodSeconds: Readonly<Record<string, number>> = { second: 1, minute: 60, hour: 3600, day: 86_400 };

/** Incoming webhooks, said without denying them (“no webhooks in this phase”). */
const webhookWords = /\b(?:webhooks?|callbacks?)\b/i;
const denial = /\b(?:no|not|never|without)\b/i;

/** Whether a clause of the text denies webhooks (“no webhooks in this phase”). */
function deniesWebhooks(text: string): boolean {
  return text.split(/[,;:.()]/).some((clause) => {
    const denied = clause.search(denial);
    return denied !== -1 && webhookWords.test(clause.slice(denied));
  });
}

/** The `consistent-frontmatter` rule. What it checks, with examples: `./consistent-frontmatter.docs.ts` (https://specmark.dev/rules/consistent-frontmatter/). */
const consistentFrontmatter = createRule<ConsistentFrontmatterOptions>({
  id,
  severity: 'status',
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
        report(file, `Unexpected \`auth: ${clip(auth, 30)}\`, expected ${wanted}, the method the answer in \`${unit.field.title}\` names`, rangeOf(document, authEntry.start, authEntry.end), {
          cause: causeAt(unit, `The answer in \`${unit.field.title}\` names ${named.map((method) => `\`${method}\``).join(', ')} here`),
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
        report(file, `Unexpected \`environments\` without ${names}, expected every environment \`${first.field.title}\` names`, rangeOf(document, environmentsEntry.start, environmentsEntry.end), {
          cause: causeAt(first, `\`${first.field.title}\` names ${names} here`),
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
        const named = eventNames(unit.kind === 'frame' ? answerNames(unit.condition).events : unit.names.events);
        const unlisted = named.filter((event) => !events.some((listedEvent) => covers(listedEvent, event)));
        if (unlisted.length === 0) continue;
        report(
          file,
          `Unexpected event ${unlisted.map((event) => `\`${clip(event, 60)}\``).join(', ')} in \`${unit.field.title}\`, expected ${unlisted.length === 1 ? 'it' : 'them'} in the frontmatter’s \`webhooks.events\``,
          unit.node,
          { cause: new VFileMessage('`webhooks.events` is here', { place: rangeOf(document, webhooksEntry.start, webhooksEntry.end), ruleId: id, source: 'specmark' }) },
        );
      }
    }
    if (data.webhooks === undefined) {
      const unit = webhookUnits.find((each) => webhookWords.test(each.text) && !deniesWebhooks(each.text));
      if (unit) {
        report(
          file,
          `Unexpected webhooks in \`${unit.field.title}\` without \`webhooks\` in the frontmatter, expected \`webhooks.events\` with the events handled and \`webhooks.signature\` with the header that carries the signature and the environment variable of the signing secret`,
          unit.node,
        );
      }
    }
    if (webhooks && webhooksEntry && webhooks.signature === undefined) {
      const unit = webhookUnits.find((each) => webhookWords.test(each.text) && !deniesWebhooks(each.text));
      if (unit) {
        report(
          file,
          `Unexpected \`webhooks\` without \`signature\`, expected the header that carries the signature of the webhooks \`${unit.field.title}\` names and the environment variable of the signing secret`,
          rangeOf(document, webhooksEntry.start, webhooksEntry.end),
          { cause: causeAt(unit, `\`${unit.field.title}\` names webhooks here`) },
        );
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
        report(
          file,
          `Unexpected \`rateLimit\` of ${rateLimit.requests} per ${rateLimit.per}, expected the limit the answer in \`${unit.field.title}\` names (${clip(rate!.text, 40)})`,
          rangeOf(document, rateEntry.start, rateEntry.end),
          { cause: causeAt(unit, `The answer in \`${unit.field.title}\` names ${clip(rate!.text, 40)} here`) },
        );
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
  return named.filter((name) => /[._:]/.test(name) && !named.some((other) => other.startsWith(`${name}.`)));
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

/** The related place of a message: an answer. */
function causeAt(unit: AnswerUnit, reason: string): VFileMessage | undefined {
  return unit.node.position ? new VFileMessage(reason, { place: unit.node.position, ruleId: id, source: 'specmark' }) : undefined;
}

export default consistentFrontmatter;
