import { specStatuses } from './allowed-values.ts';
import type { FrontmatterIssue, ShownIssueValue } from './frontmatter-issue.ts';
import { formatMessage } from './message-template.ts';
import { shownText } from './shown-text.ts';

/** What each string format expects, as a message puts it. */
const formats: Readonly<Record<string, string>> = {
  date: 'an ISO date such as `2026-11-24`',
  url: 'an `http` or `https` URL',
  'env-name': 'an environment variable name such as `STRIPE_WEBHOOK_SECRET`',
  ticket: 'a ticket URL or key such as `PAY-123`',
  'single-line': 'a single line',
  'header-name': 'an HTTP header name such as `Stripe-Signature`',
  'event-name': 'an event name without spaces such as `payment_intent.succeeded`',
  'api-description': 'a file path relative to the spec or a package path such as `@octokit/openapi/generated/api.github.com.json`, not a URL',
  'api-operation': 'an HTTP method in upper case and a path such as `POST /repos/{owner}/{repo}/deployments`, or an operation id without spaces such as `repos/create-deployment-status`',
};

/** Type names as a message says them: `[found, expected]`. */
const types: Readonly<Record<string, readonly [string, string]>> = {
  string: ['string', 'a string'],
  integer: ['integer', 'an integer'],
  fraction: ['fraction', 'a whole number'],
  number: ['number', 'a number'],
  boolean: ['boolean', 'a boolean'],
  list: ['list', 'a list'],
  mapping: ['mapping', 'a mapping'],
  null: ['empty value', 'an empty value'],
  date: ['date', 'a date'],
  binary: ['binary data', 'binary data'],
};

/** Quote a value for a message: secrets redacted, control characters escaped. */
function quote(value: unknown): string {
  return '`' + shownText(String(value)) + '`';
}

/** `` `a`, `b`, `c` `` */
function list(values: unknown): string {
  return Array.isArray(values) ? values.map(quote).join(', ') : quote(values);
}

/** `one of …`, or just the value when there is one. */
function oneOf(values: unknown): string {
  return Array.isArray(values) && values.length > 1 ? `one of ${list(values)}` : list(values);
}

/** A type name as found (`integer`). */
function foundType(name: unknown): string {
  return types[String(name)]?.[0] ?? 'value';
}

/** A type name as expected, with its article (`an integer`). */
function expectedType(name: unknown): string {
  return types[String(name)]?.[1] ?? `a ${String(name)}`;
}

/** `rateLimit.per`, `environments[1]`. */
function pathText(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

/** ` for `path``, or nothing at the root. */
function forPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? '' : ` for ${quote(pathText(path))}`;
}

