import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

const root = new URL('../../../', import.meta.url);

/**
 * The real specs mutations start from: the filled examples of the site and the hand-written spec
 * of the template's tests.
 *
 * @returns Their texts, in a stable order.
 */
export function seedSpecs(): string[] {
  const examples = new URL('content/examples/', root);
  const names = readdirSync(examples).filter((name) => name.endsWith('.md')).sort();
  return [
    ...names.map((name) => readFileSync(new URL(name, examples), 'utf8')),
    readFileSync(new URL('packages/template/test/fixtures/hand-written.md', root), 'utf8'),
  ];
}

/** Pieces Markdown, GFM, MDX and YAML give meaning to, and a few words and odd characters. */
const markdownPieces = [
  '# ', '## ', '### ', '#### ', '- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] ', '> ', '>', '```', '~~~', '    ', '\t',
  '|', '| a | b |', '|---|---|', '---', '***', '___', '[', ']', '(', ')', '[^1]', '[^1]: ', '![', '<', '>', '</', '<div>',
  '<!--', '-->', '{', '}', 'import x from "y"', '*', '**', '_', '~~', '`', '\\', '&amp;', '&#', ';', ':', 'http://', 'www.',
  '@', '[Name of the provider]', '[x]', 'TODO', 'TBD', '?', 'status: ', 'template: ', 'api-integration', 'draft', 'approved',
  'word', 'Retry ', 'refunds ', '\u00e9', '\ud83d\ude00', '\u200b', '\u0000', '\ud800', '\u2028', '\ufeff', ' ', '  ', '\n', '\n\n',
  '\r\n', '\r',
];

/** Random Markdown made of pieces that mean something to the parsers (up to a few hundred characters). */
export const randomMarkdown: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...markdownPieces), { maxLength: 160 })
  .map((pieces) => pieces.join(''));

/** YAML pieces: indicators, anchors, aliases, tags, block scalars, keys of the spec schema. */
const yamlPieces = [
  ':', ': ', '- ', '[', ']', '{', '}', ',', '#', '&a ', '*a', '&b ', '*b', '!', '!!str ', '!!binary ', '!custom ', '|', '>',
  "'", '"', '%YAML 1.2', '?', '<<: *a', ' ', '  ', '\t', '\n', '\r\n', '...', 'status', 'title', 'template', 'templateVersion',
  'owner', 'environments', 'auth', 'rateLimit', 'webhooks', 'secrets', 'created', 'draft', 'api-integration', '1', '-1', '1e9',
  '0x1F', '.nan', '2026-11-24', '2026-02-30', 'null', '~', 'true', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', '\u00e9', '\u0000',
];

/** Random YAML-looking text for a frontmatter block. */
export const randomYaml: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...yamlPieces), { maxLength: 80 })
  .map((pieces) => pieces.join(''));

/** Change what a spec is made of; each takes the spec and random choices and returns new text. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'shuffle-sections'; order: number[] }
  | { kind: 'frontmatter'; yaml: string }
  | { kind: 'splice'; at: number; remove: number; insert: string }
  | { kind: 'huge-line'; at: number; length: number; piece: string }
  | { kind: 'nest'; at: number; marker: string; depth: number }
  | { kind: 'line-endings'; endings: string[] }
  | { kind: 'bom' }
  | { kind: 'duplicate-lines'; at: number; count: number }
  | { kind: 'delete-lines'; at: number; count: number };

/** Containers that nest: block quotes, list items of each kind, and their mixes. */
const nestMarkers = ['> ', '- ', '* ', '1. ', '> - ', '- > ', '- [ ] '];

