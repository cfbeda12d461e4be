import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/temp-dir';
import { loadStaticFile, resolveInside } from './static-files';

describe('resolveInside: raw paths, as an attacker sends them (no URL parser cleaning them first)', () => {
  const root = '/srv/panel';
  it.each([
    '/../etc/passwd',
    '/../../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '..',
    '/%2E%2E',
  ])('%s stays inside the root', (raw) => {
    const resolved = resolveInside(root, raw);
    expect(resolved === null || resolved === root || resolved.startsWith(`${root}/`)).toBe(true);
  });
  it('refuses NUL bytes and undecodable escapes', () => {
    expect(resolveInside(root, '/index.html%00.js')).toBeNull();
    expect(resolveInside(root, '/%E0')).toBeNull();
  });
  it('keeps ordinary paths', () => {
    expect(resolveInside(root, '/assets/app.js')).toBe('/srv/panel/assets/app.js');
  });
});

describe('loadStaticFile', () => {
  it('serves files with their type, the shell for routes, 404 for missing assets, never a folder', async () => {
    const parent = await tempDir();
    const root = path.join(parent, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<title>shell</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'js');
    await writeFile(path.join(parent, 'secret.txt'), 'do not serve');
    expect(await loadStaticFile(root, '/assets/app.js')).toMatchObject({
      contentType: 'text/javascript; charset=utf-8',
    });
    expect((await loadStaticFile(root, '/settings'))?.body.toString()).toBe('<title>shell</title>');
    expect(await loadStaticFile(root, '/missing.js')).toBeNull();
    expect((await loadStaticFile(root, '/assets'))?.body.toString()).toBe('<title>shell</title>');
    expect(await loadStaticFile(root, '/../secret.txt')).toBeNull();
    expect(await loadStaticFile(root, '/%2e%2e/secret.txt')).toBeNull();
  });
});