/** `n thing` / `n things`. */
function count(n: unknown, unit: string): string {
  return `${String(n)} ${n === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** The value a message shows: as written, or redacted when it looks like a secret. */
function actual(params: ShownIssueValue): string {
  if (params.secret === true) return `value that looks like a secret${typeof params.actual === 'string' ? ` (${quote(params.actual)})` : ''}`;
  return quote(params.actual);
}

/** ` in `path``, or nothing at the root. */
function inPath(path: readonly (string | number)[]): string {
  return path.length > 0 ? ` in ${quote(pathText(path))}` : '';
}

/**
 * The wording of every frontmatter issue, by message id, with `{{name}}` placeholders for its
 * data (see `formatMessage`). An issue code has more than one message where its wording differs
 * (`missing-key` with or without the allowed values). `at` is `` for `path` `` (nothing at the
 * root), `in` is `` in `path` ``.
 */
export const frontmatterIssueMessages = {
  'yaml-syntax': 'Unexpected invalid YAML ({{reason}}), expected a YAML mapping of keys to values',
  'yaml-duplicate-key': 'Unexpected second `{{key}}` key, expected each key once',
  'yaml-aliases': 'Unexpected YAML aliases that expand too much, expected at most {{limit}} alias expansions',
  'yaml-too-large': 'Unexpected frontmatter of {{size}}, expected at most {{limit}}',
  'yaml-too-deep': 'Unexpected YAML nested too deeply to read, expected at most {{limit}} levels of nesting',
  'not-a-mapping': `Unexpected {{actual}} as frontmatter, expected a mapping of keys to values such as \`status: ${specStatuses[0]}\``,
  'empty-frontmatter': `Unexpected empty frontmatter, expected a mapping of keys to values such as \`status: ${specStatuses[0]}\``,
  'unknown-key': 'Unexpected key `{{key}}`, expected {{allowed}}',
  'unknown-key-in': 'Unexpected key `{{key}}` in `{{parent}}`, expected {{allowed}}',
  'missing-key': 'Unexpected missing key `{{key}}`, expected a value for `{{key}}`',
  'missing-key-of': 'Unexpected missing key `{{key}}`, expected {{allowed}}',
  'required-with': 'Unexpected missing key `{{key}}` with `{{when}}`, expected a value for `{{key}}`',
  'required-with-of': 'Unexpected missing key `{{key}}` with `{{when}}`, expected {{allowed}}',
  'required-from': 'Unexpected missing key `{{key}}`, expected a value for `{{key}}` before `status: {{status}}`',
  'invalid-type': 'Unexpected {{actual}}{{at}}, expected {{expected}}',
  'invalid-value': 'Unexpected {{actual}}{{at}}, expected {{allowed}}',
  'invalid-format': 'Unexpected {{actual}}{{at}}, expected {{format}}',
  'too-short-empty': 'Unexpected empty {{container}}{{at}}, expected at least {{minimum}}',
  'too-short': 'Unexpected {{actual}}{{in}}, expected at least {{minimum}}',
  'too-long': 'Unexpected {{actual}}{{in}}, expected at most {{maximum}}',
  'too-small': 'Unexpected {{actual}}{{at}}, expected a number of at least {{minimum}}',
  'too-small-exclusive': 'Unexpected {{actual}}{{at}}, expected a number greater than {{minimum}}',
  'too-big': 'Unexpected {{actual}}{{at}}, expected a number of at most {{maximum}}',
  'too-big-exclusive': 'Unexpected {{actual}}{{at}}, expected a number less than {{maximum}}',
  'duplicate-item': 'Unexpected second {{actual}}{{in}}, expected each item once (the first is item {{first}})',
  'secret-value': 'Unexpected value that looks like a secret{{at}}, expected the name of the environment variable that holds it, such as `STRIPE_WEBHOOK_SECRET`',
  'secret-value-shown': 'Unexpected value that looks like a secret (`{{redacted}}`){{at}}, expected the name of the environment variable that holds it, such as `STRIPE_WEBHOOK_SECRET`',
  'date-order': 'Unexpected `updated` date `{{updated}}` before `created` date `{{created}}`, expected the same date or later',
  custom: '{{message}}',
  'custom-unworded': 'Unexpected value{{at}}, expected a valid value',
} as const satisfies Record<string, string>;

/** The id of a frontmatter issue's message (`missing-key-of`). */
export type FrontmatterIssueMessageId = keyof typeof frontmatterIssueMessages;

/** A frontmatter issue's message as data: which wording, and the text of its placeholders. */
export interface FrontmatterIssueMessageData {
  /** The message's id, a key of {@link frontmatterIssueMessages}. */
  messageId: FrontmatterIssueMessageId;
  /** The text of each placeholder, shown safely (secrets redacted, control characters escaped). */
  data: Record<string, string>;
}

/**
 * A frontmatter issue's message as data: its id among {@link frontmatterIssueMessages} and the
 * text of its placeholders. Whatever the issue holds (keys, values, template ids, a team's own
 * message) is shown through {@link shownText}: no secret and no control character reaches it.
 *
 * @param issue The issue, as data.
 * @returns The message id and data.
 */
