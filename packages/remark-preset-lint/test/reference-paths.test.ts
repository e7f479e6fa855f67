import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { readSpecDocument } from '@specmark/template';
import { afterAll, expect, test } from 'vitest';
import { slashRelative } from '../src/lib/repository/gitignore-stack.ts';
import { referencePaths } from '../src/lib/repository/reference-paths.ts';
import { listRepositoryFiles } from '../src/lib/repository/repository-files.ts';
import { locateReference } from '../src/lib/repository/repository-index.ts';

/** The paths a field's Markdown references. */
function paths(markdown: string): string[] {
  const document = readSpecDocument(markdown);
  return referencePaths(document, document.tree.children).map((reference) => `${reference.path} @${document.text.slice(reference.start, reference.end)}`);
}

test('code spans, relative links and path-like prose tokens are references; URLs, routes, globs and product names are not', () => {
  expect(
    paths(
      [
        'See `lib/retry.ts:42`, `/hooks/useWebhook.ts`, [the client](../src/client.ts#L10) and src/webhooks/verify.ts.',
        'Folders `pipelines/hubspot/` and dbt/models/staging/; `./retry.ts`.',
        'Not: https://docs.stripe.com/api.json, `POST /v1/refunds`, `/v1/charges`, `src/**/*.ts`, React/Next.js, and/or, 24/7, application/json, `@acme/http`, `retryWithBackoff()`.',
        '```\nlib/in-a-fence.ts\n```',
      ].join('\n\n'),
    ),
  ).toEqual([
    'lib/retry.ts @lib/retry.ts',
    '/hooks/useWebhook.ts @/hooks/useWebhook.ts',
    '../src/client.ts @[the client](../src/client.ts#L10)',
    'src/webhooks/verify.ts @src/webhooks/verify.ts',
    'pipelines/hubspot/ @pipelines/hubspot/',
    'dbt/models/staging/ @dbt/models/staging/',
    './retry.ts @./retry.ts',
  ]);
});

test('a path is found from the spec folder, from the root, or as the unique end of a path', () => {
  const files = { paths: ['docs/spec.md', 'docs/retry.ts', 'services/a/src/index.ts', 'services/b/src/index.ts', 'services/a/src/webhooks/handler.ts'], complete: true };
  const at = (reference: string) => locateReference(files, 'docs/spec.md', reference);
  expect(at('./retry.ts')).toEqual({ kind: 'found' });
  expect(at('/docs/retry.ts')).toEqual({ kind: 'found' });
  expect(at('webhooks/handler.ts')).toEqual({ kind: 'found' });
  expect(at('services/a/src/')).toEqual({ kind: 'found' });
  expect(at('src/')).toEqual({ kind: 'ambiguous', matches: ['services/a/src', 'services/b/src'], count: 2 });
  expect(at('src/index.ts')).toEqual({ kind: 'ambiguous', matches: ['services/a/src/index.ts', 'services/b/src/index.ts'], count: 2 });
  expect(at('handler.ts/')).toEqual({ kind: 'missing' });
  expect(at('src/lib/retry.ts')).toEqual({ kind: 'missing' });
  expect(at('../../../outside.ts')).toEqual({ kind: 'missing' });
  expect(locateReference({ ...files, complete: false }, 'docs/spec.md', 'src/lib/retry.ts')).toEqual({ kind: 'unknown' });
});

const root = mkdtempSync(join(tmpdir(), 'specmark-repository-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the listing leaves out `.gitignore`d files, `.git` and `node_modules`, and stops at its cap', async () => {
  for (const folder of ['.git', 'node_modules/x', 'src/deep', 'dist', 'logs']) mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, '.gitignore'), 'dist/\n*.log\n');
  writeFileSync(join(root, 'src/.gitignore'), 'deep/secret.ts\n');
  for (const file of ['.git/HEAD', 'node_modules/x/index.js', 'dist/out.js', 'logs/a.log', 'logs/keep.txt', 'src/deep/secret.ts', 'src/deep/open.ts', 'README.md']) writeFileSync(join(root, file), '');
  expect(await listRepositoryFiles(root)).toEqual({ paths: ['.gitignore', 'README.md', 'logs/keep.txt', 'src/.gitignore', 'src/deep/open.ts'], complete: true });
  const capped = await listRepositoryFiles(root, 3);
  expect(capped.complete).toBe(false);
  expect(capped.paths.length).toBeLessThanOrEqual(3);
});

test('a path relative to a folder is what path.relative gives, `.`, `..` and empty segments included', () => {
  const segment = fc.constantFrom('a', 'b', '.', '..', '', '.env', 'x y', '..a', 'a..', '.a.');
  fc.assert(
    fc.property(fc.array(segment, { maxLength: 5 }), fc.array(segment, { maxLength: 5 }), fc.boolean(), (above, below, trailing) => {
      const folder = `/${above.join('/')}${trailing ? '/' : ''}`;
      const path = `${folder}${trailing ? '' : '/'}${below.join('/')}`;
      for (const [from, to] of [[folder, path], [folder, folder], [path, folder]] as const) expect(slashRelative(from, to)).toBe(relative(from, to).split(sep).join('/'));
    }),
    { numRuns: 2000, seed: 18 },
  );
});
