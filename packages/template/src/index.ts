/**
 * `@specmark/template`: the map of the package. Each folder of `src/` holds one concept; its
 * exports are listed here under the concept's name. Node-only loading is in `./node.ts`.
 *
 * @packageDocumentation
 */

// The template: its model, read from Markdown (built-in or a team's own), its prompts and sentence frames.
export { builtInTemplateIds, isBuiltInTemplate, loadBuiltInTemplate } from './template/built-in-templates.ts';
export type { FieldKind, Point, Position, Template, TemplateField, TemplateItem, TemplateSection } from './template/model.ts';
export { parseTemplate, type ParseTemplateOptions } from './template/parse-template.ts';
export { promptExamples } from './template/prompt-examples.ts';
export { readPromptHint, type PromptHint } from './template/prompt-hint.ts';
export { isPrompt, promptsIn } from './template/prompt.ts';
export { fillSentenceFrame, matchSentenceFrame, readSentenceFrame, type SentenceFrame } from './template/sentence-frame.ts';
export { slugify } from './template/slug.ts';
export { TemplateError } from './template/template-error.ts';
export { templateProblemMessage } from './template/template-problem-message.ts';
export type { TemplateProblem, TemplateProblemCode } from './template/template-problem.ts';
export { templateSteps, type OutlineStep } from './template/template-steps.ts';

// Markdown and YAML read safely: one parser set-up, one YAML reader, limits that keep every parse linear.
export { blockLengthLimit } from './markdown/block-length.ts';
export { containerClosingLimit } from './markdown/container-closings.ts';
export { deepNesting, nestingLimit, type DeepNesting } from './markdown/nesting-depth.ts';
export { parseLimitPassed, type PassedParseLimit } from './markdown/parse-limit.ts';
export { parseMarkdown } from './markdown/parse-markdown.ts';
export { readYaml, yamlLimits, type YamlProblem, type YamlReading } from './markdown/read-yaml.ts';

// The reading of a spec against its template: the one normaliser, the outline, items matched to the template's, answers.
export type { Answers, ChecklistAnswer, ExtraContent, FieldAnswer, QuestionAnswer, SpecFormat } from './reading/answers.ts';
export { readResolvedQuestion, readWaiver, writeResolvedQuestion, writeWaiver, type ResolvedQuestion, type Waiver } from './reading/checklist-text.ts';
export { chooseTemplate, type TemplateChoice } from './reading/choose-template.ts';
export { checklistItemKey, matchChecklistAnswers, matchItemKeys } from './reading/item-matches.ts';
export { matchKey } from './reading/match-key.ts';
export { mayBeSpec } from './reading/may-be-spec.ts';
export { parseSpec, type ParsedSpec, type UnmappedContent, type UnmappedReason } from './reading/parse-spec.ts';
export { readQuestion, writeQuestion } from './reading/question.ts';
export { readSpecDocument, type ReadSpecDocumentOptions, type SpecDocument } from './reading/spec-document.ts';
export type { FrontmatterEntry, SpecFrontmatter } from './reading/spec-frontmatter.ts';
export { entryItems, matchItems, type ItemMatch, type SpecItem } from './reading/spec-items.ts';
export { headingText, readSpec, type OutlineEntry, type Region, type RegionKind, type SpecReading } from './reading/spec-reading.ts';

// What answers say: answer units, what they name, hollow answers, what each topic expects.
export { answerAuthMethods, asksAuthentication } from './answers/answer-auth-methods.ts';
export { answerEnvironments } from './answers/answer-environments.ts';
export { answerExpectations, fieldTopics, hollowExpectations, topicExpectations, type TopicExpectation } from './answers/answer-expectations.ts';
export { answerNames, type AnswerBound, type AnswerNames } from './answers/answer-names.ts';
export { answerTopicIds, answerTopics, retriesIn, type AnswerTopic } from './answers/answer-topics.ts';
export { answerUnits, type AnswerUnit, type AnswerUnitKind } from './answers/answer-units.ts';
export { asksWhich, hollowAnswer, type HollowAnswer } from './answers/hollow-answer.ts';

// The one repair plan: safe, surgical edits that fix what the lint rules report.
export { itemRepair, planRepairs } from './repair/plan-repairs.ts';
export { applyRepairs, repairPlace, repairText, type Repair, type RepairCode } from './repair/repair.ts';

// Writing specs: a blank spec, a filled one, frontmatter and field blocks.
export { blankSpec } from './writing/blank-spec.ts';
export { renderSpec, type TemplateOutline } from './writing/render-spec.ts';
