/** The part of a JSON Schema's `allOf` rules that says from which `status` a key is required. */
interface StatusRule {
  if?: { properties?: { status?: { enum?: unknown[] } } };
  then?: { required?: string[] };
}

/**
 * The keys the frontmatter's JSON Schema requires only from a status on (its `if` `status` …
 * `then` `required` rules, made from `@specmark/schema`'s `statusRequirements`), each with the
 * first status of its rule: `owner` → `review`.
 *
 * @param schema The JSON Schema of the frontmatter.
 * @returns The keys and their statuses.
 */
export function requiredFromStatus(schema: { allOf?: unknown }): Map<string, string> {
  const from = new Map<string, string>();
  for (const rule of (Array.isArray(schema.allOf) ? schema.allOf : []) as StatusRule[]) {
    const first = rule.if?.properties?.status?.enum?.[0];
    if (typeof first !== 'string') continue;
    for (const key of rule.then?.required ?? []) if (!from.has(key)) from.set(key, first);
  }
  return from;
}
