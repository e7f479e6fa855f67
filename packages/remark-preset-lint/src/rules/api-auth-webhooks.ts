import type { ApiIndex, ApiSecurityScheme } from '@specmark/api-description';
import type { SpecDocument } from '@specmark/template';
import type { VFile } from 'vfile';
import { createRule } from '../lib/rules/create-rule.ts';
import { frontmatterRange } from '../lib/spec/frontmatter-range.ts';
import { report } from '../lib/rules/report.ts';
import { sameAuthMethod } from '../lib/api/same-auth-method.ts';
import { operationIn, specApi } from '../lib/api/spec-api.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip } from '../lib/spec/text.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `api-auth-webhooks`. */
export type ApiAuthWebhooksOptions = TemplateOptions;

/** How many webhook names a message lists. */
const shownWebhooks = 5;

/** The messages of `api-auth-webhooks`, by id. */
const messages = defineMessages({
  'auth-not-taken': 'Unexpected `auth: {{auth}}`, expected {{wanted}}, as the security schemes the operations in `api.operations` take say ({{schemes}})',
  'auth-not-declared': 'Unexpected `auth: {{auth}}`, expected {{wanted}}, as the security schemes {{description}} declares say ({{schemes}})',
  'undocumented-event': 'Unexpected event `{{event}}` that {{description}} documents no webhook for, expected {{webhook}}',
  'undocumented-event-of': 'Unexpected event `{{event}}` that {{description}} documents no webhook for, expected one of {{webhooks}}',
  'undocumented-event-of-more': 'Unexpected event `{{event}}` that {{description}} documents no webhook for, expected one of {{webhooks}} ({{more}} more)',
});

/** The `api-auth-webhooks` rule. What it checks, with examples: `./api-auth-webhooks.docs.ts` (https://specmark.dev/rules/api-auth-webhooks/). */
const apiAuthWebhooks = createRule<ApiAuthWebhooksOptions>({
  id: 'api-auth-webhooks',
  severity: 'status',
  messages,
  async check({ file, document }) {
    const data = document.frontmatter.data;
    if (!data || (data.auth === undefined && data.webhooks === undefined)) return;
    const spec = await specApi(file, document);
    if (!spec?.result.ok) return;
    const description = `\`${clip(spec.api.description, 80)}\``;
    const index = spec.result.value;
    if (typeof data.auth === 'string') {
      const operations = spec.api.operations.flatMap(({ written }) => {
        const found = operationIn(index, written);
        return found.found ? [found.operation] : [];
      });
      checkAuth(file, document, data.auth, index, operations.map((operation) => operation.security), description);
    }
    const webhooks = data.webhooks as { events?: unknown } | undefined;
    if (index.webhooks && Array.isArray(webhooks?.events)) checkEvents(file, document, webhooks.events, index.webhooks.map((webhook) => webhook.name), description);
  },
});

/**
 * `auth` against the security schemes the listed operations take (or, when they name none, the
 * schemes the description declares). A scheme of a kind `auth` has no word for leaves it unjudged.
 */
function checkAuth(file: VFile, document: SpecDocument, auth: string, index: ApiIndex, requirements: readonly string[][], description: string): void {
  const place = frontmatterRange(document, ['auth']);
  const required = [...new Set(requirements.flat())];
  const names = required.length > 0 ? required : index.securitySchemes.map((scheme) => scheme.name);
  const schemes = names.map((name) => index.securitySchemes.find((scheme) => scheme.name === name));
  if (!place || schemes.length === 0 || schemes.some((scheme) => scheme === undefined)) return;
  const known = schemes as ApiSecurityScheme[];
  const taken = required.length > 0 && requirements.every((names) => names.length > 0);
  if (auth === 'none' ? !taken : known.some((scheme) => sameAuthMethod(auth, scheme.method))) return;
  const methods = [...new Set(known.map((scheme) => scheme.method))];
  const data = {
    auth: clip(auth, 30),
    wanted: methods.map((method) => `\`auth: ${method}\``).join(' or '),
    schemes: known.map((scheme) => `\`${clip(scheme.name, 40)}\`: ${clip(scheme.detail, 60)}`).join('; '),
  };
  const extra = { actual: auth, ...(methods.length === 1 ? { expected: [methods[0]!] } : {}) };
  if (required.length > 0) report(file, messages['auth-not-taken'], data, place, extra);
  else report(file, messages['auth-not-declared'], { ...data, description }, place, extra);
}

/** The words of a webhook or event name, as compared: `pull_request.opened`, `pull-request-opened` and `/PULL_REQUEST_OPENED` alike. */
const words = (name: string): string[] => name.toLowerCase().split(/[^a-z0-9*]+/).filter(Boolean);

/**
 * Whether a listed event covers a webhook the description documents: the same words, or the
 * first words of its name (`pull_request` covers `pull-request-opened`), or all of them (`*`,
 * `refund.*`).
 */
function covers(event: string, webhook: string): boolean {
  const listed = words(event);
  const documented = words(webhook);
  const prefix = listed.at(-1) === '*' ? listed.slice(0, -1) : listed;
  return prefix.length <= documented.length && prefix.every((word, index) => word === documented[index]);
}

/** `webhooks.events` against the webhooks the description documents. */
function checkEvents(file: VFile, document: SpecDocument, events: readonly unknown[], webhooks: readonly string[], description: string): void {
  events.forEach((event, index) => {
    if (typeof event !== 'string' || webhooks.some((webhook) => covers(event, webhook))) return;
    const place = frontmatterRange(document, ['webhooks', 'events', index]);
    if (!place) return;
    // The webhooks that start with the same word, when there are any: those it may have meant.
    const first = words(event)[0];
    const alike = webhooks.filter((webhook) => words(webhook)[0] === first);
    const candidates = alike.length > 0 ? alike : webhooks;
    const listed = candidates.slice(0, shownWebhooks).map((name) => `\`${clip(name, 60)}\``);
    const data = { event: clip(event, 60), description };
    if (candidates.length === 1) report(file, messages['undocumented-event'], { ...data, webhook: listed[0]! }, place, { actual: event, expected: [...candidates] });
    else if (candidates.length <= shownWebhooks) report(file, messages['undocumented-event-of'], { ...data, webhooks: listed.join(', ') }, place, { actual: event, expected: [...candidates] });
    else report(file, messages['undocumented-event-of-more'], { ...data, webhooks: listed.join(', '), more: candidates.length - shownWebhooks }, place, { actual: event });
  });
}

export default apiAuthWebhooks;
