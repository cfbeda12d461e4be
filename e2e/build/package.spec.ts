/**
 * The installable package (`npm pack`) after `npm run build`: it holds only the built CLI
 * and panel, its runtime dependencies are exactly what the bundle leaves external, and
 * installed into an empty prefix without dev dependencies it runs `--version`,
 * `hardware --json` and `serve` (whose page answers with its token) on Node alone.
 */
import { execFile, spawn } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { REPO_ROOT } from '../harness/panel';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { EXTERNAL } = require('../../bin/build-cli.cjs') as { EXTERNAL: string[] };
const BUNDLE = path.join(REPO_ROOT, 'out', 'cli', 'claw-control.cjs');

/** npm's environment without what `npm test` exported for its own run (prefix, global, omit…). */
function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = /^npm_config_(cache|registry|userconfig|offline|prefer_offline)$/i;
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || keep.test(k))),
    ...extra,
  };
}

function run(file: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}) {
  return new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    execFile(file, args, { timeout: 60_000, maxBuffer: 32 << 20, ...options }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stderr}`))
        : resolve({ stdout, stderr }),
    );
  });
}

test('the bundle requires only Node built-ins and the dependencies package.json lists', async () => {
  const bundle = await readFile(BUNDLE, 'utf8');
  expect(bundle.startsWith('#!/usr/bin/env node\n')).toBe(true);
  // require("x"), and require.resolve("x") for systeminformation's worker thread.
  const required = new Set([...bundle.matchAll(/(?:\brequire|\.resolve)\("([^"]+)"\)/g)].map((m) => m[1]!));
  // ajv's code generator carries `require("ajv/dist/runtime/…")` as text for its standalone mode; the
  // runtime functions themselves are bundled (they are in the same file), so those strings are not requires.
  const outside = [...required].filter(
    (name) => !builtinModules.includes(name.replace(/^node:/, '')) && !name.startsWith('ajv/dist/runtime/'),
  );
  expect(outside.sort()).toEqual([...EXTERNAL].sort());
  const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  expect(Object.keys(pkg.dependencies).sort()).toEqual([...EXTERNAL].sort());
  expect(bundle).not.toMatch(/require\("tsx/);
});

test('npm pack → install in an empty prefix with --omit=dev → --version, hardware --json, serve', async () => {
  test.setTimeout(180_000);
  const work = await mkdtemp(path.join(os.tmpdir(), 'claw-pack-'));
  let serve: ReturnType<typeof spawn> | undefined;
  try {
    // Already built by `npm run build` (npm test builds before e2e): skip the prepack rebuild.
    const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
      cwd: REPO_ROOT,
      env: npmEnv(),
    });
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    expect(files).toContain('out/cli/claw-control.cjs');
    expect(files).toContain('out/renderer/index.html');
    expect(files).toContain('bin/claw-control.cjs');
    expect(
      files.filter((f) => /^(electron|shared|renderer|test|e2e|node_modules)\//.test(f) || f.endsWith('.ts')),
    ).toEqual([]);

    const prefix = path.join(work, 'prefix');
    await run(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--omit=dev',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        path.join(work, info!.filename),
      ],
      { env: npmEnv(), cwd: work, timeout: 120_000 },
    );
    const installed = path.join(prefix, 'lib', 'node_modules', 'claw-control');
    const installedDeps = (await readdir(path.join(installed, 'node_modules'))).filter((n) => !n.startsWith('.'));
    expect(installedDeps.sort()).toEqual([...EXTERNAL].sort());

    // Only Node on PATH, a fresh HOME, nothing of the repo reachable.
    const nodeOnly = path.join(work, 'node-only');
    await mkdir(nodeOnly);
    await symlink(process.execPath, path.join(nodeOnly, 'node'));
    const home = path.join(work, 'home');
    await mkdir(home);
    const env = { PATH: `${nodeOnly}:/usr/bin:/bin`, HOME: home, LANG: 'en_US.UTF-8' };
    const bin = path.join(prefix, 'bin', 'claw-control');

    const version = await run(bin, ['--version'], { env });
    const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);

    const hardware = JSON.parse((await run(bin, ['hardware', '--json'], { env })).stdout) as {
      cpu: { cores: number };
      memory: { totalBytes: number };
    };
    expect(hardware.cpu.cores).toBeGreaterThan(0);
    expect(hardware.memory.totalBytes).toBeGreaterThan(0);

    const tokenFile = path.join(home, 'panel-token');
    serve = spawn(bin, ['serve', '--port', '0', '--token-file', tokenFile], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve printed no URL within 30 s:\n${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Claw Control panel: (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      serve!.stdout!.on('data', onData);
      serve!.stderr!.on('data', onData);
      serve!.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`serve exited with ${code ?? signal ?? 'no status'}:\n${output}`));
      });
    });
    const token = (await readFile(tokenFile, 'utf8')).trim();
    expect(new URL(url).searchParams.get('token')).toBe(token);
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
    // The page holds no secret and sets no cookie; the token is traded for a session held by the tab
    // (POST /api/session), and an API call without a credential is refused.
    const page = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(await page.text()).toMatch(/<div id="root">/);
    const api = new URL('/api/ping', url);
    const call = (headers: Record<string, string>) =>
      fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
        signal: AbortSignal.timeout(10_000),
      });
    expect((await call({})).status).toBe(401);
    const opened = await fetch(new URL('/api/session', url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
    expect(opened.status).toBe(200);
    const { data } = (await opened.json()) as { data: { session: string } };
    expect((await call({ authorization: `Bearer ${data.session}` })).status).toBe(200);
  } finally {
    if (serve && serve.exitCode === null) {
      const exited = new Promise((resolve) => serve!.once('exit', resolve));
      serve.kill('SIGTERM');
      await exited;
    }
    await rm(work, { recursive: true, force: true });
  }
});
