/**
 * What an answer names: the concrete things an API-integration answer can be checked by — HTTP
 * statuses, the provider's codes, bounds on retries and rates, webhook events and the keys
 * duplicates are recognised by.
 */

import { memoByText } from './text-memo.ts';

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
  /**
   * Kinds of event named by a qualifier (`the refund webhook`, `status callbacks`): which events,
   * without their exact names. A generic qualifier (`a webhook event`, `the incoming event`) names none.
   */
  eventKinds: string[];
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

/** Number words and their values; a map, so that looking a token up leaves it as it is. */
const numberWords: ReadonlyMap<string, number> = mapOf({
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
});

const durationUnits: ReadonlyMap<string, string> = mapOf({
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
});

const periodUnits: ReadonlyMap<string, string> = mapOf({ s: 'second', sec: 'second', second: 'second', m: 'minute', min: 'minute', minute: 'minute', h: 'hour', hr: 'hour', hour: 'hour', d: 'day', day: 'day' });

/** File extensions and top-level domains: a dotted name ending in one is a file or a host, not an event. */
const notEventEndings = new Set(['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'py', 'rb', 'go', 'rs', 'java', 'kt', 'cs', 'php', 'json', 'md', 'mdx', 'yaml', 'yml', 'toml', 'sql', 'html', 'css', 'sh', 'env', 'txt', 'xml', 'csv', 'lock', 'com', 'io', 'dev', 'org', 'net', 'app', 'co', 'uk', 'de', 'eu', 'us', 'cloud', 'ai', 'gov', 'edu', 'tld', 'local', 'internal']);

const statusShape = /^(?:10[0-3]|[2-5]\d\d|[1-5]xx)$/i;
const identifierShape = /^(?:[A-Za-z][\w-]*(?:[.:/][\w-]+)*|\d{3,6})$/;
const snakeShape = /^(?:[a-z][a-z\d]*(?:_[a-z\d]+)+|[A-Z][A-Z\d]*(?:_[A-Z\d]+)+)$/;
const dottedShape = /^[a-z][a-z\d_]+(?:\.[a-z][a-z\d_]+)+$/;
const numberShape = /^\d+(?:[.,]\d+)*$/;
const numberedCodeShape = /^#?(?:\d{3,6}|[A-Z]+-?\d+)$/;
const gluedDuration = /^(\d+(?:\.\d+)?)(ms|s|m|min|h|d)$/i;
const gluedRate = /^(\d+)\/(s|sec|second|m|min|minute|h|hr|hour|d|day)$/i;
/** A run between the characters that separate tokens: white space and punctuation that never joins a code (`_ . / - : ,` stay inside a token). */
const tokenRun = /[^\s()[\]{}<>"'“”‘’!?*=;+]+/g;
/** What ends a sentence: `.`, `;`, `!` or `?` before white space, or a line end; found from `lastIndex` on. */
const sentenceEnd = /[.;!?][ \t]|\n/g;

/** Words that say a quantity is not a status (`500 ms`, `250 requests`). */
const quantityUnits = new Set(
  'ms millisecond milliseconds s sec secs second seconds min mins minute minutes h hr hrs hour hours day days week weeks request requests req call calls attempt attempts time times tries retries record records row rows item items message messages user users event events entry entries character characters chars byte bytes kb mb gb euro euros dollar dollars eur usd gbp px per percent'.split(
    ' ',
  ),
);
const rateNouns = new Set('request requests req call calls message messages email emails event events write writes read reads query queries'.split(' '));
const rateJoins = new Set(['per', 'a', 'an', 'every', 'each', '/']);
const attemptNouns = new Set(['attempt', 'attempts', 'times', 'tries', 'retries']);
const attemptFillers = new Set(['more', 'further', 'retry', 'total', 'delivery']);
const caps = ['up to', 'at most', 'max', 'maximum', 'maximum of', 'no more than', 'capped at', 'limit of', 'limited to'].map((cap) => cap.split(' '));
const repeats = new Set(['once', 'twice', 'thrice']);
const providerWaits = new Set(['retry-after', 'x-ratelimit-reset', 'ratelimit-reset', 'x-rate-limit-reset', 'x-ratelimit-remaining']);
const resetPairs = new Set(['limit resets', 'limit reset', 'window resets', 'quota resets', 'reset time', 'reset window', 'reset header']);
const eventNouns = new Set(['event', 'events', 'webhook', 'webhooks', 'callback', 'callbacks', 'notification', 'notifications']);
const eventContextWords = new Set([...eventNouns, 'topic', 'topics']);
const codeLeads = new Set(['error', 'code', 'reason']);
const dedupPairs = new Set(['idempotency key', 'idempotency keys', 'dedup key', 'dedup keys', 'deduplication key', 'unique index', 'unique constraint', 'unique key', 'sequence number', 'version number']);
const orderLeads = new Set(['only if', 'only when', 'unless', 'newer than', 'older than', 'higher than', 'later than', 'updated_at', 'timestamp', 'timestamps']);
/** Words before “id” that do not say whose id it is. */
const idGeneric = new Set(['the', 'an', 'a', 'its', 'their', 'same', 'this', 'that', 'by', 'with', 'of']);
/** Words before “event” or “webhook” that do not say which one. */
const genericQualifiers = new Set(
  (
    'a an the this that these those each every any all some no new incoming inbound outgoing same duplicate duplicated second first next later earlier ' +
    'older newer late stale webhook webhooks event events provider third-party external its their our his her one single other another s ' +
    'given whole received arriving relevant such following matching unknown unexpected unrecognised unrecognized out-of-order retried repeated ' +
    'invalid valid signed unsigned verified api when if as of for per by on in to from with and or is are was were'
  ).split(' '),
);

/** A name for an id (`event_id`, `delivery-ids`). */
const idShape = /^[a-z][\w-]*[_-]ids?$/i;
/** The first words of the pairs that name a reset (`limit resets`). */
const resetLeads = new Set([...resetPairs].map((words) => words.split(' ')[0]!));
/** The words a bound may start with, besides a number: number words, repeats, the provider's waits, `rate`. */
const boundWords = new Set([...numberWords.keys(), ...repeats, ...providerWaits, ...resetLeads, 'rate']);

/** The first words of the two-word dedup keys and order rules. */
const pairLeads = new Set([...dedupPairs, ...orderLeads].filter((words) => words.includes(' ')).map((words) => words.split(' ')[0]!));

/** The articles, which are number words (`an hour`) but mostly name nothing. */
const articles = new Set(['a', 'an']);

/**
 * The words after an article that {@link readBound} reads a bound from: an attempt (`a retry
 * attempt`) or a unit spelt out (`an hour`, not `a s`).
 */
const afterArticle = new Set([...attemptFillers, ...attemptNouns, ...[...durationUnits.keys()].filter((unit) => unit.length >= 3)]);

/**
 * The words a sentence is read by. A token that is none of them, starts with no digit, has no
 * `.` or `_`, does not start with `x-`, does not end in `id` or `ids`, and is not an article before
 * one of {@link afterArticle} names nothing, and is skipped.
 */
const telling = new Set([...pairLeads, ...eventContextWords, ...codeLeads, ...boundWords, ...orderLeads, 'sid', 'sids', 'keyed'].filter((word) => !articles.has(word)));

/**
 * Find what an answer names. Code spans are read for codes and events; statuses are `100`–`103`,
 * `200`–`599` and `1xx`–`5xx` that are not a quantity (`500 ms` is a duration).
 *
 * @param text The answer's Markdown (a question may be prepended for context).
 * @returns What it names.
 */
export function answerNames(text: string): AnswerNames {
  return new AnswerNamesReading(text).readUntil();
}

/**
 * What an answer names, read sentence by sentence as far as a question about it needs: whether it
 * names a status, a bound or an event is often known from its first sentence. Reading on from
 * where it stopped gives what {@link answerNames} gives, in the same order.
 */
export class AnswerNamesReading {
  /** What the code spans and the sentences read so far name. */
  readonly names: AnswerNames = { statuses: [], codes: [], events: [], eventKinds: [], bounds: [], dedupKeys: [], orderRules: [] };
  /** The text with its code spans' backticks blanked. */
  readonly #plain: string;
  /** Where the next sentence starts in it, or `-1` once every sentence is read. */
  #next = 0;

  /**
   * @param text The answer's Markdown.
   * @param question The question it answers, read first for context (default: none).
   */
  constructor(text: string, question?: string) {
    // A question that names nothing alone (it has no code spans) names nothing before its answer
    // either, unless a sentence of it about events holds one of the answer's codes: then only the
    // answer is read.
    const silent = question !== undefined && namesNothing(question);
    const { spans, plain } = readCodeSpans(question === undefined || silent ? text : `${question}\n${text}`);
    for (const span of spans) {
      if (identifierShape.test(span)) {
        add(this.names.codes, span);
        continue;
      }
      const first = span.split(/[\s:=]/)[0] ?? '';
      if (identifierShape.test(first) && first.length > 1) add(this.names.codes, first);
    }
    // When the question must be read after all, it comes first, as in the joined text: having no
    // code spans, it leaves the answer's spans and plain text as they are.
    this.#plain = silent && this.names.codes.some((code) => question.includes(code)) ? `${question}\n${plain}` : plain;
  }

  /**
   * Read on until what is named passes a test, or to the end.
   *
   * @param enough A test that stays true once true, such as “names a status” (default: read to the end).
   * @returns What is named so far: everything, unless `enough` passed first.
   */
  readUntil(enough?: (names: AnswerNames) => boolean): AnswerNames {
    const plain = this.#plain;
    while (this.#next !== -1 && !enough?.(this.names)) {
      sentenceEnd.lastIndex = this.#next;
      const end = sentenceEnd.exec(plain);
      const sentence = plain.slice(this.#next, end ? end.index : plain.length);
      this.#next = end ? sentenceEnd.lastIndex : -1;
      const tokens = tokensOf(sentence);
      if (tokens) readSentence(sentence, tokens, this.names);
    }
    return this.names;
  }
}

/** Whether a question without code spans names nothing read alone, remembered for the template's questions. */
const namesNothing = memoByText((question) => {
  if (question.includes('`')) return false;
  return Object.values(answerNames(question)).every((list: unknown[]) => list.length === 0);
});

/** Read one sentence's tokens into the names. */
function readSentence(sentence: string, tokens: readonly string[], names: AnswerNames): void {
  // Built by `push`, as the tokens are: arrays of one kind keep the code that reads them fast.
  const lower: string[] = [];
  for (let index = 0; index < tokens.length; index++) lower.push(tokens[index]!.toLowerCase());
  // A token has a `.` or `_` only if its sentence has.
  const dots = sentence.includes('.');
  const underscores = sentence.includes('_');
  let aboutEvents = false;
  for (let index = 0; index < tokens.length; index++) {
    const word = lower[index]!;
    // Each shape is tested only on a token that has the character it needs.
    const dotted = dots && word.includes('.');
    const snake = underscores && word.includes('_');
    const first = word.charCodeAt(0);
    if (!dotted && !snake && (first < 48 || first > 57) && !telling.has(word) && !endsInId(word) && !(first === 120 && word.charCodeAt(1) === 45)) {
      if (!articles.has(word) || !afterArticle.has(lower[index + 1] ?? '')) continue;
    }
    if (readToken(tokens, lower, index, dotted, snake, names)) aboutEvents = true;
  }
  if (!aboutEvents) return;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (has(names.codes, token) && !/^\d+$/.test(token) && !isFile(token)) add(names.events, token);
  }
}

/**
 * Read what one token that may name something names, with the tokens around it.
 *
 * @returns Whether the token says its sentence is about events.
 */
function readToken(tokens: readonly string[], lower: readonly string[], index: number, dotted: boolean, snake: boolean, names: AnswerNames): boolean {
  const token = tokens[index]!;
  const word = lower[index]!;
  // Only a word that starts one of the pairs below is read with the next.
  const twoWords = pairLeads.has(word) ? `${word} ${lower[index + 1] ?? ''}` : '';
  if (token.length === 3 && statusShape.test(token) && !quantityUnits.has(lower[index + 1] ?? '')) add(names.statuses, word);
  if (snake && snakeShape.test(token)) add(names.codes, token);
  if (codeLeads.has(word) && numberedCodeShape.test(tokens[index + 1] ?? '')) add(names.codes, (tokens[index + 1] ?? '').replace('#', ''));
  if (dotted && dottedShape.test(token) && !notEventEndings.has(token.slice(token.lastIndexOf('.') + 1))) add(names.events, token);
  if (index > 0 && eventNouns.has(word)) {
    const qualifier = lower[index - 1] === 's' && index > 1 ? index - 2 : index - 1;
    if (!genericQualifiers.has(lower[qualifier]!) && !statusShape.test(tokens[qualifier]!)) add(names.eventKinds, phrase(tokens, qualifier, index - qualifier + 1));
  }
  readBound(tokens, lower, index, names);
  if (dedupPairs.has(twoWords)) add(names.dedupKeys, phrase(tokens, index, 2));
  else if ((word === 'id' || word === 'ids') && index > 0 && !idGeneric.has(lower[index - 1]!)) add(names.dedupKeys, phrase(tokens, index - 1, 2));
  else if (((word.endsWith('id') || word.endsWith('ids')) && idShape.test(token)) || word === 'sid' || word === 'sids' || (word.startsWith('x-') && /-(?:id|delivery|idempotency-key)$/.test(word))) add(names.dedupKeys, token);
  else if (word === 'keyed' && lower[index + 1] === 'by') add(names.dedupKeys, phrase(tokens, index, 6));
  if (orderLeads.has(twoWords) || orderLeads.has(word)) add(names.orderRules, phrase(tokens, index, 8));
  return eventContextWords.has(word);
}

/** Whether a lower-case word ends in `id` or `ids` (`event_id`, `sids`). */
function endsInId(word: string): boolean {
  const end = word.charCodeAt(word.length - 1) === 115 ? word.length - 1 : word.length;
  return end >= 2 && word.charCodeAt(end - 1) === 100 && word.charCodeAt(end - 2) === 105;
}

/** The tokens from one, as many as asked for (fewer at the end), joined by spaces. */
function phrase(tokens: readonly string[], from: number, count: number): string {
  return tokens.slice(from, from + count).join(' ');
}

/** Read a bound that starts at a token: a number and its unit, a repeat word, a cap, a wait the provider states. */
function readBound(tokens: readonly string[], lower: readonly string[], index: number, names: AnswerNames): void {
  const word = lower[index]!;
  const token = tokens[index]!;
  // Every bound starts with a digit or one of a few words.
  const first = token.charCodeAt(0);
  const digit = first >= 48 && first <= 57;
  if (!digit && !boundWords.has(word)) return;
  if (repeats.has(word)) {
    names.bounds.push({ kind: 'attempts', text: token, value: numberWords.get(word) ?? 1, unit: 'attempt' });
    return;
  }
  if (providerWaits.has(word) || (resetLeads.has(word) && resetPairs.has(`${word} ${lower[index + 1] ?? ''}`))) {
    names.bounds.push({ kind: 'provider', text: providerWaits.has(word) ? token : tokens.slice(index, index + 2).join(' ') });
    return;
  }
  if (word === 'rate' && index > 1 && (lower[index - 1] === 's' || lower[index - 1] === 'its' || lower[index - 1] === 'their') && lower.slice(Math.max(0, index - 7), index - 1).includes('to')) {
    names.bounds.push({ kind: 'provider', text: tokens.slice(lower.lastIndexOf('to', index), index + 1).join(' ').replace(/ s rate$/, '’s rate') });
    return;
  }
  // Glued units and numbers start with a digit.
  const glued = digit ? (gluedRate.exec(token) ?? gluedDuration.exec(token)) : null;
  if (glued) {
    const rate = token.includes('/');
    const unit = (glued[2] ?? '').toLowerCase();
    names.bounds.push(rate ? { kind: 'rate', text: token, value: Number(glued[1]), unit: periodUnits.get(unit) ?? 'second' } : { kind: 'duration', text: token, value: Number(glued[1]), unit: unit === 'm' ? 'minute' : unit === 'd' ? 'day' : (durationUnits.get(unit) ?? 'second') });
    return;
  }
  const isWord = !digit || !numberShape.test(token);
  const value = isWord ? numberWords.get(word) : Number(token.replaceAll(',', ''));
  if (value === undefined || !Number.isFinite(value) || repeats.has(word)) return;
  let next = index + 1;
  if (rateNouns.has(lower[next + 1] ?? '') && !rateNouns.has(lower[next] ?? '') && !rateJoins.has(lower[next] ?? '')) next++;
  // A noun and the noun it qualifies (`100 write requests per second`) count as one.
  for (let nouns = 0; nouns < 2 && rateNouns.has(lower[next] ?? ''); nouns++) next++;
  const period = periodUnits.get(lower[next + 1] ?? '');
  if (rateJoins.has(lower[next] ?? '') && period && !(isWord && value === 1 && word.length < 3)) {
    names.bounds.push({ kind: 'rate', text: tokens.slice(index, next + 2).join(' '), value, unit: period });
    return;
  }
  next = index + 1;
  if (attemptFillers.has(lower[next] ?? '')) next++;
  if (attemptNouns.has(lower[next] ?? '')) {
    names.bounds.push({ kind: 'attempts', text: tokens.slice(index, next + 1).join(' '), value, unit: 'attempt' });
    return;
  }
  const unit = durationUnits.get(lower[index + 1] ?? '');
  // A lone `a`/`an` bounds only with a whole unit word (`an hour`, not `a s`).
  if (unit && !(isWord && (lower[index + 1] ?? '').length < 3)) {
    names.bounds.push({ kind: 'duration', text: tokens.slice(index, index + 2).join(' '), value, unit });
    return;
  }
  if (!isWord && caps.some((cap) => cap.every((part, at) => lower[index - cap.length + at] === part))) names.bounds.push({ kind: 'attempts', text: token, value, unit: 'attempt' });
}

/**
 * The code spans of Markdown text and the text with their backticks blanked (same length), read
 * as CommonMark reads them: a run of backticks closes at the next run of the same length.
 */
function readCodeSpans(text: string): { spans: string[]; plain: string } {
  const spans: string[] = [];
  let plain = '';
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('`', index);
    if (open === -1) break;
    let width = 1;
    while (text[open + width] === '`') width++;
    let close = open + width;
    let found = -1;
    while (close < text.length) {
      const next = text.indexOf('`', close);
      if (next === -1) break;
      let run = 1;
      while (text[next + run] === '`') run++;
      if (run === width) {
        found = next;
        break;
      }
      close = next + run;
    }
    if (found === -1) {
      plain += text.slice(index, open + width);
      index = open + width;
      continue;
    }
    const inner = text.slice(open + width, found);
    spans.push(inner.trim());
    plain += text.slice(index, open) + ' '.repeat(width) + inner + ' '.repeat(width);
    index = found + width;
  }
  return { spans, plain: plain + text.slice(index) };
}

/**
 * The tokens of a text: runs between white space and punctuation that never joins a code, without
 * trailing `.`, `,` or `:`; `undefined` when it has none (so that every list of tokens read holds strings).
 */
function tokensOf(text: string): string[] | undefined {
  const runs = text.match(tokenRun);
  if (!runs) return undefined;
  const tokens: string[] = [];
  let count = 0;
  for (let index = 0; index < runs.length; index++) {
    const raw = runs[index]!;
    let end = raw.length;
    while (end > 0 && (raw[end - 1] === '.' || raw[end - 1] === ',' || raw[end - 1] === ':')) end--;
    let start = 0;
    while (start < end && (raw[start] === ',' || raw[start] === ':' || raw[start] === '—' || raw[start] === '–')) start++;
    if (end > start) count = tokens.push(raw.slice(start, end));
  }
  return count === 0 ? undefined : tokens;
}

/** A map of an object's entries. */
function mapOf<Value>(entries: Readonly<Record<string, Value>>): ReadonlyMap<string, Value> {
  return new Map(Object.entries(entries));
}

/** Lists shorter than this are searched in order: most answers name a few things. */
const searchedInOrder = 16;
/** The values of the longer lists, kept in step by {@link add}, so that an answer naming thousands of codes is read in linear time. */
const listValues = new WeakMap<string[], Set<string>>();

/** Whether a list holds a value. */
function has(list: string[], value: string): boolean {
  if (list.length < searchedInOrder) return list.includes(value);
  let values = listValues.get(list);
  if (!values) {
    values = new Set(list);
    listValues.set(list, values);
  }
  return values.has(value);
}

/** Add a value to a list unless it is there already or empty. */
function add(list: string[], value: string): void {
  if (value === '' || has(list, value)) return;
  list.push(value);
  listValues.get(list)?.add(value);
}

/** Whether an identifier is a file path or name. */
function isFile(code: string): boolean {
  return code.includes('/') || notEventEndings.has(code.slice(code.lastIndexOf('.') + 1));
}
