import { parseLimitMessages } from './lib/rules/bounded-parse.ts';
import { ruleMessageTexts } from './lib/rules/create-rule.ts';
import { messageTexts } from './lib/rules/rule-messages.ts';
import apiAuthWebhooks from './rules/api-auth-webhooks.ts';
import apiErrorStatuses from './rules/api-error-statuses.ts';
import apiOperations from './rules/api-operations.ts';
import consistentFrontmatter from './rules/consistent-frontmatter.ts';
import frontmatterSchema from './rules/frontmatter-schema.ts';
import noEmptySections from './rules/no-empty-sections.ts';
import noHollowAnswers from './rules/no-hollow-answers.ts';
import noPlaceholders from './rules/no-placeholders.ts';
import noSecrets from './rules/no-secrets.ts';
import openQuestionsResolved from './rules/open-questions-resolved.ts';
import referenceFilesExist from './rules/reference-files-exist.ts';
import questionsAnswered from './rules/questions-answered.ts';
import requiredChecklistItems from './rules/required-checklist-items.ts';
import requiredSections from './rules/required-sections.ts';
import sectionOrder from './rules/section-order.ts';
import specificAudience from './rules/specific-audience.ts';
import specificBehaviors from './rules/specific-behaviors.ts';
import templateVersion from './rules/template-version.ts';

/** Every rule of the preset by id, in the order they run. */
export const rules = {
  'frontmatter-schema': frontmatterSchema,
  'template-version': templateVersion,
  'required-sections': requiredSections,
  'section-order': sectionOrder,
  'no-empty-sections': noEmptySections,
  'no-placeholders': noPlaceholders,
  'specific-audience': specificAudience,
  'questions-answered': questionsAnswered,
  'open-questions-resolved': openQuestionsResolved,
  'no-hollow-answers': noHollowAnswers,
  'specific-behaviors': specificBehaviors,
  'required-checklist-items': requiredChecklistItems,
  'no-secrets': noSecrets,
  'reference-files-exist': referenceFilesExist,
  'consistent-frontmatter': consistentFrontmatter,
  'api-operations': apiOperations,
  'api-error-statuses': apiErrorStatuses,
  'api-auth-webhooks': apiAuthWebhooks,
} as const;

/** A rule id (`no-placeholders`). */
export type RuleId = keyof typeof rules;

/** Every rule id, in the order the rules run. */
export const ruleIds = Object.keys(rules) as RuleId[];

/**
 * The messages a rule gives, as ESLint's `meta.messages`: id → wording, `{{name}}` standing for
 * the message's data. Every message of the rule carries one of these ids as `messageId`, and its
 * data as `data`.
 *
 * @param id A rule id (`required-sections`).
 * @returns Id → wording; empty for an id that is not a rule of the preset.
 */
export function ruleMessages(id: string): Readonly<Record<string, string>> {
  return Object.hasOwn(rules, id) ? ruleMessageTexts(rules[id as RuleId]) : {};
}

/**
 * The messages the preset gives itself, without a rule (`ruleId` unset): Markdown past a limit of
 * what is parsed. Id → wording, as {@link ruleMessages}.
 */
export const presetMessages: Readonly<Record<string, string>> = messageTexts(parseLimitMessages);
