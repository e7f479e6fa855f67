import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

// The pure JavaScript checker: no native binary or Java is started, the same on every machine.
process.env.RECHECK_BACKEND = 'pure';
process.env.RECHECK_SYNC_BACKEND = 'pure';
const { checkSync } = await import('recheck');

const root = fileURLToPath(new URL('../', import.meta.url));

/** Folders of the project's own source, searched for regular expressions. */
const sourceFolders = ['src', 'scripts', 'action', ...readdirSync(join(root, 'packages')).flatMap((name) => [`packages/${name}/src`, `packages/${name}/scripts`, `packages/${name}/bin`])];

/**
 * `new RegExp(…)` calls whose pattern is not a literal, each with why its pattern is safe. Keyed
 * by `file: source text of the call`.
 */
const allowedDynamic: Record<string, string> = {
  "src/editor/model/frontmatter-controls.ts: new RegExp(schema.pattern, 'u')": 'patterns of the project\'s own schema.json, each checked here where it is written (packages/schema/src/field-formats.ts)',
  'scripts/verify-packages/check-remark.ts: new RegExp(`\\\\s${want.rule}\\\\s+specmark$`)': 'a rule id (letters and `-`) between fixed parts; run on a few lines of remark-cli output in a release check',
  "scripts/verify-packages/export-targets.ts: new RegExp('^' + relative.split('*').map((part) => part.replace(/[.+?^${}()|[\\]\\\\]/g, '\\\\$&')).join('.+') + '$')": 'an escaped path with one `*` per export-map entry (one `.+`), run on package file paths in a release check',
};

/** A regular expression found in the source. */
interface Found {
  where: string;
  pattern?: string;
  flags?: string;
  dynamic?: string;
}

function sourceFiles(folder: string): string[] {
  const path = join(root, folder);
  let names: string[];
  try {
    names = readdirSync(path);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(path, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(join(folder, name));
    return /\.(?:[cm]?[jt]sx?|astro)$/.test(name) && !/\.d\.ts$/.test(name) ? [join(folder, name)] : [];
  });
}

/** Every regex literal and `new RegExp(…)` / `RegExp(…)` call of a file, found by the TypeScript parser. */
function regexesIn(file: string): Found[] {
  let text = readFileSync(join(root, file), 'utf8');
  // An .astro file's script is its frontmatter; its template is not parsed here.
  if (file.endsWith('.astro')) text = /^---\n([^]*?)\n---/.exec(text)?.[1] ?? '';
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Found[] = [];
  const where = (node: ts.Node): string => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const end = literal.lastIndexOf('/');
      found.push({ where: where(node), pattern: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const isText = (argument: ts.Expression | undefined): argument is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => argument !== undefined && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument));
      if (isText(pattern) && (flags === undefined || isText(flags))) found.push({ where: where(node), pattern: pattern.text, flags: flags?.text ?? '' });
      else found.push({ where: where(node), dynamic: node.getText(source) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = sourceFolders.flatMap(sourceFiles);
const regexes = files.flatMap(regexesIn);

test('the source is searched: files and regular expressions are found', () => {
  expect(files.some((file) => file.startsWith('packages/remark-preset-lint/src/rules/'))).toBe(true);
  expect(regexes.filter((found) => found.pattern !== undefined).length).toBeGreaterThan(50);
});

/** Whether every match of a pattern over a text is found within 250 ms (the text's length 50,000 or more). */
function matchesQuickly(pattern: string, flags: string, text: string): boolean {
  const started = performance.now();
  for (const match of text.matchAll(new RegExp(pattern, flags.includes('g') ? flags : `${flags}g`))) void match;
  return text.length >= 50_000 && performance.now() - started < 250;
}

test('every regular expression of the source runs in linear time (recheck)', { timeout: 300_000 }, () => {
  const vulnerable: string[] = [];
  const unproven: string[] = [];
  for (const { where, pattern, flags } of regexes) {
    if (pattern === undefined) continue;
    const result = checkSync(pattern, flags!, { timeout: 10_000 });
    // The fuzz checker (used where lookarounds rule out the automaton proof) can estimate a growth
    // that the engine does not show: its attack string, tens of thousands of characters long, is
    // then matched in milliseconds, where a quadratic pattern would take seconds.
    if (result.status === 'vulnerable' && result.checker === 'fuzz' && matchesQuickly(pattern, flags!, result.attack.string)) continue;
    if (result.status === 'vulnerable') vulnerable.push(`${where} /${pattern}/${flags}: ${result.complexity.summary}, attack string of ${result.attack.string.length} characters`);
    else if (result.status !== 'safe') unproven.push(`${where} /${pattern}/${flags}: ${result.status}`);
  }
  if (unproven.length > 0) console.warn(`recheck could not decide within its time limit:\n${unproven.join('\n')}`);
  expect(vulnerable).toEqual([]);
});

test('every `new RegExp` with a computed pattern is listed, with why it is safe', () => {
  const dynamic = regexes.filter((found) => found.dynamic !== undefined).map(({ where, dynamic }) => `${where.replace(/:\d+$/, '')}: ${dynamic}`);
  expect(dynamic.filter((key) => !(key in allowedDynamic))).toEqual([]);
  expect(Object.keys(allowedDynamic).filter((key) => !dynamic.includes(key))).toEqual([]);
});
