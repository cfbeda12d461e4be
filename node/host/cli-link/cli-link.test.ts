import { execFile } from 'node:child_process';
import { mkdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { installCliLink, linkDirs } from './cli-link';

const LAUNCHER = path.resolve(__dirname, '../../../bin/claw-control');

async function setup() {
  const home = await tempDir('claw-cli-link-');
  const resources = path.join(home, 'App', 'resources', 'cli', 'bin');
  await mkdir(resources, { recursive: true });
  const target = path.join(resources, 'claw-control');
  await writeFile(target, '#!/bin/sh\n', { mode: 0o755 });
  const system = path.join(home, 'usr-local-bin');
  await mkdir(system);
  return { home, target, system, local: path.join(home, '.local', 'bin') };
}

describe('Install command line tool', () => {
  it('links claw-control in the first writable folder, says when it is not on PATH, and relinks idempotently', async () => {
    const { home, target, local, system } = await setup();
    const options = { target, platform: 'linux' as const, env: { PATH: '/usr/bin' }, home, dirs: [local, system] };
    const first = await installCliLink(options);
    expect(first).toEqual({
      ok: true,
      link: path.join(local, 'claw-control'),
      messages: [
        { code: 'ship.cliInstalled', params: { link: path.join(local, 'claw-control'), target } },
        { code: 'ship.cliNotOnPath', params: { dir: local } },
      ],
    });
    expect(await readlink(first.link!)).toBe(target);
    const again = await installCliLink({ ...options, env: { PATH: `${local}:/usr/bin` } });
    expect(again.ok).toBe(true);
    expect(again.messages).toHaveLength(1); // on PATH now: no advice
  });

  it('a ~/.local/bin that cannot be created is said, with the reason, not passed over', async () => {
    const { home, target, local } = await setup();
    await writeFile(path.join(home, '.local'), 'a file where the folder should be'); // fails even as root
    const result = await installCliLink({ target, platform: 'linux', env: { PATH: '/usr/bin' }, home, dirs: [local] });
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual([
      { code: 'ship.cliNoWritableDir', params: { dirs: local } },
      {
        code: 'ship.cliMkdirFailed',
        params: { detail: expect.stringMatching(new RegExp(`^${local}: (ENOTDIR|EEXIST)$`)) },
      },
    ]);
  });

  it('never replaces a file or a link that is not the app’s launcher (e.g. npm’s own install)', async () => {
    const { home, target, system } = await setup();
    const npmLink = path.join(system, 'claw-control');
    await symlink('../lib/node_modules/claw-control/bin/claw-control.cjs', npmLink);
    const result = await installCliLink({ target, platform: 'darwin', env: {}, home, dirs: [system] });
    expect(result).toMatchObject({ ok: false, messages: [{ code: 'ship.cliLinkTaken' }] });
    expect(await readlink(npmLink)).toBe('../lib/node_modules/claw-control/bin/claw-control.cjs');
  });

  it('says so when the app carries no CLI, and prefers /usr/local/bin on macOS', async () => {
    const { home } = await setup();
    const result = await installCliLink({ target: path.join(home, 'nope'), platform: 'linux', env: {}, home });
    expect(result).toMatchObject({ ok: false, messages: [{ code: 'ship.cliMissing' }] });
    expect(linkDirs({ platform: 'darwin', home: '/Users/a' })).toEqual(['/usr/local/bin', '/Users/a/.local/bin']);
    expect(linkDirs({ platform: 'linux', home: '/home/a' })).toEqual(['/home/a/.local/bin', '/usr/local/bin']);
  });

  it('the linked launcher (bin/claw-control) runs the CLI through the link', async () => {
    const { home, local } = await setup();
    const result = await installCliLink({ target: LAUNCHER, platform: 'linux', env: {}, home, dirs: [local] });
    const pkg = JSON.parse(await readFile(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
      version: string;
    };
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(result.link!, ['--version'], { timeout: 60_000 }, (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
      ),
    );
    expect(stdout.trim()).toBe(pkg.version);
  });
});
