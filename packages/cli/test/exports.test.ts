import { expect, test } from 'vitest';
import * as main from 'specmark';

test('the package exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual(['CliError', 'checkFiles', 'cliProblemMessage', 'commands', 'fixMessage', 'fixSpec', 'loadConfig', 'reporters', 'run']);
  expect(Object.keys(main.reporters)).toEqual(['stylish', 'json', 'github', 'sarif']);
  expect(main.commands.map((command) => command.name)).toEqual(['check', 'new', 'fix', 'mcp']);
});
