import type { ApiServer } from './api-index.ts';

/** The environments a spec's frontmatter names (`@specmark/schema`'s `environments`), each with the words that mark a server as one. */
const environmentWords: readonly (readonly ['sandbox' | 'staging' | 'production', RegExp])[] = [
  ['sandbox', /(?<![a-z])(?:sandbox(?:es)?|test|testing|tests|demo)(?![a-z])/i],
  ['staging', /(?<![a-z])(?:staging|stage|stg|preprod|uat)(?![a-z])/i],
  ['production', /(?<![a-z])(?:production|prod|live)(?![a-z])/i],
];

/**
 * The environments a description's servers cover, by the words of each server's URL and
 * description (`https://api.sandbox.example.com`, `Test environment`); a server that names none is
 * production, and so is a description that lists no server.
 *
 * @param servers The description's servers.
 * @returns The environments, each once, in the frontmatter's order (`sandbox`, `staging`, `production`).
 */
export function serverEnvironments(servers: readonly ApiServer[]): ('sandbox' | 'staging' | 'production')[] {
  const found = new Set<string>();
  for (const server of servers) {
    const text = `${server.url} ${server.description}`;
    found.add(environmentWords.find(([, words]) => words.test(text))?.[0] ?? 'production');
  }
  if (found.size === 0) found.add('production');
  return environmentWords.map(([environment]) => environment).filter((environment) => found.has(environment));
}
