import { githubReporter } from './github-reporter.ts';
import { jsonReporter } from './json-reporter.ts';
import type { Reporter } from './report-input.ts';
import { stylishReporter } from './stylish-reporter.ts';

/**
 * The reporters of `specmark check --reporter`, by name. `sarif` loads the SARIF reporter and the
 * rules' documentation only when it is used, so that other runs do not pay for them.
 */
export const reporters: Readonly<Record<string, Reporter>> = {
  stylish: stylishReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: async (input) => (await import('./sarif-reporter.ts')).sarifReporter(input),
};
