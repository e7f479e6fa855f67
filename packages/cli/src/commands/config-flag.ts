import type { FlagSpec } from '../parse-flags.ts';

/** `--config <file>`, accepted by every command that reads the configuration. */
export const configFlag: FlagSpec = { name: 'config', short: 'c', value: '<file>', description: 'Configuration file (default: found in the current folder; a .remarkrc also above it)' };
