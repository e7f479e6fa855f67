import { operationLabel, type ApiOperation } from '@specmark/api-description';
import { answerUnits, type TemplateField } from '@specmark/template';
import type { Position } from 'unist';
import { createRule } from '../lib/rules/create-rule.ts';
import { report } from '../lib/rules/report.ts';
import { operationIn, specApi } from '../lib/api/spec-api.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip } from '../lib/spec/text.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `api-error-statuses`. */
export type ApiErrorStatusesOptions = TemplateOptions;

/** An error status as a description writes it: `404`, `429`, `5XX`. */
const errorStatus = /^[45](?:\d\d|xx)$/i;

/** Whether a status an answer names (`409`, `4xx`) covers a documented one (`409`, `4XX`): the same code, or its class. */
function covers(named: string, documented: string): boolean {
  const code = documented.toLowerCase();
  return named === code || named === `${code[0]}xx`;
}

/** Characters that continue a path: `/deployments` is not `/deployments/{id}`. */
const pathCharacter = /[\w{}/.~-]/;

/**
 * Whether an answer names an operation: its `METHOD /path` (any case) not followed by more path,
 * or its operation id as a word of its own.
 *
 * @param text The answer.
 * @param lower The answer in lower case (made once per answer).
 * @param label The operation's `METHOD /path` in lower case (made once per operation).
 * @param id The operation's id, if any.
 */
function mentions(text: string, lower: string, label: string, id: string | undefined): boolean {
  for (let at = lower.indexOf(label); at !== -1; at = lower.indexOf(label, at + 1)) {
    if (!pathCharacter.test(lower.charAt(at + label.length))) return true;
  }
  if (!id) return false;
  for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
    if (!pathCharacter.test(text.charAt(at - 1)) && !pathCharacter.test(text.charAt(at + id.length))) return true;
  }
  return false;
}

/** `` `A` or `B` `` / `` `A`, `B` or `C` `` */
function either(titles: readonly string[]): string {
  const shown = titles.map((title) => `\`${title}\``);
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)!}`;
}

/** The messages of `api-error-statuses`, by id. */
const messages = defineMessages({
  'unanswered-status': 'Unexpected no answer for {{statuses}} of `{{operation}}`, expected an answer in {{fields}} that names it',
  'unanswered-status-or-deferred': 'Unexpected no answer for {{statuses}} of `{{operation}}`, expected an answer in {{fields}} that names it, or it in {{deferred}}',
  'unanswered-statuses': 'Unexpected no answer for {{statuses}} of `{{operation}}`, expected an answer in {{fields}} that names each',
  'unanswered-statuses-or-deferred': 'Unexpected no answer for {{statuses}} of `{{operation}}`, expected an answer in {{fields}} that names each, or them in {{deferred}}',
  'default-only-errors': 'Unexpected errors documented only as `default` for {{operations}}, expected error statuses such as `404` or `4XX` to check {{fields}} against: `{{description}}` does not say which errors it returns, so name the provider\'s error codes by hand',
  'default-only-errors-many': 'Unexpected errors documented only as `default` for {{operations}}, expected error statuses such as `404` or `4XX` to check {{fields}} against: `{{description}}` does not say which errors they return, so name the provider\'s error codes by hand',
});

/** The `api-error-statuses` rule. What it checks, with examples: `./api-error-statuses.docs.ts` (https://specmark.dev/rules/api-error-statuses/). */
const apiErrorStatuses = createRule<ApiErrorStatusesOptions>({
  id: 'api-error-statuses',
  severity: 'status',
  messages,
  async check({ file, document, template, reading }) {
    if (!template || !reading) return;
    const handling = (value: string): TemplateField[] => template.fields.filter((field) => field.options.errorStatuses === value);
    const handled = handling('handled');
    if (handled.length === 0) return;
    const spec = await specApi(file, document);
    if (!spec?.result.ok) return;
    const index = spec.result.value;
    const deferred = handling('deferred');
    const listed = [...new Set(spec.api.operations.flatMap(({ written }) => {
      const found = operationIn(index, written);
      return found.found ? [found.operation] : [];
    }))];
    const labels = listed.map((operation) => operationLabel(operation).toLowerCase());
    // An answer that names some of the listed operations speaks of those; one that names none speaks of all.
    const answers = answerUnits(reading)
      // By the unit's own field options: the reading's template may be another copy of the same model.
      .filter((unit) => unit.field.options.errorStatuses === 'handled' || unit.field.options.errorStatuses === 'deferred')
      .map((unit) => {
        const lower = unit.text.toLowerCase();
        return { statuses: unit.names.statuses, about: listed.filter((operation, at) => mentions(unit.text, lower, labels[at]!, operation.operationId)) };
      });
    const answered = (operation: ApiOperation): string[] => answers.filter(({ about }) => about.length === 0 || about.includes(operation)).flatMap(({ statuses }) => statuses);
    const onlyDefault: { operation: ApiOperation; place: Position }[] = [];
    const seen = new Set<ApiOperation>();
    for (const { written, place } of spec.api.operations) {
      const found = operationIn(index, written);
      if (!found.found || seen.has(found.operation)) continue;
      const { operation } = found;
      seen.add(operation);
      const errors = operation.statuses.map((status) => status.code).filter((code) => errorStatus.test(code));
      if (errors.length === 0) {
        if (operation.statuses.some((status) => status.code === 'default')) onlyDefault.push({ operation, place });
        continue;
      }
      const named = answered(operation);
      const unhandled = errors.filter((code) => !named.some((status) => covers(status, code)));
      if (unhandled.length === 0) continue;
      const data = { statuses: unhandled.map((code) => `\`${clip(code, 10)}\``).join(', '), operation: clip(operationLabel(operation), 80), fields: either(handled.map((field) => field.title)) };
      const one = unhandled.length === 1;
      if (deferred.length === 0) report(file, messages[one ? 'unanswered-status' : 'unanswered-statuses'], data, place, { actual: written });
      else report(file, messages[one ? 'unanswered-status-or-deferred' : 'unanswered-statuses-or-deferred'], { ...data, deferred: either(deferred.map((field) => field.title)) }, place, { actual: written });
    }
    const [first] = onlyDefault;
    if (first) {
      const labels = onlyDefault.map(({ operation }) => `\`${clip(operationLabel(operation), 80)}\``).join(', ');
      const data = { operations: labels, fields: either(handled.map((field) => field.title)), description: clip(spec.api.description, 80) };
      report(file, messages[onlyDefault.length === 1 ? 'default-only-errors' : 'default-only-errors-many'], data, first.place, { advisory: true });
    }
  },
});

export default apiErrorStatuses;
