import { githubReporter } from './github-reporter.ts';
import { escapeJsonControls } from './json-text.ts';
import { jsonReporter } from './json-reporter.ts';
import type { Reporter } from './report-input.ts';
import { shownResults } from './shown-results.ts';
import { stylishReporter } from './stylish-reporter.ts';

/**
 * The reporters of `specmark check --reporter`, by name. `sarif` loads the SARIF reporter and the
 * rules' documentation only when it is used, so that other runs do not pay for them; it is given
 * redacted texts, and its JSON's control characters are escaped.
 */
export const reporters: Readonly<Record<string, Reporter>> = {
  stylish: stylishReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: async (input) => escapeJsonControls((await import('./sarif-reporter.ts')).sarifReporter({ ...input, files: shownResults(input.files, { keepControls: true }) })),
};
