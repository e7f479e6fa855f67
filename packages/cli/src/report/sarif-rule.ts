import { exampleSetting, type RuleDocs, type RuleExample } from '@specmark/remark-preset-lint/docs';
import { clipParagraphs, markdownText } from './markdown-text.ts';
import { sarifMessageString } from './sarif-message.ts';

/** A SARIF `level`. */
export type SarifLevel = 'error' | 'warning' | 'note';

/** A rule as SARIF describes it (`reportingDescriptor`), with what GitHub code scanning reads. */
export interface SarifRule {
  /** The rule id (`no-placeholders`). */
  id: string;
  /** Its friendly name (`NoPlaceholders`). */
  name: string;
  /** The summary, as text. */
  shortDescription: { text: string };
  /** The description as text, at most 1024 characters. */
  fullDescription: { text: string };
  /** Everything about the rule, as text and as Markdown. */
  help: { text: string; markdown: string };
  /** The rule's page. */
  helpUri: string;
  /** The level of the rule's default severity. */
  defaultConfiguration: { level: SarifLevel };
  /** What GitHub code scanning sorts and filters by. */
  properties: { tags: string[]; precision: string; 'problem.severity': 'error' | 'warning' };
  /** The rule's messages by id, each a message string whose `{n}` a result's `arguments` fill. */
  messageStrings: Record<string, { text: string }>;
}

/** A fence for a code block around text: more backticks than the longest run in it. */
function fence(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A fenced code block. */
function codeBlock(language: string, text: string): string {
  const marks = fence(text);
  return `${marks}${language}\n${text.endsWith('\n') ? text : text + '\n'}${marks}`;
}

/** One example in Markdown: its name, options, input and the messages it gives. */
function exampleMarkdown(example: RuleExample): string {
  const parts = [`#### \`${example.name}\``];
  if (example.config !== undefined) parts.push(`With the options \`${JSON.stringify(example.config)}\`:`);
  const setting = exampleSetting(example);
  if (setting !== undefined) parts.push(setting);
  parts.push(codeBlock('markdown', example.input));
  parts.push(example.output.length === 0 ? 'No messages.' : codeBlock('text', example.output.join('\n')));
  return parts.join('\n\n');
}

/** A table cell in Markdown: one line, `|` escaped. */
function cell(text: string): string {
  return text.split('\n').join(' ').replace(/\|/g, '\\|');
}

/** `no-placeholders` → `NoPlaceholders`, the friendly name SARIF asks for. */
function friendlyName(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * A rule of the preset as a SARIF `reportingDescriptor`, made from its documentation: summary,
 * description (as text, cut to GitHub's 1024 characters at a paragraph), help in text and Markdown
 * (description, default severity, options, examples with their messages, the rule's page), the
 * level of its default severity, and GitHub's `tags`, `precision` and `problem.severity`. A rule
 * that warns in drafts (`status`) has the level `warning`; each result carries its own level.
 * The examples of a `security` rule are linked, not shown: a SARIF log never holds anything that
 * looks like a credential.
 *
 * Its `messageStrings` are the rule's messages (`ruleMessages`), which results name by `id`.
 *
 * @param docs The rule's documentation.
 * @param messages The rule's messages: id → wording with `{{name}}` placeholders.
 * @returns The reporting descriptor.
 */
export function sarifRule(docs: RuleDocs, messages: Readonly<Record<string, string>>): SarifRule {
  const { url } = docs;
  const level: 'error' | 'warning' = docs.defaultSeverity === 'error' ? 'error' : 'warning';
  const description = markdownText(docs.description);
  const severity = `Default severity: ${markdownText(docs.severity)}.`;
  const options = docs.options.map((option) => `- ${option.name} (${option.type}, default: ${markdownText(option.default)}): ${markdownText(option.description)}`);
  const text = [description, severity, ...(options.length === 0 ? [] : ['Options:\n' + options.join('\n')]), `Examples and configuration: ${url}`].join('\n\n');
  const optionTable = ['| option | type | default | description |', '|---|---|---|---|', ...docs.options.map((option) => `| \`${option.name}\` | \`${cell(option.type)}\` | ${cell(option.default)} | ${cell(option.description)} |`)];
  const markdown = [
    docs.description,
    `**Default severity:** ${docs.severity}.`,
    ...(docs.options.length === 0 ? [] : ['### Options', optionTable.join('\n')]),
    '### Examples',
    ...(docs.tags.includes('security')
      ? [`The examples of this rule hold credential-shaped text, so they are on [its page](${url}) only.`]
      : ['Each input gives exactly the messages shown (`line:column-line:column severity message`).', ...docs.examples.map(exampleMarkdown)]),
    `[\`${docs.id}\` on the Specmark site](${url}): configuration and more.`,
  ].join('\n\n');
  return {
    id: docs.id,
    name: friendlyName(docs.id),
    shortDescription: { text: markdownText(docs.summary) },
    fullDescription: { text: clipParagraphs(description) },
    help: { text, markdown },
    helpUri: url,
    defaultConfiguration: { level },
    properties: { tags: docs.tags, precision: docs.precision, 'problem.severity': level },
    messageStrings: Object.fromEntries(Object.entries(messages).map(([id, wording]) => [id, { text: sarifMessageString(wording) }])),
  };
}
