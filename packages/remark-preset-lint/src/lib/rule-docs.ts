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
   * Expected messages, one per line as `line:column-line:column severity reason`, severity being
   * `error` or `warning` (empty for an `ok` example).
   */
  output: string[];
}

/** The documentation of one rule, from which the site builds the rule's page. */
export interface RuleDocs {
  /** Rule id; also the page slug (`no-placeholders`). */
  id: string;
  /** One sentence. */
  summary: string;
  /** What the rule checks and why, in Markdown. */
  description: string;
  /** Default severity, in words (`error`, or `warning in a draft, error from review on`). */
  severity: string;
  /** The rule's options beside `template` and `templates`. */
  options: RuleOptionDoc[];
  /** Examples; they are also the rule's tests. */
  examples: RuleExample[];
}
