// Writes the README's table of rules from the rules' docs (src/rules/<id>.docs.ts).
// Run with `npm run docs:readme -w packages/remark-preset-lint`; a test fails while it is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { ruleDocs } from '../src/docs.ts';
import { readmeFile, ruleTable, withRuleTable } from './readme-rule-table.ts';

const before = await readFile(readmeFile, 'utf8');
const after = withRuleTable(before, ruleTable(ruleDocs));
if (after === before) {
  console.log(`${readmeFile.pathname} is up to date`);
} else {
  await writeFile(readmeFile, after);
  console.log(`wrote the rule table in ${readmeFile.pathname}`);
}
