import fc from 'fast-check';

/**
 * The seed of every property and fuzz test unless `FUZZ_SEED` names another (a number, or
 * `random`): `npm test` tries the same inputs every time, so its result does not depend on luck;
 * `npm run fuzz` explores with random seeds. Loaded by vitest before each test file.
 */
export const defaultFuzzSeed = 20_261_124;

const wanted = process.env.FUZZ_SEED;
if (wanted !== 'random') fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: wanted === undefined ? defaultFuzzSeed : Number(wanted) });
