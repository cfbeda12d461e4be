#!/usr/bin/env node
// The `claw-control` command: runs the built CLI (out/cli/claw-control.cjs, made by `npm run build`), after asking its
// quick start (out/cli/quick.cjs) whether it can answer alone (--version, --help, a cached hardware --json).
// In a source checkout that has not been built yet it runs the TypeScript sources through tsx
// (a dev dependency); anywhere else it says how to build.
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const built = path.join(root, 'out', 'cli', 'claw-control.cjs');
const quick = path.join(root, 'out', 'cli', 'quick.cjs');
const source = path.join(root, 'node', 'cli', 'index.ts');

function resolves(name) {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false; // not installed: the caller says what to do
  }
}

require('node:module').enableCompileCache?.(); // Node ≥ 22.1: cache the compiled bundle between runs

/** The quick start's answer, printed; false when the full CLI must run. */
function answeredQuickly() {
  if (!existsSync(quick)) return false;
  const answer = require(quick).quickAnswer(process.argv.slice(2), process.env, path.dirname(quick));
  if (!answer) return false;
  process.stdout.write(answer.out);
  process.exitCode = answer.code;
  return true;
}

if (existsSync(built)) {
  if (!answeredQuickly()) require(built);
} else if (existsSync(source) && resolves('tsx/cjs')) {
  // Commands load lazily with import(), which needs tsx's ESM hooks: run the sources in a child with --import tsx.
  const { spawnSync } = require('node:child_process');
  const child = spawnSync(
    process.execPath,
    ['--import', require('node:url').pathToFileURL(require.resolve('tsx')).href, source, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: process.env,
    },
  );
  if (child.error) {
    process.stderr.write(`claw-control: ${child.error.message}\n`);
    process.exitCode = 1;
  } else process.exitCode = child.status ?? 1;
} else {
  const zh = /^zh/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
  process.stderr.write(
    zh
      ? `claw-control 尚未构建（缺少 ${built}）：请在 ${root} 中运行 npm run build。\n`
      : `claw-control is not built (no ${built}): run npm run build in ${root}.\n`,
  );
  process.exitCode = 1;
}
