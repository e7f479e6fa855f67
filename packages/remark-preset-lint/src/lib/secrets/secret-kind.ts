/** How brands are written when a rule id names them. */
const brands: Record<string, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  openai: 'OpenAI',
  openaitoken: 'OpenAI API key',
  huggingface: 'Hugging Face',
  '1password': '1Password',
  npm: 'npm',
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  mongodb: 'MongoDB',
  sendgrid: 'SendGrid',
  basicauth: 'URL with a password',
  incomingwebhook: 'Slack incoming webhook URL',
  privatekey: 'private key',
};

/** Words kept in capitals. */
const acronyms = new Set(['aws', 'id', 'uri', 'url', 'api', 'gcp', 'ssh', 'jwt', 'pat', 'sql', 'oauth']);

/**
 * Name the kind of a secret from a secretlint finding, for a message a person reads.
 *
 * @param ruleId secretlint rule id (`@secretlint/secretlint-rule-stripe`).
 * @param messageId secretlint message id (`STRIPE_SECRET_KEY_LIVE`).
 * @returns A name such as `Stripe secret key (live)` or `AWS access key ID`.
 */
export function secretKind(ruleId: string, messageId: string): string {
  const words = messageId
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
  const joined = words.join('');
  if (brands[joined]) return brands[joined];
  const qualifier = words.length > 1 && (words[words.length - 1] === 'live' || words[words.length - 1] === 'test') ? words.pop() : undefined;
  const named = words.map((word, index) => {
    if (brands[word]) return brands[word];
    if (acronyms.has(word)) return word.toUpperCase();
    return index === 0 && ruleId.endsWith(`-${word}`) ? word[0]?.toUpperCase() + word.slice(1) : word;
  });
  return named.join(' ') + (qualifier ? ` (${qualifier})` : '');
}
