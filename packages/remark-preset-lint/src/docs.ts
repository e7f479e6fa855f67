import type { RuleDocs } from './lib/docs/rule-docs.ts';
import { docs as frontmatterSchema } from './rules/frontmatter-schema.docs.ts';
import { docs as templateVersion } from './rules/template-version.docs.ts';
import { docs as requiredSections } from './rules/required-sections.docs.ts';
import { docs as sectionOrder } from './rules/section-order.docs.ts';
import { docs as noEmptySections } from './rules/no-empty-sections.docs.ts';
import { docs as noPlaceholders } from './rules/no-placeholders.docs.ts';
import { docs as specificAudience } from './rules/specific-audience.docs.ts';
import { docs as questionsAnswered } from './rules/questions-answered.docs.ts';
import { docs as openQuestionsResolved } from './rules/open-questions-resolved.docs.ts';
import { docs as noHollowAnswers } from './rules/no-hollow-answers.docs.ts';
import { docs as specificBehaviors } from './rules/specific-behaviors.docs.ts';
import { docs as requiredChecklistItems } from './rules/required-checklist-items.docs.ts';
import { docs as noSecrets } from './rules/no-secrets.docs.ts';
import { docs as referenceFilesExist } from './rules/reference-files-exist.docs.ts';
import { docs as consistentFrontmatter } from './rules/consistent-frontmatter.docs.ts';
import { docs as apiOperations } from './rules/api-operations.docs.ts';
import { docs as apiErrorStatuses } from './rules/api-error-statuses.docs.ts';
import { docs as apiAuthWebhooks } from './rules/api-auth-webhooks.docs.ts';

export { exampleSetting, type RuleDocs, type RuleExample, type RuleOptionDoc, type RulePrecision } from './lib/docs/rule-docs.ts';

/**
 * The documentation of every rule, in the order the rules run: summary, description, severity,
 * options and examples with their expected messages. The site renders one page per rule from it
 * (`https://specmark.dev/rules/<id>/`); the examples are also the rules' tests.
 */
export const ruleDocs: RuleDocs[] = [frontmatterSchema, templateVersion, requiredSections, sectionOrder, noEmptySections, noPlaceholders, specificAudience, questionsAnswered, openQuestionsResolved, noHollowAnswers, specificBehaviors, requiredChecklistItems, noSecrets, referenceFilesExist, consistentFrontmatter, apiOperations, apiErrorStatuses, apiAuthWebhooks];
