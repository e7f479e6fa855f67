import { expect, test } from 'vitest';
import * as main from '@specmark/template';
import * as node from '@specmark/template/node';

test('the main entry exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual([
    'TemplateError',
    'applyRepairs',
    'blankSpec',
    'blockLengthLimit',
    'builtInTemplateIds',
    'checklistItemKey',
    'deepNesting',
    'entryItems',
    'fillSentenceFrame',
    'headingText',
    'isBuiltInTemplate',
    'isPrompt',
    'itemRepair',
    'loadBuiltInTemplate',
    'matchChecklistAnswers',
    'matchItemKeys',
    'matchItems',
    'matchKey',
    'matchSentenceFrame',
    'nestingLimit',
    'parseLimitPassed',
    'parseMarkdown',
    'parseSpec',
    'parseTemplate',
    'planRepairs',
    'promptExamples',
    'promptsIn',
    'readPromptHint',
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
