import type { FlagSpec } from '../parse-flags.ts';

/** The flags of `specmark check` about suppressions. */
export const suppressionFlags: FlagSpec[] = [
  { name: 'suppress-all', description: 'Write every error into the suppressions file, so that later runs report only new ones' },
  { name: 'suppress-rule', value: '<id>', repeatable: true, description: 'Write the errors of this rule into the suppressions file (repeatable)' },
  { name: 'prune-suppressions', description: 'Remove from the suppressions file the errors that no longer occur' },
  { name: 'suppressions-location', value: '<path>', description: 'The suppressions file (default: specmark-suppressions.json)' },
  { name: 'pass-on-unpruned-suppressions', description: 'Do not fail when suppressed errors no longer occur' },
];
