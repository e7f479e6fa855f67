import { ruleMessages } from '@specmark/remark-preset-lint';
import { ruleDocs } from '@specmark/remark-preset-lint/docs';
import type { LintMessage } from '../check/lint-message.ts';
import { artifactLocation } from './artifact-uri.ts';
import { sarifArguments } from './sarif-message.ts';
import { stringifyJson } from './json-text.ts';
import type { ReportInput } from './report-input.ts';
import { sarifRule, type SarifLevel } from './sarif-rule.ts';
import { shownResults } from './shown-results.ts';

/** The SARIF level of a message's severity. */
function level(message: LintMessage): SarifLevel {
  return message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'note';
}

/**
 * A result's message: its text, and, for a message of a rule of the preset, its `id` among the
 * rule's `messageStrings` with its data as `arguments`.
 */
function sarifMessage(message: LintMessage): { text: string; id?: string; arguments?: string[] } {
  const wording = message.ruleId === null || message.messageId === null ? undefined : ruleMessages(message.ruleId)[message.messageId];
  const values = wording === undefined || message.data === null ? undefined : sarifArguments(wording, message.data);
  if (values === undefined) return { text: message.message };
  return { text: message.message, id: message.messageId!, ...(values.length === 0 ? {} : { arguments: values }) };
}

/** A message's place as a SARIF region (1-based lines and columns), when it has one. */
function region(message: LintMessage): Record<string, number> | undefined {
  const place: Record<string, number> = {};
  if (message.line !== null) place.startLine = message.line;
  if (message.column !== null) place.startColumn = message.column;
  if (message.endLine !== null) place.endLine = message.endLine;
  if (message.endColumn !== null) place.endColumn = message.endColumn;
  return Object.keys(place).length === 0 ? undefined : place;
}

/**
 * The SARIF 2.1.0 reporter, for GitHub code scanning and other SARIF viewers: one run of the
 * `specmark` tool with every rule of the preset (in rule order, so a rule's `ruleIndex` is the same
 * in every log), each described from its documentation (see `sarifRule`), and one result per
 * message (its text, and its id among its rule's `messageStrings` with its data as `arguments`), located by its file (a percent-encoded URI relative to `%SRCROOT%`, the folder
 * `specmark` ran in) and region, columns counted in UTF-16 code units. A message from a rule the
 * preset does not document gets a rule entry with its id and page only. An error the suppressions
 * file suppresses is a result too, after the file's others, with `suppressions: [{kind: 'external',
 * status: 'accepted'}]`, so that viewers show it as suppressed (code scanning closes its alert). Texts from files are
 * redacted, and control characters are escaped in the JSON (`stringifyJson`), as in the json reporter.
 *
 * @param input The results.
 * @returns The SARIF log as JSON, ending with a line break.
 */
export function sarifReporter(input: ReportInput): string {
  const rules: object[] = ruleDocs.map((docs) => sarifRule(docs, ruleMessages(docs.id)));
  const index = new Map(ruleDocs.map((docs, at) => [docs.id, at]));
  const results = shownResults(input.files, { keepControls: true }).flatMap((file) => {
    const location = artifactLocation(file.path);
    const suppressed = new Set(file.suppressedMessages);
    return [...file.messages, ...file.suppressedMessages!].map((message) => {
      let ruleIndex = message.ruleId === null ? undefined : index.get(message.ruleId);
      if (message.ruleId !== null && ruleIndex === undefined) {
        ruleIndex = rules.push({ id: message.ruleId, ...(message.url === null ? {} : { helpUri: message.url }) }) - 1;
        index.set(message.ruleId, ruleIndex);
      }
      const place = region(message);
      return {
        ...(message.ruleId === null ? {} : { ruleId: message.ruleId, ruleIndex }),
        level: level(message),
        message: sarifMessage(message),
        locations: [{ physicalLocation: { artifactLocation: location, ...(place === undefined ? {} : { region: place }) } }],
        ...(suppressed.has(message) ? { suppressions: [{ kind: 'external', status: 'accepted' }] } : {}),
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'specmark',
            version: input.version,
            semanticVersion: input.version,
            informationUri: 'https://specmark.dev',
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return stringifyJson(log);
}
