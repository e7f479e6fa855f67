import type * as z from 'zod';
import { authMethods, specStatuses, type SpecStatus } from './allowed-values.ts';
import { addSpecmarkIssue } from './specmark-issue.ts';

/** Templates whose specs must name a `provider`. */
export const providerRequiredFor: readonly string[] = ['api-integration'];

/** The first status from which a spec must name its `auth` method. */
export const authRequiredFrom: SpecStatus = 'approved';

/** The statuses that require `auth`: `approved` and every later one. */
export const statusesRequiringAuth: readonly SpecStatus[] = specStatuses.slice(specStatuses.indexOf(authRequiredFrom));

const date = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Check the rules that tie keys together: `provider` for templates that need it, `auth` once a
 * spec is approved, and `updated` not before `created`. Runs even when single keys have issues,
 * so every problem is reported at once; a rule whose keys are missing or malformed is skipped.
 *
 * @param value The frontmatter (already parsed key by key where valid).
 * @param context The refinement context.
 */
export function checkCrossFieldRules(value: unknown, context: z.core.$RefinementCtx): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const data = value as Record<string, unknown>;
  if (typeof data.template === 'string' && providerRequiredFor.includes(data.template) && data.provider === undefined) {
    addSpecmarkIssue(context, 'required-with', { key: 'provider', when: { key: 'template', value: data.template } }, ['provider']);
  }
  if (typeof data.status === 'string' && (statusesRequiringAuth as readonly string[]).includes(data.status) && data.auth === undefined) {
    addSpecmarkIssue(context, 'required-with', { key: 'auth', when: { key: 'status', value: data.status }, allowed: [...authMethods] }, ['auth']);
  }
  const { created, updated } = data;
  if (typeof created === 'string' && typeof updated === 'string' && date.test(created) && date.test(updated) && updated < created) {
    addSpecmarkIssue(context, 'date-order', { created, updated }, ['updated']);
  }
}
