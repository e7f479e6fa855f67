import type { DefaultSeverity } from '../rules/create-rule.ts';
import { exampleDescriptionSummary, type ExampleDescriptions } from './example-description.ts';
import { ruleUrl } from '../rules/rule-url.ts';

/** One documented option of a rule. */
export interface RuleOptionDoc {
  /** Option name (`vagueAudiences`). */
  name: string;
  /** Its TypeScript type (`string[]`). */
  type: string;
  /** Default, as written in a configuration (`the template's list`). */
  default: string;
  /** What it does, in Markdown. */
  description: string;
}

/** A documented example: input and the messages the rule gives on it. */
export interface RuleExample {
  /** Example name: `ok.md`, `not-ok.md`, or a more specific name ending in `.md`. */
  name: string;
  /** Rule options used (default: none). */
  config?: Record<string, unknown>;
  /**
   * Markdown of the template the example is checked against (default: none, the built-in
   * `api-integration`). Most examples use one compact template to stay short.
   */
  template?: string;
  /** The Markdown the rule checks. */
  input: string;
  /**
   * The repository the spec is in, for rules that read it (default: none, the spec is in no
   * repository): the spec's path and the repository's files, relative to its root.
   */
  repository?: { spec: string; files: string[] };
  /**
   * Provider API descriptions beside the spec, for rules that read them (default: none, the spec
   * is checked without them): each reference as the spec's `api.description` writes it, and the
   * description's text (JSON or YAML).
   */
  descriptions?: ExampleDescriptions;
  /**
   * Expected messages, one per line as `line:column-line:column severity reason`, severity being
   * `error` or `warning` (empty for an `ok` example).
   */
  output: string[];
  /**
   * What applying the quick fixes the messages offer (those with one `expected` value), one at a
   * time until none is left, as an editor or `specmark fix` would, does to the input — ESLint
   * RuleTester's `output`, written as the hunks of a unified diff of the input with one line of
   * context (`@@ -7,2 +7,3 @@`, then lines marked ` `, `-`, `+`). Set exactly when the input's
   * messages offer a quick fix (default: none).
   */
  repaired?: string;
}

/**
 * How often a rule's messages point at a real problem, as code scanning ranks rules (SARIF
 * `precision`): `very-high` for exact checks of structure, lower where the rule judges text.
 */
export type RulePrecision = 'very-high' | 'high' | 'medium' | 'low';

/** The documentation of one rule, from which the site builds the rule's page. */
export interface RuleDocs {
  /** Rule id; also the page slug (`no-placeholders`). */
  id: string;
  /** The rule's page (`https://specmark.dev/rules/no-placeholders/`), as its messages' `url`. */
  url: string;
  /** One sentence. */
  summary: string;
  /** What the rule checks and why, in Markdown. */
  description: string;
  /** Default severity, in words (`error`, or `warning in a draft, error from review on`). */
  severity: string;
  /**
   * Default severity, as the rule applies it: `error` always, or `status` — warnings while the
   * spec's `status` is `draft`, errors from `review` on. `severity` says the same in words.
   */
  defaultSeverity: DefaultSeverity;
  /** How often a message of the rule is a real problem. */
  precision: RulePrecision;
  /** Topics to filter rules by (`structure`, `completeness`, `frontmatter`, `security`). */
  tags: string[];
  /** The rule's options beside `template` and `templates`. */
  options: RuleOptionDoc[];
  /** Examples; they are also the rule's tests. */
  examples: RuleExample[];
}

/** The default severities in words, as rule pages and the README show them. */
const severityWords: Record<DefaultSeverity, string> = {
  error: 'error',
  status: 'warning in a `draft`, error from `review` on',
};

/**
 * Complete a rule's documentation with what follows from the rest: its page's `url` from its id,
 * `severity` in words from `defaultSeverity`.
 *
 * @param docs The documentation without `url` and `severity`.
 * @returns The documentation.
 */
export function defineRuleDocs(docs: Omit<RuleDocs, 'url' | 'severity'>): RuleDocs {
  const { id, summary, description, defaultSeverity, ...rest } = docs;
  return { id, url: ruleUrl(id), summary, description, severity: severityWords[defaultSeverity], defaultSeverity, ...rest };
}

/**
 * What an example's spec is checked with besides its Markdown, in Markdown sentences for the
 * pages and tools that show the example: the repository it is in, and what the provider API
 * descriptions beside it hold.
 *
 * @param example The example.
 * @returns The sentences, or `undefined` when the example has no setting of its own.
 */
export function exampleSetting(example: RuleExample): string | undefined {
  const { repository, descriptions } = example;
  const sentences: string[] = [];
  if (repository) sentences.push(`The spec is \`${repository.spec}\` in a repository with the files ${repository.files.map((file) => `\`${file}\``).join(', ')}.`);
  for (const [reference, text] of Object.entries(descriptions ?? {})) sentences.push(exampleDescriptionSummary(reference, text));
  return sentences.length === 0 ? undefined : sentences.join(' ');
}
