/**
 * What an answer names: the concrete things an API-integration answer can be checked by — HTTP
 * statuses, the provider's codes, bounds on retries and rates, webhook events and the keys
 * duplicates are recognised by.
 */

/** A bound an answer puts on retries, waiting or traffic. */
export interface AnswerBound {
  /**
   * What is bounded: `attempts` (`3 attempts`, `twice`), `duration` (`500 ms`, `an hour`), `rate`
   * (`100 requests per second`) or `provider` (a wait the provider states: `Retry-After`, the
   * rate-limit reset, “the messaging service's rate”).
   */
  kind: 'attempts' | 'duration' | 'rate' | 'provider';
  /** The words that state it, as written. */
  text: string;
  /** The number, for `attempts`, `duration` and `rate` (`an hour` is `1`); absent for `provider`. */
  value?: number;
  /**
   * The unit: `attempt` for attempts; `millisecond`, `second`, `minute`, `hour`, `day` or `week`
   * for a duration; the period (`second` … `day`) a rate counts over; absent for `provider`.
   */
  unit?: string;
}

/** Everything an answer names, each list in the order written, without repeats. */
export interface AnswerNames {
  /** HTTP statuses and status classes (`409`, `429`, `5xx`). */
  statuses: string[];
  /**
   * Identifiers a provider or the system uses — error codes, event names, states — in code spans
   * or written as code (`card_declined`, `REQUEST_LIMIT_EXCEEDED`, `payment_intent.succeeded`,
   * Twilio's `21610` after “error” or “code”).
   */
  codes: string[];
  /**
   * Webhook event names: dotted names (`charge.refunded`), and codes in a sentence that speaks of
   * events, webhooks or callbacks (`` the `pull_request` event ``).
   */
  events: string[];
  /** Bounds on attempts, durations and rates. */
  bounds: AnswerBound[];
  /**
   * What duplicates are recognised by: an id (`event id`, `delivery id`), an idempotency key, a
   * unique index or constraint, a `X-…-Id` style header.
   */
  dedupKeys: string[];
  /**
   * Conditions that decide what an event may change (`only if its sequence is higher`,
   * `unless`, `newer`), which is how an answer orders out-of-order events.
   */
  orderRules: string[];
}

const numberWords: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  half: 0.5,
  once: 1,
  twice: 2,
  thrice: 3,
};

const durationUnits: Readonly<Record<string, string>> = {
  ms: 'millisecond',
  millisecond: 'millisecond',
  milliseconds: 'millisecond',
  s: 'second',
  sec: 'second',
  secs: 'second',
  second: 'second',
  seconds: 'second',
  min: 'minute',
  mins: 'minute',
  minute: 'minute',
  minutes: 'minute',
  h: 'hour',
  hr: 'hour',
  hrs: 'hour',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
};

const periodUnits: Readonly<Record<string, string>> = { s: 'second', sec: 'second', second: 'second', m: 'minute', min: 'minute', minute: 'minute', h: 'hour', hr: 'hour', hour: 'hour', d: 'day', day: 'day' };

