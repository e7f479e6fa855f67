// @ts-check
// The script of the Specmark GitHub Action (see `action.yml`): check the specs once, then write
// annotations, the job summary, SARIF and the step outputs, and exit with the check's code.
import { readInputs, runAction } from './run-action.mjs';

const inputs = readInputs(process.env);
process.exitCode = await runAction(inputs, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
