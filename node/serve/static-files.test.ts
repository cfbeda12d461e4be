import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { acceptsGzip, createStaticFiles, resolveInside, warmStaticFiles } from './static-files';

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

describe('createStaticFiles: what it serves', () => {
  it('serves files with their type, the shell for routes, 404 for missing assets, never a folder', async () => {
    const parent = await tempDir();
    const root = path.join(parent, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<title>shell</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'js');
    await writeFile(path.join(parent, 'secret.txt'), 'do not serve');
    const files = createStaticFiles(root);
    expect(await files('/assets/app.js')).toMatchObject({
      contentType: 'text/javascript; charset=utf-8',
    });
    expect((await files('/settings'))?.body.toString()).toBe('<title>shell</title>');
    expect(await files('/missing.js')).toBeNull();
    expect((await files('/assets'))?.body.toString()).toBe('<title>shell</title>');
    expect(await files('/../secret.txt')).toBeNull();
    expect(await files('/%2e%2e/secret.txt')).toBeNull();
  });
});

describe('createStaticFiles', () => {
  it('reads a file once while it is unchanged, and again after it changes', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<title>one</title>');
    const files = createStaticFiles(root);
    const first = await files('/');
    expect(await files('/settings')).toBe(first); // the same cached object: not read again
    expect(first).toMatchObject({ immutable: false, contentType: 'text/html; charset=utf-8' });
    await writeFile(path.join(root, 'index.html'), '<title>two, longer</title>');
    const second = await files('/');
    expect(second?.body.toString()).toBe('<title>two, longer</title>');
    expect(second?.etag).not.toBe(first?.etag);
    await writeFile(path.join(root, 'assets', 'ModelsPage-BrVtDZ2V.js'), 'x');
    expect((await files('/assets/ModelsPage-BrVtDZ2V.js'))?.immutable).toBe(true);
    expect(await files('/assets/missing-BrVtDZ2V.js')).toBeNull();
    expect(await files('/../secret.txt')).toBeNull();
  });
  it('gzips text once, and leaves small files and images as they are', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'assets', 'big-AAAAAAAA.css'), 'a{}'.repeat(1000));
    await writeFile(path.join(root, 'assets', 'small-AAAAAAAA.css'), 'a{}');
    await writeFile(path.join(root, 'assets', 'logo-AAAAAAAA.png'), Buffer.alloc(4096));
    const files = createStaticFiles(root);
    const big = (await files('/assets/big-AAAAAAAA.css'))!;
    expect(await big.gzipped()).toBe(await big.gzipped());
    expect((await big.gzipped())!.length).toBeLessThan(200);
    expect(await (await files('/assets/small-AAAAAAAA.css'))!.gzipped()).toBeNull();
    expect(await (await files('/assets/logo-AAAAAAAA.png'))!.gzipped()).toBeNull();
  });
});

describe('warmStaticFiles', () => {
  it('has the shell and every asset read and gzipped before the first visit asks', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<p>shell</p>'.repeat(200));
    await writeFile(path.join(root, 'assets', 'index-AAAAAAAA.js'), 'let a = 1;'.repeat(500));
    await writeFile(path.join(root, 'assets', 'index-AAAAAAAA.css'), 'a{}'.repeat(1000));
    const files = createStaticFiles(root);
    const gzipsAsked: string[] = [];
    await warmStaticFiles(root, async (urlPath) => {
      const file = await files(urlPath);
      if (!file) return null;
      return { ...file, gzipped: () => (gzipsAsked.push(urlPath), file.gzipped()) };
    });
    expect(gzipsAsked.sort()).toEqual(['/', '/assets/index-AAAAAAAA.css', '/assets/index-AAAAAAAA.js']);
    // The request then gets the very copy made ahead (cached, not compressed again).
    const js = (await files('/assets/index-AAAAAAAA.js'))!;
    expect(await js.gzipped()).toBe(await js.gzipped());
  });

  it('a panel without an assets folder still warms its shell', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'index.html'), '<p>shell</p>');
    const asked: string[] = [];
    await warmStaticFiles(root, (urlPath) => (asked.push(urlPath), createStaticFiles(root)(urlPath)));
    expect(asked).toEqual(['/']);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['*', true],
    ['gzip;q=0', false],
    ['*;q=0.5, gzip;q=0', false],
    ['identity', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