export function frontmatterIssueMessageData(issue: FrontmatterIssue): FrontmatterIssueMessageData {
  const { path } = issue;
  const at = forPath(path);
  const key = shownText(pathText(path));
  switch (issue.code) {
    case 'yaml-syntax':
      return { messageId: issue.code, data: { reason: shownText(issue.params.reason) } };
    case 'yaml-duplicate-key':
      return { messageId: issue.code, data: { key: shownText(issue.params.key) } };
    case 'yaml-aliases':
    case 'yaml-too-deep':
      return { messageId: issue.code, data: { limit: String(issue.params.limit) } };
    case 'yaml-too-large':
      return { messageId: issue.code, data: { size: count(issue.params.size, 'characters'), limit: String(issue.params.limit) } };
    case 'not-a-mapping':
      return issue.params.actual === 'empty' ? { messageId: 'empty-frontmatter', data: {} } : { messageId: issue.code, data: { actual: foundType(issue.params.actual) } };
    case 'unknown-key': {
      const parent = path.slice(0, -1);
      const data = { key: shownText(String(issue.params.key)), allowed: oneOf(issue.params.allowed) };
      return parent.length > 0 ? { messageId: 'unknown-key-in', data: { ...data, parent: shownText(pathText(parent)) } } : { messageId: issue.code, data };
    }
    case 'missing-key':
      return issue.params.allowed ? { messageId: 'missing-key-of', data: { key, allowed: oneOf(issue.params.allowed) } } : { messageId: issue.code, data: { key } };
    case 'required-with': {
      const { when } = issue.params;
      const data = { key, when: shownText(`${String(when.key)}: ${String(when.value)}`) };
      return issue.params.allowed ? { messageId: 'required-with-of', data: { ...data, allowed: oneOf(issue.params.allowed) } } : { messageId: issue.code, data };
    }
    case 'required-from':
      return { messageId: issue.code, data: { key, status: String(issue.params.status) } };
    case 'invalid-type':
      return { messageId: issue.code, data: { actual: foundType(issue.params.actual), at, expected: issue.params.expected.map(expectedType).join(' or ') } };
    case 'invalid-value':
      return { messageId: issue.code, data: { actual: actual(issue.params), at, allowed: oneOf(issue.params.allowed) } };
    case 'invalid-format':
      return { messageId: issue.code, data: { actual: actual(issue.params), at, format: formats[issue.params.format] ?? `a valid ${shownText(issue.params.format)}` } };
    case 'too-short':
      if (issue.params.actual === 0) {
        return { messageId: 'too-short-empty', data: { container: issue.params.unit === 'items' ? 'list' : 'string', at, minimum: count(issue.params.minimum, issue.params.unit) } };
      }
      return { messageId: issue.code, data: { actual: count(issue.params.actual, issue.params.unit), in: inPath(path), minimum: String(issue.params.minimum) } };
    case 'too-long':
      return { messageId: issue.code, data: { actual: count(issue.params.actual, issue.params.unit), in: inPath(path), maximum: String(issue.params.maximum) } };
    case 'too-small':
      return { messageId: issue.params.inclusive ? issue.code : 'too-small-exclusive', data: { actual: actual(issue.params), at, minimum: String(issue.params.minimum) } };
    case 'too-big':
      return { messageId: issue.params.inclusive ? issue.code : 'too-big-exclusive', data: { actual: actual(issue.params), at, maximum: String(issue.params.maximum) } };
    case 'duplicate-item':
      return { messageId: issue.code, data: { actual: actual(issue.params), in: inPath(path.slice(0, -1)), first: String(Number(issue.params.first) + 1) } };
    case 'secret-value':
      return typeof issue.params.redacted === 'string'
        ? { messageId: 'secret-value-shown', data: { redacted: shownText(issue.params.redacted), at } }
        : { messageId: issue.code, data: { at } };
    case 'date-order':
      return { messageId: issue.code, data: { updated: shownText(issue.params.updated), created: shownText(issue.params.created) } };
    case 'custom':
      return typeof issue.params.message === 'string' && issue.params.message !== ''
        ? { messageId: issue.code, data: { message: shownText(issue.params.message) } }
        : { messageId: 'custom-unworded', data: { at } };
  }
}

/**
 * Word a frontmatter issue: its wording from {@link frontmatterIssueMessages} with the data of
 * {@link frontmatterIssueMessageData}. Every frontmatter issue's wording lives here.
 *
 * @param issue The issue, as data.
 * @returns One sentence, `Unexpected …, expected …`.
 */
export function frontmatterIssueMessage(issue: FrontmatterIssue): string {
  const { messageId, data } = frontmatterIssueMessageData(issue);
  return formatMessage(frontmatterIssueMessages[messageId], data);
}
