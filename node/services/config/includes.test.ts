/** $include read path against OpenClaw 2026.9.6's rules (src/config/includes.ts); the fixture is also run through the real OpenClaw. */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateWithRealOpenClaw } from '@test/helpers/openclaw';
import { describeWithOpenClaw } from '@test/helpers/describe-openclaw';
import { bundledSchemaValidate } from '@test/helpers/schema';
import { tempDir } from '@test/helpers/temp-dir';
import { createConfigStore } from './config-store';
import { fileOf, includeRoots, resolveIncludes } from './includes';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/configs/include-providers');

async function copyFixture() {
  const dir = await tempDir();
  await cp(FIXTURE, dir, { recursive: true });
  return { dir, file: path.join(dir, 'openclaw.json5') };
}

describe('$include (read)', () => {
  it('refuses an include of a named pipe or a device at once, and one over 2 MB by its size', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json5');
    execFileSync('mkfifo', [path.join(dir, 'pipe.json5')]);
    await symlink('/dev/zero', path.join(dir, 'zero.json5'));
    await writeFile(path.join(dir, 'big.json5'), '');
    await truncate(path.join(dir, 'big.json5'), 600 * 1024 * 1024);
    const started = Date.now();
    const attempt = (name: string) => () => resolveIncludes({ models: { $include: `./${name}` } }, file, {});
    expect(attempt('pipe.json5')).toThrow(/not a regular file: \.\/pipe\.json5/);
    // /dev/zero through a link inside the folder: still refused, never read (it would fill the memory).
    expect(attempt('zero.json5')).toThrow(/not a regular file|outside config directory/);
    expect(attempt('big.json5')).toThrow(/larger than 2 MB/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('resolves included providers and knows which file each value comes from', async () => {
    const { dir, file } = await copyFixture();
    const JSON5 = (await import('json5')).default;
    const raw = JSON5.parse(await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8')));
    const { config, includes } = resolveIncludes(raw, file, {});
    expect(Object.keys((config.models as { providers: object }).providers)).toEqual(['studio']);
    expect(includes).toEqual([
      {
        path: 'models.providers',
        segments: ['models', 'providers'],
        kind: 'single',
        files: [path.join(dir, 'providers.json5')],
        hasSiblingOverrides: false,
        hasArrayAncestor: false,
      },
    ]);
    expect(fileOf('models.providers.studio.baseUrl', includes, file)).toEqual([path.join(dir, 'providers.json5')]);
    expect(fileOf('agents.defaults.model', includes, file)).toEqual([file]);
  });

  it('merges a list of includes, then keys beside them, as OpenClaw does', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.json5'), '{ x: { list: [1] }, keep: "a" }');
    await writeFile(path.join(dir, 'b.json5'), '{ x: { list: [2] }, keep: "b" }');
    const { config, includes } = resolveIncludes(
      { root: { $include: ['./a.json5', './b.json5'], keep: 'beside' } },
      path.join(dir, 'openclaw.json'),
      {},
    );
    expect(config).toEqual({ root: { x: { list: [1, 2] }, keep: 'beside' } });
    expect(includes[0]).toMatchObject({ kind: 'multiple', hasSiblingOverrides: true });
  });

  it('refuses includes outside the config folder unless OPENCLAW_INCLUDE_ROOTS allows them, symlinks too', async () => {
    const outside = await tempDir();
    await writeFile(path.join(outside, 'p.json5'), '{ a: 1 }');
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    const value = { models: { $include: path.join(outside, 'p.json5') } };
    expect(() => resolveIncludes(value, file, {})).toThrow(/escapes config directory/);
    expect(resolveIncludes(value, file, { OPENCLAW_INCLUDE_ROOTS: outside }).config).toEqual({ models: { a: 1 } });
    await symlink(path.join(outside, 'p.json5'), path.join(dir, 'link.json5'));
    expect(() => resolveIncludes({ m: { $include: './link.json5' } }, file, {})).toThrow(/symlink/);
    expect(includeRoots({ OPENCLAW_INCLUDE_ROOTS: `~/x${path.delimiter}relative`, HOME: '/home/u' })).toEqual([
      '/home/u/x',
      path.resolve('relative'),
    ]);
  });

  it('refuses cycles', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.json5'), '{ $include: "./b.json5" }');
    await writeFile(path.join(dir, 'b.json5'), '{ $include: "./a.json5" }');
    expect(() => resolveIncludes({ x: { $include: './a.json5' } }, path.join(dir, 'openclaw.json'), {})).toThrow(
      /Circular include/,
    );
  });

  it('the store lists, checks and validates included providers, and previews an edit there against the included file', async () => {
    const { file, dir } = await copyFixture();
    const store = createConfigStore({
      resolvePath: () => ({ path: file, source: 'flag' }),
      env: {},
      stateDir: path.join(dir, 'state'),
      openclawValidate: async () => ({ ran: false, valid: true, issues: [], warnings: [] }),
      schemaValidate: bundledSchemaValidate,
    });
    const loaded = await store.load();
    expect(Object.keys((loaded.resolved.models as { providers: object }).providers)).toEqual(['studio']);
    const report = await store.validate();
    expect(report.issues).toEqual([]);
    // The primary names a provider that exists only in the included file: no broken-ref finding.
    expect(report.findings.map((f) => f.code)).not.toContain('ref-unknown-provider');
    const preview = await store.preview([{ op: 'updateProvider', id: 'studio', set: { timeoutSeconds: 900 } }]);
    expect(preview.blockers).toEqual([]);
    expect(preview.file).toBe(path.join(dir, 'providers.json5'));
  });
});

describeWithOpenClaw('$include with the real OpenClaw', () => {
  it('accepts the fixture whose providers live in an included file', async () => {
    const { dir } = await copyFixture();
    await mkdir(path.join(dir, 'state'), { recursive: true });
    const result = await validateWithRealOpenClaw(path.join(dir, 'openclaw.json5'));
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
  }, 120_000);
});
