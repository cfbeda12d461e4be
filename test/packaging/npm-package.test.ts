/**
 * The npm package as users get it: the tarball holds exactly the CLI, the panel and their
 * licences (no Electron code, whatever `npm run build` left beside them), the release check
 * refuses anything else, and the README's GPU-box commands work as written from the tarball,
 * on a machine with only Node on PATH and a fresh HOME.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, npmEnv, packFixture, run } from './pack-fixture';

interface Entry {
  path: string;
  content: Buffer;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readTarball, checkEntries } = require('../../bin/release-check.cjs') as {
  readTarball(file: string): Entry[];
  checkEntries(entries: Entry[]): string[];
};

const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; main?: string };
let work: string;
let tarball: string;
let entries: Entry[];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'claw-npm-package-'));
  await mkdir(path.join(work, 'stage'));
  tarball = await packFixture(path.join(work, 'stage'), work);
  entries = readTarball(tarball);
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the npm tarball', () => {
  it('holds exactly the CLI, the panel, the schema and their licences, and no Electron code', async () => {
    const schema = (await readdir(path.join(ROOT, 'resources', 'openclaw-schema'), { recursive: true }))
      .filter((name) => name.includes('.'))
      .map((name) => `resources/openclaw-schema/${name}`);
    expect(entries.map((e) => e.path).sort()).toEqual(
      [
        'LICENSE',
        'README.md',
        'bin/claw-control.cjs',
        'out/cli/THIRD-PARTY-LICENSES.txt',
        'out/cli/claw-control.cjs',
        'out/cli/help.en.txt',
        'out/cli/help.zh-CN.txt',
        'out/cli/quick.cjs',
        'out/renderer/THIRD-PARTY-LICENSES.txt',
        'out/renderer/index.html',
        'package.json',
        ...schema,
      ].sort(),
    );
    expect(checkEntries(entries)).toEqual([]);
    expect(pkg.main).toBeUndefined(); // npm packs whatever main names, "files" or not
  });

  it('carries the licence of every package bundled into the CLI', () => {
    const notice = entries.find((e) => e.path === 'out/cli/THIRD-PARTY-LICENSES.txt')!.content.toString();
    const sections = notice.split(/\n-{72}\n/);
    for (const name of ['commander', 'zod', 'i18next', 'json5']) {
      const section = sections.find((text) => text.trimStart().startsWith(`${name}@`));
      expect(section, name).toMatch(/^\s*\S+@\d+\.\d+\.\d+ \(MIT\)\n\n[\s\S]*Permission is hereby granted/);
    }
  });

  it('the release check refuses Electron code, a main, a stray file and a missing licence', () => {
    const withPkg = (change: Record<string, unknown>) =>
      entries.map((e) =>
        e.path === 'package.json'
          ? { ...e, content: Buffer.from(JSON.stringify({ ...JSON.parse(e.content.toString()), ...change })) }
          : e,
      );
    expect(checkEntries([...entries, { path: 'out/main/index.js', content: Buffer.from('') }])).toEqual([
      'not allowed: out/main/index.js',
    ]);
    expect(
      checkEntries([...entries, { path: 'out/cli/chunk.cjs', content: Buffer.from('const e = require("electron");') }]),
    ).toEqual(['Electron code: out/cli/chunk.cjs']);
    expect(checkEntries(withPkg({ main: 'out/main/index.js' }))).toEqual([
      'package.json names a main (out/main/index.js): npm packs it whatever "files" says',
    ]);
    expect(checkEntries(entries.filter((e) => e.path !== 'LICENSE'))).toEqual(['missing: LICENSE']);
  });
});

/** The README's GPU-box block: the commands after the marker comment, without their comments. */
async function readmeCommands(): Promise<string[]> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- gpu-box-install[^>]*-->\n```sh\n([\s\S]*?)```/.exec(readme);
  expect(block, 'README.md has the gpu-box-install block').not.toBeNull();
  return block![1]!
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

describe('the README install commands, from the tarball', () => {
  it('install the command and run it with only Node on PATH', async () => {
    const commands = await readmeCommands();
    // The first one builds the tarball in a clone; the fixture stands in for it.
    expect(commands[0]).toBe('npm run release');
    expect(commands).toContain(`npm i -g ./claw-control-${pkg.version}.tgz`);
    const box = path.join(work, 'gpu-box');
    const bin = path.join(box, 'node-only');
    await mkdir(bin, { recursive: true });
    await copyFile(tarball, path.join(box, path.basename(tarball)));
    await symlink(process.execPath, path.join(bin, 'node'));
    for (const tool of ['npm', 'npx'])
      await symlink(path.join(path.dirname(process.execPath), tool), path.join(bin, tool)).catch(() => undefined);
    const prefix = path.join(box, 'prefix');
    const env = npmEnv({
      PATH: `${path.join(prefix, 'bin')}:${bin}:/usr/bin:/bin`,
      HOME: path.join(box, 'home'),
      LANG: 'en_US.UTF-8',
      // `-g` goes to a folder of the test's own; packages come from the runner's npm cache first.
      npm_config_prefix: prefix,
      npm_config_cache: process.env.npm_config_cache ?? path.join(os.homedir(), '.npm'),
      npm_config_prefer_offline: 'true',
    });
    const sh = (command: string) => run('sh', ['-c', command], { cwd: box, env, timeout: 180_000 });
    for (const command of commands.slice(1)) {
      if (command === 'claw-control serve') {
        // The default port may be taken on a shared machine: the same command on a free one.
        expect(await firstUrl(`${command} --port 0`, box, env)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
        continue;
      }
      const { stdout } = await sh(command);
      if (command === 'claw-control --version') expect(stdout.trim()).toBe(pkg.version);
      if (command === 'claw-control hardware') expect(stdout).toMatch(/GB/);
    }
    // The one-off form the README gives, and not the one npm cannot run.
    const once = await sh(`npx --yes --package ./claw-control-${pkg.version}.tgz claw-control --version`);
    expect(once.stdout.trim()).toBe(pkg.version);
  }, 300_000);
});

/** Starts a long-running command and resolves to the panel URL it prints; stops it after. */
function firstUrl(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn('sh', ['-c', `exec ${command}`], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code ?? 'a signal'}:\n${output}`));
    });
  }).finally(() => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
}
