import { expect, test } from 'vitest';
import * as main from '@specmark/template';
import * as node from '@specmark/template/node';

test('the main entry exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual([
    'TemplateError',
    'answerExpectations',
    'answerNames',
    'answerTopicIds',
    'answerTopics',
    'answerUnits',
    'applyRepairs',
    'asksWhich',
    'blankSpec',
    'builtInTemplateIds',
    'deepNesting',
    'entryItems',
    'fieldTopics',
    'fillSentenceFrame',
    'headingText',
    'hollowAnswer',
    'hollowExpectations',
    'isBuiltInTemplate',
    'isPrompt',
    'itemRepair',
    'loadBuiltInTemplate',
    'matchItems',
    'matchKey',
    'matchSentenceFrame',
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
    'retriesIn',
    'slugify',
    'templateProblemMessage',
    'templateSteps',
    'topicExpectations',
    'writeQuestion',
    'writeResolvedQuestion',
    'writeWaiver',
    'yamlLimits',
  ]);
});

test('the node entry exports file loading only', () => {
  expect(Object.keys(node).sort()).toEqual(['loadTemplate', 'loadTemplateFile']);
});
