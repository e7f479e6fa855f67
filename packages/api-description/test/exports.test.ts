import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import * as main from '@specmark/api-description';
import * as node from '@specmark/api-description/node';

test('the main entry exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual(['errorStatuses', 'findOperation', 'indexDescription', 'operationLabel', 'pathShape', 'prefillAnswers', 'readDescriptionText']);
});

test('the Node entry exports exactly the documented API', () => {
  expect(Object.keys(node).sort()).toEqual(['descriptionSizeLimit', 'loadDescription', 'locateDescription']);
});

test('the main entry reaches no Node.js module: it runs in the browser', async () => {
  const seen = new Set<string>();
  const imported: string[] = [];
  const visit = async (url: URL): Promise<void> => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const source = await readFile(url, 'utf8');
    for (const [, specifier] of source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gm)) {
      if (specifier!.startsWith('.')) await visit(new URL(specifier!, url));
      else imported.push(specifier!);
    }
  };
  await visit(new URL('../src/index.ts', import.meta.url));
  expect(seen.size).toBeGreaterThan(5);
  expect([...new Set(imported)].sort()).toEqual(['@specmark/template', 'fastest-levenshtein']);
});
