// Claude Code PostToolUse hook: after the agent writes or edits a Markdown file, run the project's
// `specmark check` on it; specmark decides whether the file is a spec (Markdown that is not a spec
// gets no message). Problems go back to the agent (exit code 2, on stderr), so it fixes the spec
// before it moves on.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const file = JSON.parse(input).tool_input?.file_path;
if (typeof file !== 'string' || !/\.mdx?$/i.test(file) || !existsSync(file)) process.exit(0);

// The project's own specmark, run with this Node.js (no shell, no download).
const project = process.env.CLAUDE_PROJECT_DIR ?? process.cwd();
let bin;
try {
  bin = join(dirname(createRequire(join(project, 'package.json')).resolve('specmark/package.json')), 'bin', 'specmark.js');
} catch {
  process.stderr.write('specmark is not installed in this project: npm install --save-dev specmark\n');
  process.exit(1);
}
const check = spawnSync(process.execPath, [bin, 'check', file], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
if (check.status === 0) process.exit(0);
process.stderr.write(check.stdout + check.stderr);
// 1: the spec has problems, for the agent to fix; anything else is for the person (shown, not sent).
process.exit(check.status === 1 ? 2 : 1);
