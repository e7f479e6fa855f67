/**
 * What an answer is about, among the topics an API-integration answer must be specific on.
 *
 * - `errors` — the provider answers with an error;
 * - `rate-limits` — rate limits, throttling and the system's own retries;
 * - `webhooks` — webhook events, callbacks and duplicates of them.
 */
export type AnswerTopic = 'errors' | 'rate-limits' | 'webhooks';

/** Every topic, in the order messages name them. */
export const answerTopicIds: readonly AnswerTopic[] = ['errors', 'rate-limits', 'webhooks'];

const errorWords = /\berrors?\b|\bdeclin(?:e|es|ed)\b|\b[1-5]xx\b|\bfailure[ \t]+(?:response|status|code)s?\b/i;
const rateWords = /\brate[ \t_-]?limit|\b429\b|\bthrottl|\btoo[ \t]+many[ \t]+requests\b|\bquota\b/i;
const webhookWords = /\bwebhooks?\b|\bevents?\b|\bcallbacks?\b|\bduplicat|\bidempoten|\bout[ \t]+of[ \t]+order\b/i;
/** “In the event of”, which is not about events. */
const notAnEvent = /\bin[ \t]+the[ \t]+event[ \t]+(?:of|that)\b/gi;
/**
 * The system retrying, not a person offered a retry (`to retry`, `a retry button`) nor the
 * provider's retried request.
 */
const retryWords = /(?<!\b(?:to|can|may|a|the)[ \t])\bretr(?:y|ies|ied|ying)\b(?![ \t_-]*(?:requests?|buttons?|links?|headers?|counts?|num\w*|-after)\b)|\bback(?:s|ed|ing)?[ \t]+off\b|\bbackoff\b/i;

/**
 * The topics a text is about: what a condition (`When the rate limit is hit`, an edge-case
 * question) asks for.
 *
 * @param text The condition or question, Markdown or plain.
 * @returns The topics, in {@link answerTopicIds} order.
 */
export function answerTopics(text: string): AnswerTopic[] {
  const topics: AnswerTopic[] = [];
  if (errorWords.test(text)) topics.push('errors');
  if (rateWords.test(text) || retryWords.test(text)) topics.push('rate-limits');
  if (webhookWords.test(text.replace(notAnEvent, ''))) topics.push('webhooks');
  return topics;
}

/**
 * Whether a text says the system retries or backs off (`is retried`, `retries with backoff`), which
 * makes an outcome about retries whatever its condition.
 *
 * @param text An answer or outcome.
 * @returns `true` when it retries.
 */
export function retriesIn(text: string): boolean {
  return retryWords.test(text);
}