/** File extensions and top-level domains: a dotted name ending in one is a file or a host, not an event. */
const notEventEndings = new Set(['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'py', 'rb', 'go', 'rs', 'java', 'kt', 'cs', 'php', 'json', 'md', 'mdx', 'yaml', 'yml', 'toml', 'sql', 'html', 'css', 'sh', 'env', 'txt', 'xml', 'csv', 'lock', 'com', 'io', 'dev', 'org', 'net', 'app', 'co', 'uk', 'de', 'eu', 'us', 'cloud', 'ai', 'gov', 'edu', 'tld', 'local', 'internal']);

const codeSpan = /(`+)([^`]+?)\1/g;
const statusPattern = /(?<![\w$€£.,:/#-])(10[0-3]|[2-5]\d\d|[1-5]xx|[1-5]XX)(?![\w%-])(?!\.\d)(?![ \t]*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|requests?|req|calls?|attempts?|times|tries|retries|records?|rows?|items?|messages?|users?|events?|entries|characters?|chars|bytes|kb|mb|gb|euros?|dollars?|eur|usd|gbp|px|per)\b)/g;
const identifierShape = /^(?:[A-Za-z][\w-]*(?:[.:/][\w-]+)*|\d{3,6})$/;
const snakeToken = /(?<![\w.`/-])(?:[a-z][a-z\d]*(?:_[a-z\d]+)+|[A-Z][A-Z\d]*(?:_[A-Z\d]+)+)(?![\w`/-])/g;
const dottedName = /(?<![\w./-])[a-z][a-z\d_]*(?:\.[a-z][a-z\d_]*)+(?![\w/-])/g;
const numberedCode = /\b(?:error|code|error code|reason)[ \t]+(?:#|no\.?[ \t]*)?(\d{3,6}|[A-Z][A-Z\d]{1,}-?\d+)\b/gi;
const eventContext = /\b(?:events?|webhooks?|callbacks?|notifications?|topics?)\b/i;
const numberToken = /\d+(?:[.,]\d+)*|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|half)\b/gi;
const attemptsAfter = /^[ \t]*(?:more[ \t]+|further[ \t]+|retry[ \t]+|total[ \t]+)?(?:attempts?|times|tries|retries|retry attempts)\b/i;
const durationAfter = /^(?:[ \t]*|-)(?:an?[ \t]+)?(ms|milliseconds?|s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?)\b/i;
const rateAfter = /^\+?[ \t]*(?:[a-z]+[ \t]+)?(?:requests?|req|calls?|messages?|emails?|events?|writes?|reads?|queries)?[ \t]*(?:per\b|\/|an?\b|every\b|each\b)[ \t]*(s|sec|second|m|min|minute|h|hr|hour|d|day)\b/i;
const capBefore = /\b(?:up[ \t]+to|at[ \t]+most|max(?:imum)?(?:[ \t]+of)?|no[ \t]+more[ \t]+than|capped[ \t]+at|limit(?:ed)?[ \t]+(?:of|to))[ \t]+$/i;
const repeatWords = /\b(?:once|twice|thrice)\b/gi;
const providerBound = /`?\bRetry-After\b`?|`?\bx-ratelimit-reset\b`?|`?\bratelimit-reset\b`?|\b(?:limit|window|quota)[ \t]+resets?\b|\bresets?[ \t]+(?:time|window|header)\b|\bto[ \t]+(?:[\w-]+[ \t]+){0,4}?[\w-]+['’]s[ \t]+rate\b|\bto[ \t]+(?:its|their)[ \t]+rate\b/gi;
const dedupPattern = /\b[a-z\d]+[ _-]ids?\b|\bid[ \t]+of[ \t]+the[ \t]+\w+\b|\bidempotency[ _-]keys?\b|\bdedup(?:lication)?[ _-]keys?\b|\bunique[ \t]+(?:index|constraint|key)\b|\bkeyed[ \t]+by[ \t]+[^,;.]+|\bx-[\w-]+-(?:id|delivery|signature-id|idempotency-key)\b|\bSIDs?\b/gi;
const orderPattern = /\bonly[ \t]+(?:if|when)\b[^,;.]*|\bunless\b[^,;.]*|\b(?:sequence|version)[ \t]+(?:number|is|are)\b[^,;.]*|\b(?:newer|older|higher|later)[ \t]+(?:than|state|event|status|sequence|version)\b[^,;.]*|\bupdated_at\b|\btimestamps?\b[^,;.]*/gi;

const namesCache = new Map<string, AnswerNames>();

/**
 * Find what an answer names. Code spans are read for codes and events; statuses are 3-digit
 * numbers 100–599 and `4xx`/`5xx` that are not a quantity (`500 ms` is a duration).
 *
 * @param text The answer's Markdown (a question may be prepended for context).
 * @returns What it names; the same object for the same text.
 */
export function answerNames(text: string): AnswerNames {
  const cached = namesCache.get(text);
  if (cached) return cached;
  const names: AnswerNames = { statuses: [], codes: [], events: [], bounds: [], dedupKeys: [], orderRules: [] };
  const spans: string[] = [];
  for (const match of text.matchAll(codeSpan)) spans.push((match[2] ?? '').trim());
  const plain = text.replace(codeSpan, (_, ticks: string, inner: string) => ' '.repeat(ticks.length) + inner + ' '.repeat(ticks.length));

  for (const match of plain.matchAll(statusPattern)) add(names.statuses, (match[1] ?? '').toLowerCase());
  for (const span of spans) {
    const first = span.split(/[\s:=]/)[0] ?? '';
    if (identifierShape.test(span)) add(names.codes, span);
    else if (identifierShape.test(first) && first.length > 1) add(names.codes, first);
  }
  for (const match of plain.matchAll(snakeToken)) add(names.codes, match[0]);
  for (const match of plain.matchAll(numberedCode)) add(names.codes, match[1] ?? '');

  for (const sentence of plain.split(/(?<=[.;!?])\s+|\n/)) {
    for (const match of sentence.matchAll(dottedName)) {
      const name = match[0];
      if (!notEventEndings.has(name.slice(name.lastIndexOf('.') + 1))) add(names.events, name);
    }
    if (!eventContext.test(sentence)) continue;
    for (const code of names.codes) if (sentence.includes(code) && !/^\d+$/.test(code) && !isFile(code)) add(names.events, code);
  }

  for (const match of plain.matchAll(numberToken)) {
    const raw = match[0];
    const after = plain.slice(match.index + raw.length, match.index + raw.length + 40);
    const value = numberOf(raw);
    if (value === undefined) continue;
    const rate = rateAfter.exec(after);
    const isWord = /^[a-z]/i.test(raw);
    if (rate && !(isWord && value === 1 && raw.length < 3)) {
      names.bounds.push({ kind: 'rate', text: raw + rate[0], value, unit: periodUnits[(rate[1] ?? '').toLowerCase()] ?? 'second' });
      continue;
    }
    const attempts = attemptsAfter.exec(after);
    if (attempts) {
      names.bounds.push({ kind: 'attempts', text: raw + attempts[0], value, unit: 'attempt' });
      continue;
    }
    const duration = durationAfter.exec(after);
    // A lone `a`/`an` bounds only with a whole unit word (`an hour`, not `a s`).
    if (duration && !(isWord && (duration[1] ?? '').length < 3)) {
      names.bounds.push({ kind: 'duration', text: raw + duration[0], value, unit: durationUnits[(duration[1] ?? '').toLowerCase()] ?? 'second' });
    } else if (!isWord && capBefore.test(plain.slice(Math.max(0, match.index - 24), match.index))) {
      names.bounds.push({ kind: 'attempts', text: raw, value, unit: 'attempt' });
    }
  }
  for (const match of plain.matchAll(repeatWords)) names.bounds.push({ kind: 'attempts', text: match[0], value: numberWords[match[0].toLowerCase()] ?? 1, unit: 'attempt' });
  for (const match of text.matchAll(providerBound)) names.bounds.push({ kind: 'provider', text: match[0] });

  for (const match of plain.matchAll(dedupPattern)) add(names.dedupKeys, match[0].trim());
  for (const match of plain.matchAll(orderPattern)) add(names.orderRules, match[0].trim());

  if (namesCache.size > 2000) namesCache.clear();
  namesCache.set(text, names);
  return names;
}

/** Add a value to a list unless it is there already or empty. */
function add(list: string[], value: string): void {
  if (value !== '' && !list.includes(value)) list.push(value);
}

/** Whether an identifier is a file path or name. */
function isFile(code: string): boolean {
  return code.includes('/') || notEventEndings.has(code.slice(code.lastIndexOf('.') + 1));
}

/** The value of a number as written in digits or words (`5,000` is 5000, `an` is 1). */
function numberOf(raw: string): number | undefined {
  const word = numberWords[raw.toLowerCase()];
  if (word !== undefined) return word;
  const value = Number(raw.replace(/,(?=\d{3}\b)/g, ''));
  return Number.isFinite(value) ? value : undefined;
}
