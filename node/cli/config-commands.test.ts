import { execFile } from 'node:child_process';
import { copyFile, cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures/configs');
const REPO = path.resolve(__dirname, '../..');

async function configFrom(fixture: string) {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await copyFile(path.join(FIXTURES, fixture), file);
  const run = (...argv: string[]) =>
    cli(['--config', file, ...argv], { HOME: dir, CLAW_CONTROL_STATE_DIR: path.join(dir, 'state') });
  return { dir, file, run, text: () => readFile(file, 'utf8') };
}

describe('claw-control config commands', () => {
  it('a save that shrinks the file by more than half needs --force (issue #11)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    const models = Array.from({ length: 30 }, (_, i) => `{ id: "m-${i}", name: "M ${i}" }`).join(', ');
    await writeFile(
      file,
      `{\n  gateway: { mode: "local" },\n  models: { mode: "merge", providers: { big: { baseUrl: "http://127.0.0.1:9/v1", models: [${models}] } } },\n}\n`,
    );
    const run = (...argv: string[]) =>
      cli(['--config', file, ...argv], { HOME: dir, CLAW_CONTROL_STATE_DIR: path.join(dir, 'state') });
    const before = await readFile(file, 'utf8');
    const refused = await run('providers', 'remove', 'big');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/shrinks the file .*--force/);
    expect(await readFile(file, 'utf8')).toBe(before);
    const forced = await run('providers', 'remove', 'big', '--force');
    expect(forced.code).toBe(0);
    expect(await readFile(file, 'utf8')).not.toContain('m-0');
  });

  it('models layout local-first --dry-run shows only the swap, writes nothing; then applies it', async () => {
    const { run, text } = await configFrom('seed-hybrid.json5');
    const before = await text();
    const dry = await run('models', 'layout', 'local-first', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n').filter((line) => /^[-+] /.test(line))).toEqual([
      '-        primary: "anthropic/claude-sonnet-4-5",',
      '-        fallbacks: ["lmstudio/minimax-m2.1-gs32", "anthropic/claude-opus-4-5"]',
      '+        primary: "lmstudio/minimax-m2.1-gs32",',
      '+        fallbacks: ["anthropic/claude-sonnet-4-5", "anthropic/claude-opus-4-5"]',
    ]);
    expect(await text()).toBe(before);

    const applied = await run('models', 'layout', 'local-first');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^Saved .*openclaw\.json \(previous version in .*openclaw\.json\.bak\)/);
    expect(await text()).toBe(
      before.replace(
        'primary: "anthropic/claude-sonnet-4-5",\n        fallbacks: ["lmstudio/minimax-m2.1-gs32", "anthropic/claude-opus-4-5"]',
        'primary: "lmstudio/minimax-m2.1-gs32",\n        fallbacks: ["anthropic/claude-sonnet-4-5", "anthropic/claude-opus-4-5"]',
      ),
    );

    const undo = await run('undo');
    expect(undo.code).toBe(0);
    expect(await text()).toBe(before);
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown provider', ['models', 'primary', 'nosuch/model'], /unknown model provider "nosuch"/i],
    ['an unknown alias', ['models', 'primary', 'Haiku'], /"Haiku" is neither an alias nor a configured model id/],
    ['a duplicate fallback', ['models', 'fallbacks', 'add', 'lmstudio/minimax-m2.1-gs32'], /already fallback 1/],
    ['a bad position', ['models', 'fallbacks', 'move', 'Opus', '0'], /"0" is not a position/],
    ['a fallback that is not there', ['models', 'fallbacks', 'remove', 'openai/gpt-5'], /is not a fallback/],
    [
      'a taken alias',
      ['models', 'alias', 'set', 'lmstudio/minimax-m2.1-gs32', 'opus'],
      /already names anthropic\/claude-opus-4-5/,
    ],
    ['a backwards alias', ['models', 'alias', 'set', 'Opus', 'lmstudio/x'], /is backwards/],
    ['an unknown layout', ['models', 'layout', 'cloud-only'], /'cloud-only' is invalid for argument 'layout'/],
    [
      'an upper-case provider id',
      ['providers', 'add', 'LMStudio', '--preset', 'lmstudio'],
      /id: must be lower-case letters, digits/,
    ],
    [
      'an existing provider',
      ['providers', 'add', 'lmstudio', '--preset', 'lmstudio'],
      /a provider "lmstudio" already exists/i,
    ],
    ['an unknown preset', ['providers', 'add', 'x', '--preset', 'gpt4all'], /'gpt4all' is invalid/],
    [
      'an api typo',
      ['providers', 'add', 'x', '--preset', 'custom', '--api', 'openai-chat'],
      /'openai-chat' is invalid/,
    ],
    ['a removal that breaks refs', ['providers', 'remove', 'lmstudio'], /would break 2 references/],
    [
      'renaming a provider that is not there',
      ['providers', 'rename', 'ghost', 'spirit'],
      /no provider "ghost" is configured \(configured: lmstudio\)/i,
    ],
    ['undo with nothing saved', ['undo'], /Nothing to undo/],
  ])('refuses %s with a specific message, non-zero exit, file byte-identical', async (_label, argv, message) => {
    const { run, text, dir } = await configFrom('seed-hybrid.json5');
    const before = await text();
    const result = await run(...argv);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(await text()).toBe(before);
    expect((await readdir(dir)).filter((f) => f.startsWith('openclaw.json'))).toEqual(['openclaw.json']);
  });

  it('refuses every write on a malformed file, pointing at line and column', async () => {
    const { run, text } = await configFrom('seed-curly-quotes.json5');
    const before = await text();
    const result = await run('models', 'primary', 'lmstudio/x');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/does not parse \(line 4, column 19\)/);
    expect(await text()).toBe(before);
  });

  it('adds an LM Studio provider from the preset, renames it, lists it with the key masked', async () => {
    const { run, text } = await configFrom('seed-custom-local.json5');
    expect(
      (await run('providers', 'add', 'studio', '--preset', 'lmstudio', '--api-key', 'sk-very-secret-1234')).code,
    ).toBe(0);
    expect(await text()).toContain(
      '      },\n      studio: {\n        baseUrl: "http://127.0.0.1:1234/v1",\n        apiKey: "sk-very-secret-1234",\n        api: "openai-responses",\n        timeoutSeconds: 600,\n        models: []\n      }\n    }\n  }\n}\n',
    );
    const renamed = await run('providers', 'rename', 'studio', 'mac');
    expect(renamed.stderr).toBe('');
    expect(renamed.code).toBe(0);
    const list = await run('providers', 'list');
    expect(list.stdout).toContain('mac (local) http://127.0.0.1:1234/v1 openai-responses key ••••1234');
    expect(list.stdout).not.toContain('sk-very-secret');
    const json = JSON.parse((await run('providers', 'list', '--json')).stdout) as {
      providers: { id: string; credential: unknown }[];
    };
    expect(json.providers.map((p) => p.id)).toEqual(['local', 'mac']);
    expect(JSON.stringify(json)).not.toContain('sk-very-secret');
  });

  it('lists the file an included provider lives in and writes an edit of it through that file (issue #11)', async () => {
    const dir = await tempDir();
    await cp(path.join(FIXTURES, 'include-providers'), dir, { recursive: true });
    const file = path.join(dir, 'openclaw.json5');
    const run = (...argv: string[]) =>
      cli(['--config', file, ...argv], { HOME: dir, CLAW_CONTROL_STATE_DIR: path.join(dir, 'state') });
    const list = await run('providers', 'list');
    expect(list.stdout).toContain(
      'studio (local) http://127.0.0.1:1234/v1 openai-completions key ••••  [providers.json5]',
    );
    const json = JSON.parse((await run('providers', 'list', '--json')).stdout) as { providers: { file: string }[] };
    expect(json.providers[0]!.file).toBe('providers.json5');
    const main = await readFile(file, 'utf8');
    const providers = await readFile(path.join(dir, 'providers.json5'), 'utf8');
    const saved = await run('providers', 'set', 'studio', '--timeout', '900');
    expect(saved.stderr).toBe('');
    expect(saved.stdout).toContain(path.join(dir, 'providers.json5'));
    expect(await readFile(file, 'utf8')).toBe(main);
    expect(await readFile(path.join(dir, 'providers.json5'), 'utf8')).toBe(
      providers.replace('timeoutSeconds: 600', 'timeoutSeconds: 900'),
    );
  });

  it('edits fallbacks and aliases, and lists the chain', async () => {
    const { run } = await configFrom('seed-hybrid.json5');
    expect((await run('models', 'fallbacks', 'add', 'openai/gpt-5', '--at', '1')).code).toBe(0);
    expect((await run('models', 'fallbacks', 'move', 'openai/gpt-5', '3')).code).toBe(0);
    expect((await run('models', 'alias', 'set', 'openai/gpt-5', 'GPT')).code).toBe(0);
    expect((await run('models', 'policy', 'allow-all')).code).toBe(0);
    const list = await run('models', 'fallbacks', 'list', '--json');
    expect(JSON.parse(list.stdout)).toEqual({
      primary: 'anthropic/claude-sonnet-4-5',
      fallbacks: ['lmstudio/minimax-m2.1-gs32', 'anthropic/claude-opus-4-5', 'openai/gpt-5'],
    });
    const validate = await run('validate');
    expect(validate.stdout).not.toContain('allow-list');
    expect(validate.stdout).toContain('warning models.providers.lmstudio.timeoutSeconds');
  });

  it('validate exits 1 and names the field for an invalid config', async () => {
    const { run, dir } = await configFrom('seed-hybrid.json5');
    const file = path.join(dir, 'openclaw.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, (await readFile(file, 'utf8')).replace('contextWindow: 196608', 'contextWindow: 0'));
    const result = await run('validate', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { valid: boolean; issues: { path: string }[] };
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.path)).toEqual(['models.providers.lmstudio.models.0.contextWindow']);
  });

  it('runs as the real binary', async () => {
    const { file, dir } = await configFrom('seed-hybrid.json5');
    const { stdout, code } = await new Promise<{ stdout: string; code: number }>((resolve) => {
      execFile(
        process.execPath,
        [path.join(REPO, 'bin/claw-control.cjs'), 'models', 'layout', 'local-first', '--dry-run', '--config', file],
        { env: { ...process.env, HOME: dir } },
        (error, out) => resolve({ stdout: out, code: (error as { code?: number } | null)?.code ?? 0 }),
      );
    });
    expect(code).toBe(0);
    expect(stdout).toContain('+        primary: "lmstudio/minimax-m2.1-gs32",');
  });
});