/**
 * The mutations a spec may go through: cut at a random offset, sections shuffled, random YAML for
 * the frontmatter, random text spliced in, a huge line, deep nesting (bounded), mixed line
 * endings, a BOM, lines doubled or deleted.
 */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle-sections' as const), order: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('frontmatter' as const), yaml: randomYaml }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), remove: fc.nat({ max: 200 }), insert: fc.oneof(randomMarkdown, randomYaml, fc.string({ unit: 'binary', maxLength: 40 })) }),
  fc.record({ kind: fc.constant('huge-line' as const), at: fc.nat(), length: fc.integer({ min: 1_000, max: 8_000 }), piece: fc.constantFrom('x', 'a ', '*', '[', '`', '|', '<', '\\', '_a', '- ') }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), marker: fc.constantFrom(...nestMarkers), depth: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('line-endings' as const), endings: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 8 }) }),
  fc.constant({ kind: 'bom' as const }),
  fc.record({ kind: fc.constant('duplicate-lines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('delete-lines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
);

/**
 * Apply one mutation to a text.
 *
 * @param text The text.
 * @param change The mutation.
 * @returns The mutated text.
 */
export function mutate(text: string, change: Mutation): string {
  const offset = (at: number): number => (text.length === 0 ? 0 : at % (text.length + 1));
  switch (change.kind) {
    case 'truncate':
      return text.slice(0, offset(change.at));
    case 'shuffle-sections': {
      const parts = text.split(/(?=^## )/m);
      const shuffled = change.order.map((index) => parts[index % parts.length]!);
      return shuffled.join('');
    }
    case 'frontmatter': {
      const match = /^(\ufeff?---\r?\n)[^]*?\r?\n---\r?\n/.exec(text);
      return match ? `${match[1]}${change.yaml}\n---\n${text.slice(match[0].length)}` : `---\n${change.yaml}\n---\n${text}`;
    }
    case 'splice': {
      const at = offset(change.at);
      return text.slice(0, at) + change.insert + text.slice(at + change.remove);
    }
    case 'huge-line': {
      const at = offset(change.at);
      return `${text.slice(0, at)}${change.piece.repeat(Math.ceil(change.length / change.piece.length))}${text.slice(at)}`;
    }
    case 'nest': {
      const lines = text.split('\n');
      const at = change.at % (lines.length + 1);
      const nested = Array.from({ length: change.depth }, (_, depth) => `${' '.repeat(change.marker === '> ' ? 0 : depth * 2)}${change.marker.repeat(change.marker === '> ' ? depth + 1 : 1)}level ${depth}`);
      return [...lines.slice(0, at), '', ...nested, '', ...lines.slice(at)].join('\n');
    }
    case 'line-endings': {
      let index = 0;
      return text.replace(/\r\n|\r|\n/g, () => change.endings[index++ % change.endings.length]!);
    }
    case 'bom':
      return text.startsWith('\ufeff') ? text.slice(1) : `\ufeff${text}`;
    case 'duplicate-lines':
    case 'delete-lines': {
      const lines = text.split('\n');
      const at = change.at % (lines.length + 1);
      const chunk = lines.slice(at, at + change.count);
      return change.kind === 'duplicate-lines'
        ? [...lines.slice(0, at), ...chunk, ...chunk, ...lines.slice(at + change.count)].join('\n')
        : [...lines.slice(0, at), ...lines.slice(at + change.count)].join('\n');
    }
  }
}

/**
 * Specs a person or a broken tool could produce: a real spec put through one to four mutations,
 * random Markdown, or a real spec with random Markdown appended.
 *
 * @param seeds The real specs to start from (default: {@link seedSpecs}).
 * @returns The arbitrary.
 */
export function mutatedSpec(seeds: readonly string[] = seedSpecs()): fc.Arbitrary<string> {
  const mutated = fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([seed, changes]) => changes.reduce(mutate, seed));
  return fc.oneof({ weight: 8, arbitrary: mutated }, { weight: 1, arbitrary: randomMarkdown }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...seeds), randomMarkdown).map(([seed, tail]) => seed + tail) });
}

/**
 * A real spec with random bytes (invalid UTF-8 among them) written over or into it, as a file on
 * disk would hold it.
 *
 * @param seeds The real specs to start from (default: {@link seedSpecs}).
 * @returns The file's bytes.
 */
export function corruptedBytes(seeds: readonly string[] = seedSpecs()): fc.Arbitrary<Uint8Array> {
  const invalid = fc.constantFrom([0xff], [0xfe, 0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80, 0x80], [0x00], [0xef, 0xbb, 0xbf]);
  const chunk = fc.oneof(fc.uint8Array({ maxLength: 64 }), invalid.map((bytes) => Uint8Array.from(bytes)));
  return fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), chunk), { minLength: 1, maxLength: 6 })).map(([seed, chunks]) => {
    let bytes = new TextEncoder().encode(seed);
    for (const [at, inserted] of chunks) {
      const where = at % (bytes.length + 1);
      const next = new Uint8Array(bytes.length + inserted.length);
      next.set(bytes.subarray(0, where));
      next.set(inserted, where);
      next.set(bytes.subarray(where), where + inserted.length);
      bytes = next;
    }
    return bytes;
  });
}

/**
 * Decode a file's bytes the way `readFile(path, 'utf8')` does: invalid sequences become U+FFFD, a
 * BOM is kept. (The command line itself refuses a file that is not UTF-8, with one message at its
 * first invalid byte, which lies inside this text.)
 *
 * @param bytes The bytes.
 * @returns The text.
 */
export function decodeLikeCli(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
