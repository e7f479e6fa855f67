import * as z from 'zod';
import { frontmatterIssueMessage } from './frontmatter-issue-message.ts';
import { looksLikeSecret, redactedParam } from './secret-value.ts';
import { shownValue } from './shown-value.ts';
import { addSpecmarkIssue } from './specmark-issue.ts';

/**
 * The string shapes the frontmatter uses. Each is a named zod string format backed by a regular
 * expression, so the JSON Schema carries the same check as a `pattern` and an issue names the
 * format (`env-name`).
 */

/**
 * The message of a string that does not have a format, for tools that show zod messages as they
 * are (Astro's content collections); `validateFrontmatter` words the same issue with its path.
 */
function worded(format: string): (issue: { input?: unknown }) => string {
  return (issue) => frontmatterIssueMessage({ code: 'invalid-format', path: [], params: { ...shownValue(issue.input), format } });
}

/** One line of text. */
export function singleLine(): z.ZodCustomStringFormat<'single-line'> {
  return z.stringFormat('single-line', /^[^\r\n]*$/, { error: worded('single-line') });
}

/** An `http` or `https` URL. */
export function httpUrl(): z.ZodCustomStringFormat<'url'> {
  return z.stringFormat('url', /^https?:\/\/[^\s/?#]\S*$/, { error: worded('url') });
}

/** A ticket: a URL or an issue key such as `PAY-123`. */
export function ticket(): z.ZodCustomStringFormat<'ticket'> {
  return z.stringFormat('ticket', /^(?:[A-Z][A-Z0-9]*-[1-9][0-9]*|https?:\/\/[^\s/?#]\S*)$/, { error: worded('ticket') });
}

/** An HTTP header name (an RFC 9110 token), such as `Stripe-Signature`. */
export function headerName(): z.ZodCustomStringFormat<'header-name'> {
  return z.stringFormat('header-name', /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, { error: worded('header-name') });
}

/** An event name without spaces, such as `payment_intent.succeeded`. */
export function eventName(): z.ZodCustomStringFormat<'event-name'> {
  return z.stringFormat('event-name', /^\S+$/, { error: worded('event-name') });
}

/**
 * Where a spec's provider API description is: a file path relative to the spec, or a package
 * path (`@octokit/openapi/generated/api.github.com.json`); one line, not a URL.
 */
export function apiDescriptionPath(): z.ZodCustomStringFormat<'api-description'> {
  return z.stringFormat('api-description', /^(?![A-Za-z][A-Za-z0-9+.-]+:\/\/)[^\S\r\n]*\S[^\r\n]*$/, { error: worded('api-description') });
}

/**
 * An operation of a provider's API as a spec names it: `METHOD /path` with the HTTP method in
 * upper case (`POST /repos/{owner}/{repo}/deployments`), or an operation id without spaces
 * (`repos/create-deployment-status`).
 */
export function apiOperation(): z.ZodCustomStringFormat<'api-operation'> {
  return z.stringFormat('api-operation', /^(?:(?:GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE|QUERY) \/\S*|\S+)$/, { error: worded('api-operation') });
}

/**
 * The name of an environment variable (`STRIPE_WEBHOOK_SECRET`). A value that looks like a secret
 * gets a `secret-value` issue that shows it redacted, never in full.
 */
export function envVarName(): z.ZodCustomStringFormat<'env-name'> {
  return z.stringFormat('env-name', /^[A-Z_][A-Z0-9_]*$/, { error: worded('env-name') }).superRefine((value, context) => {
    if (looksLikeSecret(value)) addSpecmarkIssue(context, { code: 'secret-value', params: redactedParam(value) });
  });
}

/**
 * A positive integer. Written as a positive multiple of 1 rather than `z.int()`, whose failure
 * stops the cross-key rules from running; the JSON Schema still says `integer`.
 */
export function positiveInteger() {
  return z.number().positive().multipleOf(1).meta({ type: 'integer' });
}

/**
 * An ISO calendar date (`2026-11-24`). A JavaScript `Date` at midnight UTC — what YAML 1.1
 * parsers such as js-yaml (used by Astro's content loader) make of an unquoted date — is accepted
 * and output as the same `YYYY-MM-DD` string.
 *
 * @param meta Description and examples, kept on the date itself so that the JSON Schema (which
 *   describes the input) carries them.
 * @returns The date schema.
 */
export function isoDate(meta: { description: string; examples: string[] }) {
  return z.preprocess((value: string | Date) => (value instanceof Date ? fromDate(value) : value), z.iso.date({ error: worded('date') }).meta(meta));
}

/** `YYYY-MM-DD` for a date at midnight UTC; the full timestamp otherwise (rejected as not a date). */
function fromDate(date: Date): string | Date {
  if (Number.isNaN(date.getTime())) return date;
  const text = date.toISOString();
  return text.endsWith('T00:00:00.000Z') ? text.slice(0, 10) : text;
}

/**
 * A list whose items are all different (`uniqueItems` in JSON Schema).
 *
 * @param item The schema of one item.
 * @returns The list schema; a repeated item gets a `duplicate-item` issue.
 */
export function uniqueList<Item extends z.ZodType>(item: Item): z.ZodArray<Item> {
  return z
    .array(item)
    .superRefine((items, context) => {
      const first = new Map<string, number>();
      items.forEach((value, index) => {
        const key = typeof value === 'string' ? value : JSON.stringify(value);
        const seen = first.get(key);
        if (seen === undefined) first.set(key, index);
        else addSpecmarkIssue(context, { code: 'duplicate-item', params: { ...shownValue(value), first: seen } }, [index]);
      });
    })
    .meta({ uniqueItems: true });
}
