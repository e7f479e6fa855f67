import type { ReportInput } from './report-input.ts';

/**
 * The SARIF 2.1.0 reporter, for code scanning: one run of the `specmark` tool, its rules (those
 * that reported, with their documentation page) and one result per message, located by file
 * (relative to `%SRCROOT%`) and region.
 *
 * @param input The results.
 * @returns The SARIF log as JSON, ending with a line break.
 */
export function sarifReporter(input: ReportInput): string {
  const ruleIds = [...new Set(input.files.flatMap((file) => file.messages.flatMap((message) => (message.ruleId === null ? [] : [message.ruleId]))))].sort();
  const urls = new Map(input.files.flatMap((file) => file.messages.map((message) => [message.ruleId, message.url] as const)));
  const results = input.files.flatMap((file) =>
    file.messages.map((message) => {
      const region: Record<string, number> = {};
      if (message.line !== null) region.startLine = message.line;
      if (message.column !== null) region.startColumn = message.column;
      if (message.endLine !== null) region.endLine = message.endLine;
      if (message.endColumn !== null) region.endColumn = message.endColumn;
      return {
        ...(message.ruleId === null ? {} : { ruleId: message.ruleId, ruleIndex: ruleIds.indexOf(message.ruleId) }),
        level: message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'note',
        message: { text: message.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(file.path), uriBaseId: '%SRCROOT%' },
              ...(Object.keys(region).length === 0 ? {} : { region }),
            },
          },
        ],
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'specmark',
            version: input.version,
            informationUri: 'https://specmark.dev',
            rules: ruleIds.map((id) => ({ id, ...(urls.get(id) ? { helpUri: urls.get(id) } : {}) })),
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
