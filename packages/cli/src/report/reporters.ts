import { githubReporter } from './github-reporter.ts';
import { escapeJsonControls } from './json-text.ts';
import { jsonReporter } from './json-reporter.ts';
import type { Reporter } from './report-input.ts';
import { sarifReporter } from './sarif-reporter.ts';
import { shownResults } from './shown-results.ts';
import { stylishReporter } from './stylish-reporter.ts';

/** The SARIF reporter, given redacted texts, its JSON's control characters escaped. */
const safeSarifReporter: Reporter = (input) => escapeJsonControls(sarifReporter({ ...input, files: shownResults(input.files, { keepControls: true }) }));

/** The reporters of `specmark check --reporter`, by name. */
export const reporters: Readonly<Record<string, Reporter>> = {
  stylish: stylishReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: safeSarifReporter,
};
