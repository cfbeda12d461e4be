/**
 * `npm start` runs bin/ensure-electron.cjs first. Here it runs in a temporary copy of the
 * repo layout whose node_modules/electron has no path.txt (a fresh clone), with Electron's
 * own installer (node_modules/electron/install.js, unmodified) pointed at a closed port
 * on 127.0.0.1 through ELECTRON_MIRROR, so the download fails at once and the same way
 * on every machine.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const ROOT = path.resolve(__dirname, '../..');
const ELECTRON = realpathSync(path.join(ROOT, 'node_modules', 'electron'));

async function freshClone(): Promise<string> {
  const dir = await tempDir('claw-ensure-electron-');
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(path.join(ROOT, 'bin', 'ensure-electron.cjs'), path.join(dir, 'bin', 'ensure-electron.cjs'));
  const electron = path.join(dir, 'node_modules', 'electron');
  mkdirSync(electron, { recursive: true });
  for (const file of ['package.json', 'install.js', 'index.js', 'checksums.json'])
    copyFileSync(path.join(ELECTRON, file), path.join(electron, file));
  // The installer's own dependencies, as npm laid them out.
  for (const scope of ['@electron', '@electron-internal'])
    symlinkSync(realpathSync(path.join(ROOT, 'node_modules', scope)), path.join(dir, 'node_modules', scope));
  return dir;
}

/** A port on 127.0.0.1 that nothing listens on: bound once, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function run(dir: string, env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(ELECTRON_|electron_|npm_config_electron)/i.test(key)),
  );
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dir, 'bin', 'ensure-electron.cjs')], {
      env: { ...clean, HOME: dir, electron_config_cache: path.join(dir, 'cache'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ensure-electron did not finish within 30 s:\n${stdout}${stderr}`));
    }, 30_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('ensure-electron (before npm start)', () => {
  it('offline: runs Electron’s installer, then says in one sentence what to run, and exits 1', async () => {
    const dir = await freshClone();
    const mirror = `http://127.0.0.1:${await closedPort()}/`;
    const { code, stdout, stderr } = await run(dir, { ELECTRON_MIRROR: mirror, LANG: 'en_US.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).toContain('Downloading the Electron runtime');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Electron's runtime is not installed and could not be downloaded \(.+\): connect to the network, run `npx --no install-electron`, then npm start again\.$/,
    );
    expect(stderr).not.toMatch(/Electron uninstall|\n\s+at /); // no stack trace
  });

  it('in Chinese when the locale asks, and without trying when ELECTRON_SKIP_BINARY_DOWNLOAD is set', async () => {
    const dir = await freshClone();
    const { code, stdout, stderr } = await run(dir, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1', LANG: 'zh_CN.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(
      '无法安装 Electron 运行时（ELECTRON_SKIP_BINARY_DOWNLOAD is set）：请联网后运行 `npx --no install-electron`，再运行 npm start。',
    );
  });

  it('does nothing when the runtime is installed (path.txt names an executable of this version)', async () => {
    const dir = await freshClone();
    const electron = path.join(dir, 'node_modules', 'electron');
    mkdirSync(path.join(electron, 'dist'));
    writeFileSync(path.join(electron, 'dist', 'electron'), '');
    writeFileSync(path.join(electron, 'dist', 'version'), (await import(path.join(electron, 'package.json'))).version);
    writeFileSync(path.join(electron, 'path.txt'), 'electron');
    const mirror = `http://127.0.0.1:${await closedPort()}/`;
    expect(await run(dir, { ELECTRON_MIRROR: mirror })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
