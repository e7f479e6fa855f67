import { expect, test } from 'vitest';
import * as main from '@specmark/template';
import * as node from '@specmark/template/node';

test('the main entry exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual([
    'TemplateError',
    'applyRepairs',
    'blankSpec',
    'builtInTemplateIds',
    'chooseTemplate',
    'deepNesting',
    'entryItems',
    'fillSentenceFrame',
    'headingText',
    'isBuiltInTemplate',
    'isPrompt',
    'itemRepair',
    'loadBuiltInTemplate',
    'matchItems',
    'matchKey',
    'matchSentenceFrame',
    'mayBeSpec',
    'nestingLimit',
    'parseMarkdown',
    'parseSpec',
    'parseTemplate',
    'planRepairs',
    'promptExamples',
    'promptsIn',
    'readQuestion',
    'readResolvedQuestion',
    'readSentenceFrame',
    'readSpec',
    'readSpecDocument',
    'readWaiver',
    'readYaml',
    'renderSpec',
    'repairPlace',
    'repairText',
    'slugify',
    'templateProblemMessage',
    'templateSteps',
    'writeQuestion',
    'writeResolvedQuestion',
    'writeWaiver',
    'yamlLimits',
  ]);
});

test('the node entry exports file loading only', () => {
  expect(Object.keys(node).sort()).toEqual(['loadTemplate', 'loadTemplateFile']);
});
