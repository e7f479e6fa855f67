import { githubReporter } from './github-reporter.ts';
import { jsonReporter } from './json-reporter.ts';
import type { Reporter } from './report-input.ts';
import { sarifReporter } from './sarif-reporter.ts';
import { stylishReporter } from './stylish-reporter.ts';

/** The reporters of `specmark check --reporter`, by name. */
export const reporters: Readonly<Record<string, Reporter>> = {
  stylish: stylishReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: sarifReporter,
};
