import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBuiltInTemplate, type Template } from '@specmark/template';
import { filledSpec } from '@specmark/test-support/specs/filled-spec.ts';

/** How many of each kind of file the corpus holds. */
export const corpusSize = { specs: 1000, unrelated: 200 } as const;

const words = ['deploy', 'cache', 'render', 'schema', 'queue', 'token', 'router', 'build', 'layout', 'module', 'review', 'release', 'metric', 'index', 'plugin'];

/**
 * Write the benchmark corpus: 1000 API-integration specs of realistic size (3–6 KB; most complete,
 * some drafts still showing prompts, some missing a guardrail) and a 200-file repository of
 * unrelated Markdown (docs, changelogs, READMEs) that `specmark check` must skip quickly.
 *
 * @param root Folder to write into (emptied first).
 * @returns Number of files and bytes written.
 */
export async function generateCorpus(root: string): Promise<{ files: number; bytes: number; specBytes: number }> {
  await rm(root, { recursive: true, force: true });
  const template = await loadBuiltInTemplate('api-integration');
  let bytes = 0;
  let specBytes = 0;
  for (let index = 0; index < corpusSize.specs; index++) {
    const spec = variant(template, index);
    bytes += Buffer.byteLength(spec);
    specBytes += Buffer.byteLength(spec);
    await put(join(root, 'specs', `team-${index % 10}`, `spec-${String(index).padStart(4, '0')}.md`), spec);
  }
  for (let index = 0; index < corpusSize.unrelated; index++) {
    const page = unrelated(index);
    bytes += Buffer.byteLength(page);
    await put(join(root, 'other-repo', `section-${index % 8}`, `page-${String(index).padStart(3, '0')}.md`), page);
  }
  return { files: corpusSize.specs + corpusSize.unrelated, bytes, specBytes };
}

/** One spec: complete, a draft with prompts left, or missing a guardrail. */
function variant(template: Template, index: number): string {
  const spec = filledSpec(template, index + 1, 3 + (index % 6));
  if (index % 7 === 3) {
    const field = template.fields.find((each) => each.kind === 'prose')!;
    const heading = `### ${field.title}\n\n`;
    const start = spec.indexOf(heading) + heading.length;
    return (spec.slice(0, start) + field.prompt + spec.slice(spec.indexOf('\n', start))).replace('status: approved', 'status: draft');
  }
  if (index % 11 === 5) {
    const item = template.fields.find((field) => field.kind === 'checklist' && field.items.some((each) => !each.prompt))!.items.find((each) => !each.prompt)!;
    return spec.replace(`- [x] ${item.text}\n`, '');
  }
  return spec;
}

/** A page of unrelated Markdown, 2–5 KB, some with frontmatter that names no template. */
function unrelated(index: number): string {
  const word = (offset: number): string => words[(index * 7 + offset) % words.length]!;
  const paragraph = (offset: number): string =>
    Array.from({ length: 5 }, (_, n) => `The ${word(offset + n)} step reads the ${word(offset + n + 3)} settings and writes a ${word(offset + n + 5)} report.`).join(' ');
  const parts = [
    index % 3 === 0 ? `---\ntitle: ${word(1)} guide\nlayout: docs\norder: ${index}\n---\n` : '',
    `# ${word(0)} ${word(2)} notes\n`,
    paragraph(0),
    `## Setup\n\n- Install the ${word(4)} tool\n- Run \`npm run ${word(5)}\`\n- Check the [${word(6)} page](https://example.com/${word(6)})\n`,
    '```sh\nnpm install\nnpm test\n```\n',
    `## Details\n\n${paragraph(3)}\n\n${paragraph(6)}`,
    `| name | value |\n| --- | --- |\n| ${word(7)} | ${index} |\n| ${word(8)} | ${index * 2} |\n`,
    `## Changelog\n\n${Array.from({ length: 4 + (index % 5) }, (_, n) => `- ${word(n)}: ${paragraph(n).slice(0, 120)}`).join('\n')}\n`,
  ];
  return parts.filter(Boolean).join('\n\n').replace(/\n{3,}/g, '\n\n');
}

/** Write a file, making its folder. */
async function put(path: string, text: string): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
}
