import { shownText } from '@specmark/schema/text';
import { environments, type Environment } from '@specmark/schema/values';
import type { CliIo } from '../cli-io.ts';
import { CliError } from '../cli-problem.ts';
import type { FlagSpec } from '../parse-flags.ts';
import { ask } from '../prompt-line.ts';
import { hasControlCharacter } from './single-line.ts';

/** The frontmatter `specmark new` fills besides the title: who owns the spec, what it integrates, where. */
export interface SpecDetails {
  /** The team or person responsible. */
  owner?: string;
  /** The API or service integrated. */
  provider?: string;
  /** The environments the integration covers. */
  environments?: Environment[];
}

const allowed = environments.map((each) => '`' + each + '`').join(', ');

/** The flags that give the details on the command line. */
export const specDetailFlags: FlagSpec[] = [
  { name: 'owner', value: '<name>', description: 'The team or person responsible for the spec' },
  { name: 'provider', value: '<name>', description: 'The API or service being integrated (`Stripe`)' },
  { name: 'environments', value: '<list>', description: `Comma-separated environments it covers: ${environments.join(', ')}` },
];

/**
 * Read the details from the flags and, on a terminal, ask for the ones still missing (an empty
 * answer leaves a detail out: `specmark check` then asks for it).
 *
 * @param flags Parsed flags of `specmark new`.
 * @param io Where to ask.
 * @param interactive Whether to ask.
 * @param described Whether the spec starts from a provider's API description, which gives the
 *   provider and environments: they are then not asked for (default: `false`).
 * @returns The details given.
 * @throws {CliError} For an `--environments` item that is not one of the allowed values, or an
 *   `--owner` or `--provider` with a line break or control character.
 */
export async function readSpecDetails(flags: Record<string, string | true | string[]>, io: CliIo, interactive: boolean, described = false): Promise<SpecDetails> {
  const text = (name: string): string | undefined => {
    const value = flags[name];
    if (typeof value === 'string' && hasControlCharacter(value)) {
      throw new CliError({ code: 'flag-value-invalid', params: { flag: `--${name}`, actual: value, expected: 'one line of text, without control characters' } });
    }
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const details: SpecDetails = {};
  const owner = text('owner') ?? (interactive ? (await ask(io, 'Owner (the team or person responsible)')) || undefined : undefined);
  if (owner !== undefined) details.owner = owner;
  const provider = text('provider') ?? (interactive && !described ? (await ask(io, 'Provider (the API or service being integrated)')) || undefined : undefined);
  if (provider !== undefined) details.provider = provider;
  const listed = text('environments');
  let chosen: Environment[] | undefined;
  if (listed !== undefined) {
    const read = readEnvironments(listed);
    if ('unknown' in read) throw new CliError({ code: 'flag-value-invalid', params: { flag: '--environments', actual: read.unknown, expected: `a comma-separated list of ${allowed}` } });
    chosen = read.environments;
  }
  while (chosen === undefined && interactive && !described) {
    const answer = await ask(io, `Environments (comma-separated: ${environments.join(', ')})`);
    if (answer === '') break;
    const read = readEnvironments(answer);
    // Asked again: a typo on a terminal should not throw away the answers before it.
    if ('unknown' in read) io.stdout.write(`Unexpected \`${shownText(read.unknown)}\`, expected one of ${allowed}.\n`);
    else chosen = read.environments;
  }
  if (chosen !== undefined && chosen.length > 0) details.environments = chosen;
  return details;
}

/** Split a comma-separated list of environments, each once; or the first item that is not an allowed value. */
function readEnvironments(list: string): { environments: Environment[] } | { unknown: string } {
  const chosen: Environment[] = [];
  for (const item of list.split(',').map((each) => each.trim()).filter((each) => each !== '')) {
    if (!(environments as readonly string[]).includes(item)) return { unknown: item };
    if (!chosen.includes(item as Environment)) chosen.push(item as Environment);
  }
  return { environments: chosen };
}
