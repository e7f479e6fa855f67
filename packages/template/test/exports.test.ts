import { expect, test } from 'vitest';
import * as main from '@specmark/template';
import * as node from '@specmark/template/node';

test('the main entry exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual([
    'TemplateError',
    'blankSpec',
    'builtInTemplateIds',
    'deepNesting',
    'fillSentenceFrame',
    'isBuiltInTemplate',
    'isPrompt',
    'loadBuiltInTemplate',
    'matchSentenceFrame',
    'nestingLimit',
    'parseMarkdown',
    'parseSpec',
    'parseTemplate',
    'promptsIn',
    'readQuestion',
    'readResolvedQuestion',
    'readSentenceFrame',
    'readWaiver',
    'renderSpec',
    'slugify',
    'templateProblemMessage',
    'writeQuestion',
    'writeResolvedQuestion',
    'writeWaiver',
  ]);
});

test('the node entry exports file loading only', () => {
  expect(Object.keys(node).sort()).toEqual(['loadTemplate', 'loadTemplateFile']);
});
