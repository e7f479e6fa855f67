import type * as z from 'zod';
import { authMethods, specStatuses, statusAtLeast, type SpecStatus } from './allowed-values.ts';
import type { FrontmatterIssue } from './frontmatter-issue.ts';
import { addSpecmarkIssue } from './specmark-issue.ts';

/** A key a spec may leave out until it reaches a status. */
export interface StatusRequirement {
  /** The key (`owner`). */
  key: string;
  /** The first status from which the key is required (`review`). */
  status: SpecStatus;
  /** The templates whose specs need the key (default: every template). */
  templates?: readonly string[];
}

/**
 * The keys a spec may leave out while it is young, and the status from which each is required: a
 * draft needs only `template`, `templateVersion` and `status`; from `review` on a spec names its
 * title, owner, environments and (for `api-integration`) provider; from `approved` on its `auth`
 * method. This table is the single source of those rules: the schema, the JSON Schema, the lint
 * rule's warnings and the docs read it.
 */
export const statusRequirements: readonly StatusRequirement[] = [
  { key: 'title', status: 'review' },
  { key: 'owner', status: 'review' },
  { key: 'provider', status: 'review', templates: ['api-integration'] },
  { key: 'environments', status: 'review' },
  { key: 'auth', status: 'approved' },
];

/** The statuses from one on, in lifecycle order. */
export function statusesFrom(status: SpecStatus): readonly SpecStatus[] {
  return specStatuses.slice(specStatuses.indexOf(status));
}

/** The requirements that apply to a spec of a template (all of them when the template is unknown). */
function applies(requirement: StatusRequirement, template: unknown): boolean {
  return !requirement.templates || (typeof template === 'string' && requirement.templates.includes(template));
}

/**
 * Check the rules that tie keys together: the keys a spec's `status` requires (see
 * {@link statusRequirements}), and `updated` not before `created`. Runs even when single keys have
 * issues, so every problem is reported at once; a rule whose keys are missing or malformed is skipped.
 *
 * @param value The frontmatter (already parsed key by key where valid).
 * @param context The refinement context.
 */
export function checkCrossFieldRules(value: unknown, context: z.core.$RefinementCtx): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const data = value as Record<string, unknown>;
  for (const requirement of statusRequirements) {
    if (!statusAtLeast(data.status, requirement.status) || !applies(requirement, data.template) || data[requirement.key] !== undefined) continue;
    const params = { key: requirement.key, when: { key: 'status', value: data.status }, ...(requirement.key === 'auth' ? { allowed: [...authMethods] } : {}) };
    addSpecmarkIssue(context, { code: 'required-with', params }, [requirement.key]);
  }
  const { created, updated } = data;
  if (typeof created === 'string' && typeof updated === 'string' && date.test(created) && date.test(updated) && updated < created) {
    addSpecmarkIssue(context, { code: 'date-order', params: { created, updated } }, ['updated']);
  }
}

const date = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The keys a spec still lacks for the next status of its lifecycle: in a draft, what `review` will
 * require. They are not errors yet; tools show them as warnings.
 *
 * @param data The frontmatter data.
 * @returns One `required-from` issue per key (`{ key, status }`), in {@link statusRequirements} order.
 */
export function pendingRequirements(data: unknown): FrontmatterIssue[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const current = specStatuses.indexOf(record.status as SpecStatus);
  const next = specStatuses[current + 1];
  if (current === -1 || next === undefined) return [];
  return statusRequirements
    .filter((requirement) => requirement.status === next && applies(requirement, record.template) && record[requirement.key] === undefined)
    .map((requirement) => ({ code: 'required-from', path: [requirement.key], params: { key: requirement.key, status: requirement.status } }));
}
