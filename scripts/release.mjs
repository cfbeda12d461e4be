#!/usr/bin/env node
// `npm run release`: builds, packs the npm tarball into release/, checks what it holds, and prints the commands that install it.
// `--skip-build` packs what out/ already holds.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { readTarball, checkEntries } = require('../bin/release-check.cjs');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'release');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function main() {
  if (!process.argv.includes('--skip-build'))
    execFileSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: 15 * 60_000 });
  mkdirSync(OUT, { recursive: true });
  // Built just above (or on purpose with --skip-build): no prepack rebuild.
  const packed = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', OUT], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 5 * 60_000,
  });
  const [{ filename, size }] = JSON.parse(packed);
  const tarball = path.join(OUT, filename);
  const entries = readTarball(tarball);
  const problems = checkEntries(entries);
  if (problems.length) {
    console.error(`release: ${tarball} is not fit to ship:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`release: ${tarball} (${(size / 1e6).toFixed(1)} MB, ${entries.length} files: the CLI, the panel and their licences)

Copy it to the GPU box, then:
  npm i -g ./${filename}                                  # installs the claw-control command
  npx --yes --package ./${filename} claw-control --help   # or: run it once without installing`);
}

main();
