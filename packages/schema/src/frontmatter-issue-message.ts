import { specStatuses } from './allowed-values.ts';
import type { FrontmatterIssue } from './frontmatter-issue.ts';
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
function actual(params: Record<string, unknown>): string {
  if (params.secret === true) return `value that looks like a secret${typeof params.actual === 'string' ? ` (${quote(params.actual)})` : ''}`;
  return quote(params.actual);
}

/**
 * Word a frontmatter issue. Every frontmatter issue's wording lives here. Whatever the issue holds
 * (keys, values, template ids, a team's own message) is shown through {@link shownText}: no
 * secret and no control character reaches the message.
 *
 * @param issue The issue, as data.
 * @returns One sentence, `Unexpected …, expected …`.
 */
export function frontmatterIssueMessage(issue: FrontmatterIssue): string {
  const { params, path } = issue;
  const at = forPath(path);
  switch (issue.code) {
    case 'yaml-syntax':
      return `Unexpected invalid YAML (${shownText(String(params.reason))}), expected a YAML mapping of keys to values`;
    case 'yaml-duplicate-key':
      return `Unexpected second ${quote(params.key)} key, expected each key once`;
    case 'yaml-aliases':
      return `Unexpected YAML aliases that expand too much, expected at most ${String(params.limit)} alias expansions`;
    case 'yaml-too-large':
      return `Unexpected frontmatter of ${count(params.size, 'characters')}, expected at most ${String(params.limit)}`;
    case 'yaml-too-deep':
      return `Unexpected YAML nested too deeply to read, expected at most ${String(params.limit)} levels of nesting`;
    case 'not-a-mapping':
      return `Unexpected ${params.actual === 'empty' ? 'empty frontmatter' : `${foundType(params.actual)} as frontmatter`}, expected a mapping of keys to values such as \`status: ${specStatuses[0]}\``;
    case 'unknown-key': {
      const parent = path.slice(0, -1);
      return `Unexpected key ${quote(params.key)}${parent.length > 0 ? ` in ${quote(pathText(parent))}` : ''}, expected ${oneOf(params.allowed)}`;
    }
    case 'missing-key':
      return `Unexpected missing key ${quote(pathText(path))}, expected ${params.allowed ? oneOf(params.allowed) : `a value for ${quote(pathText(path))}`}`;
    case 'required-with': {
      const when = (params.when ?? {}) as { key?: unknown; value?: unknown };
      return `Unexpected missing key ${quote(pathText(path))} with ${quote(`${String(when.key)}: ${String(when.value)}`)}, expected ${params.allowed ? oneOf(params.allowed) : `a value for ${quote(pathText(path))}`}`;
    }
    case 'required-from':
      return `Unexpected missing key ${quote(pathText(path))}, expected a value for ${quote(pathText(path))} before \`status: ${String(params.status)}\``;
    case 'invalid-type':
      return `Unexpected ${foundType(params.actual)}${at}, expected ${(Array.isArray(params.expected) ? params.expected : [params.expected]).map(expectedType).join(' or ')}`;
    case 'invalid-value':
      return `Unexpected ${actual(params)}${at}, expected ${oneOf(params.allowed)}`;
    case 'invalid-format':
      return `Unexpected ${actual(params)}${at}, expected ${formats[String(params.format)] ?? `a valid ${String(params.format)}`}`;
    case 'too-short':
      if (params.actual === 0) {
        return `Unexpected empty ${params.unit === 'items' ? 'list' : 'string'}${at}, expected at least ${count(params.minimum, String(params.unit))}`;
      }
      return `Unexpected ${count(params.actual, String(params.unit))}${path.length > 0 ? ` in ${quote(pathText(path))}` : ''}, expected at least ${String(params.minimum)}`;
    case 'too-long':
      return `Unexpected ${count(params.actual, String(params.unit))}${path.length > 0 ? ` in ${quote(pathText(path))}` : ''}, expected at most ${String(params.maximum)}`;
    case 'too-small':
      return `Unexpected ${actual(params)}${at}, expected a number ${params.inclusive ? 'of at least' : 'greater than'} ${String(params.minimum)}`;
    case 'too-big':
      return `Unexpected ${actual(params)}${at}, expected a number ${params.inclusive ? 'of at most' : 'less than'} ${String(params.maximum)}`;
    case 'duplicate-item': {
      const listPath = path.slice(0, -1);
      return `Unexpected second ${actual(params)}${listPath.length > 0 ? ` in ${quote(pathText(listPath))}` : ''}, expected each item once (the first is item ${Number(params.first) + 1})`;
    }
    case 'secret-value':
      return `Unexpected value that looks like a secret${typeof params.redacted === 'string' ? ` (${quote(params.redacted)})` : ''}${at}, expected the name of the environment variable that holds it, such as \`STRIPE_WEBHOOK_SECRET\``;
    case 'date-order':
      return `Unexpected \`updated\` date ${quote(params.updated)} before \`created\` date ${quote(params.created)}, expected the same date or later`;
    case 'custom':
      return typeof params.message === 'string' && params.message !== '' ? shownText(params.message) : `Unexpected value${at}, expected a valid value`;
    default:
      return `Unexpected problem ${quote(issue.code)}${at}, expected valid frontmatter`;
  }
}
