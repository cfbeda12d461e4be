#!/usr/bin/env node
// Installs the pinned OpenClaw (and, when needed, a Node runtime it accepts) into a cache; prints where.
//
// Usage: node scripts/install-openclaw.mjs [--json]
// A port of the install half of the shared openclaw-validate.sh, so the project needs nothing outside
// itself: `npm install openclaw@<version> --ignore-scripts` into
// ${OC_VALIDATE_CACHE:-${XDG_CACHE_HOME:-~/.cache}/openclaw-validate}/openclaw-<version>, and, when the
// `node` running this script does not satisfy the package's engines.node, the npm `node` package
// (OC_VALIDATE_NODE_PKG, default node@24) beside it. First run: about 1 GB and a minute; later: instant.
// CLAW_CONTROL_SKIP_OPENCLAW=1 skips the install (and the tests that need it).
// Knobs: OPENCLAW_VERSION (default: the pinned release below), OC_VALIDATE_CACHE, OC_VALIDATE_NODE_PKG.
// Exit 0 with {version, node, entry, cacheRoot} (one JSON line with --json); exit 2 when it cannot.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The OpenClaw release Claw Control is tested against and ships the schema of. */
export const PINNED_OPENCLAW_VERSION = '2026.9.6';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const INSTALL_TIMEOUT_MS = 15 * 60_000;

export function cacheRoot(env = process.env) {
  if (env.OC_VALIDATE_CACHE) return env.OC_VALIDATE_CACHE;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'openclaw-validate');
  return path.join(env.HOME || os.homedir(), '.cache', 'openclaw-validate');
}

function npmInstall(prefix, spec, root, extra) {
  mkdirSync(prefix, { recursive: true });
  const pkg = path.join(prefix, 'package.json');
  if (!existsSync(pkg)) writeFileSync(pkg, '{"name":"oc-validate-cache","private":true}\n');
  const result = spawnSync(
    NPM,
    [
      'install',
      '--prefix',
      prefix,
      '--cache',
      path.join(root, 'npm-cache'),
      spec,
      ...extra,
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: INSTALL_TIMEOUT_MS, shell: process.platform === 'win32' },
  );
  if (result.error) throw new Error(`npm install ${spec} failed: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`npm install ${spec} failed (exit ${result.status})`);
}

function nodeSatisfies(nodeBin, engines, semverDir) {
  if (!nodeBin || (!existsSync(nodeBin) && nodeBin !== process.execPath)) return false;
  if (!engines) return true;
  try {
    execFileSync(
      nodeBin,
      [
        '-e',
        'const s=require(process.argv[1]);process.exit(s.satisfies(process.version,process.argv[2])?0:1)',
        semverDir,
        engines,
      ],
      { stdio: 'ignore', timeout: 30_000 },
    );
    return true;
  } catch {
    return false;
  }
}

/** Installs (once) and returns the Node binary and openclaw.mjs entry that run the pinned OpenClaw. */
export function ensureOpenClaw(env = process.env, log = (line) => process.stderr.write(`${line}\n`)) {
  const version = env.OPENCLAW_VERSION || PINNED_OPENCLAW_VERSION;
  const root = cacheRoot(env);
  const pkgDir = path.join(root, `openclaw-${version}`);
  const entry = path.join(pkgDir, 'node_modules', 'openclaw', 'openclaw.mjs');
  if (!existsSync(entry)) {
    log(`install-openclaw: installing openclaw@${version} into ${pkgDir} (first run, ~1 GB) …`);
    npmInstall(pkgDir, `openclaw@${version}`, root, ['--ignore-scripts']);
  }
  const manifest = JSON.parse(readFileSync(path.join(pkgDir, 'node_modules', 'openclaw', 'package.json'), 'utf8'));
  const engines = manifest.engines?.node ?? '';
  const semverDir = path.join(pkgDir, 'node_modules', 'semver');
  const nodePkg = env.OC_VALIDATE_NODE_PKG || 'node@24';
  const nodeDir = path.join(root, `runtime-${nodePkg.replace(/[/@]/g, '_')}`);
  const cachedNode = path.join(nodeDir, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
  let node;
  if (nodeSatisfies(process.execPath, engines, semverDir)) node = process.execPath;
  else if (nodeSatisfies(cachedNode, engines, semverDir)) node = cachedNode;
  else {
    log(
      `install-openclaw: node ${process.version} does not satisfy '${engines}'; installing ${nodePkg} into ${nodeDir} …`,
    );
    npmInstall(nodeDir, nodePkg, root, []);
    if (!nodeSatisfies(cachedNode, engines, semverDir))
      throw new Error(`could not obtain a Node runtime satisfying '${engines}'`);
    node = cachedNode;
  }
  return { version, node, entry, cacheRoot: root };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.env.CLAW_CONTROL_SKIP_OPENCLAW === '1') {
    process.stderr.write(
      'install-openclaw: CLAW_CONTROL_SKIP_OPENCLAW=1, not installing (the real-OpenClaw tests will be skipped)\n',
    );
    process.exit(0);
  }
  try {
    const found = ensureOpenClaw();
    if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(found)}\n`);
    else process.stdout.write(`openclaw ${found.version}: ${found.node} ${found.entry}\n`);
  } catch (error) {
    process.stderr.write(`install-openclaw: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
