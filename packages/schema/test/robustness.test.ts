import fc from 'fast-check';
import { expect, test } from 'vitest';
import { stringify } from 'yaml';
import { frontmatterIssueMessage, parseFrontmatter, validateFrontmatter } from '@specmark/schema';
import { goodYaml, minimal } from './fixtures.ts';

/** What is wrong with the result of parsing a text: nothing when every issue is worded and placed inside the text. */
function problemsOf(yaml: string): string[] {
  const { data, issues } = parseFrontmatter(yaml);
  const problems: string[] = [];
  if ((data === undefined) !== issues.length > 0) problems.push('data and issues disagree');
  const lines = yaml.split('\n').length;
  for (const issue of issues) {
    if (!/^Unexpected .+, expected .+/s.test(frontmatterIssueMessage(issue))) problems.push(`badly worded ${issue.code}`);
    if (issue.line < 1 || issue.line > lines || issue.column < 1) problems.push(`misplaced ${issue.code} at ${issue.line}:${issue.column}`);
  }
  return problems;
}

/** Assert that the result of parsing a text is well formed. */
function wellFormed(yaml: string): void {
  const problems = problemsOf(yaml);
  if (problems.length > 0) expect({ yaml, problems }).toEqual({ yaml, problems: [] });
}

/** Texts made of the pieces YAML gives meaning to, and a few words. */
const yamlish = fc
  .array(fc.constantFrom(':', ': ', '- ', '[', ']', '{', '}', ',', '#', '&a ', '*a', '!', '!!str ', '|', '>', "'", '"', '%', '@', '`', '?', ' ', '  ', '\t', '\n', '\r\n', '---', '...', 'status', 'title', 'draft', '1', '2026-11-24', '\\', '\u00e9', '\ud83d\ude00', '\u0000'), { maxLength: 120 })
  .map((pieces) => pieces.join(''));

test('any text gives data or worded, placed issues, never a throw', () => {
  fc.assert(fc.property(yamlish, wellFormed), { numRuns: 1000 });
  fc.assert(fc.property(fc.string({ maxLength: 200 }), wellFormed), { numRuns: 200 });
});

test('a good frontmatter with any line cut or doubled gives worded, placed issues', () => {
  const lines = goodYaml.split('\n');
  for (let index = 0; index < lines.length; index++) {
    wellFormed([...lines.slice(0, index), ...lines.slice(index + 1)].join('\n'));
    wellFormed([...lines.slice(0, index + 1), ...lines.slice(index)].join('\n'));
    wellFormed([...lines.slice(0, index), lines[index]!.slice(0, 7), ...lines.slice(index + 1)].join('\n'));
  }
});

test('any value in any key gives worded issues, never a throw', () => {
  const keys = [...Object.keys(minimal), 'auth', 'rateLimit', 'webhooks', 'secrets', 'created', 'updated', 'tickets', 'supersedes', 'other'];
  fc.assert(
    fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
      const data = { ...minimal, [key]: value };
      const unworded = validateFrontmatter(data).issues.filter((issue) => !/^Unexpected .+, expected .+/s.test(frontmatterIssueMessage(issue)));
      if (unworded.length > 0) expect(unworded).toEqual([]);
      wellFormed(stringify(data));
    }),
    { numRuns: 500 },
  );
});
