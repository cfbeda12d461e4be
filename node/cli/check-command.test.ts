import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTranslator } from '@locales/translate';
import type { Message } from '@shared/i18n/message';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckupFake, type CheckupFake, type CheckupFakeOptions } from '@test/fakes/checkup-servers';
import { cli } from '@test/helpers/cli';
import { openclawOptedOut, validateWithRealOpenClaw } from '@test/helpers/openclaw';
import { tempDir } from '@test/helpers/temp-dir';

const M2_ULTRA = path.resolve(
  __dirname,
  '../../test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
);
const SEED = path.resolve(__dirname, '../../test/fixtures/configs/seed-hybrid.json5');

const fakes: CheckupFake[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function setup(fake: CheckupFakeOptions, edit: (text: string) => string = (t) => t) {
  const server = await startCheckupFake(fake);
  fakes.push(server);
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  const seed = (await readFile(SEED, 'utf8')).replace('http://127.0.0.1:1234/v1', server.baseUrl);
  await writeFile(file, edit(`// my local box\n${seed}`));
  const run = (...argv: string[]) =>
    cli(['--config', file, ...argv], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA,
    });
  return { server, file, run };
}

const MINIMAX = { id: 'minimax-m2.1-gs32', maxContext: 196608, loadedContext: 8192 };
const GEMMA = { id: 'google/gemma-3-1b', maxContext: 32768, loadedContext: null };

describe('claw-control check', () => {
  it('reports LM Studio loaded at 8192 while the config says 196608, exits 1; --fix aligns losslessly and OpenClaw accepts it', async () => {
    const { file, run } = await setup({ kind: 'lmstudio', models: [MINIMAX, GEMMA] });
    const before = await readFile(file, 'utf8');
    const checked = await run('check', 'lmstudio/minimax-m2.1-gs32');
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(
      '✗ Context       The config says 196608 tokens but the server loaded 8192: requests overflow and compaction never fires.',
    );
    expect(checked.stdout).toContain('fix: Align: contextTokens: 8192 (--fix)');
    expect(checked.stderr).toContain('1 check failed');
    expect(await readFile(file, 'utf8')).toBe(before);

    const fixed = await run('check', 'lmstudio/minimax-m2.1-gs32', '--fix');
    expect(fixed.stdout).toContain('lmstudio/minimax-m2.1-gs32: Align: contextTokens: 8192');
    expect(fixed.code).toBe(0);
    const after = await readFile(file, 'utf8');
    expect(after.startsWith('// my local box\n')).toBe(true);
    expect(after).toContain('contextWindow: 196608');
    expect(after).toContain('contextTokens: 8192');
    expect(after).toContain('timeoutSeconds: 600');
    expect(after).toMatch(/params: \{\s*preload: false\s*\}/);
    // Everything else is byte-for-byte what it was.
    const untouched = (text: string) =>
      text
        .split('\n')
        .filter((l) => !/contextTokens|timeoutSeconds|params|preload|^\s*\},?$/.test(l))
        .join('\n');
    expect(untouched(after).replace(/,\n/g, '\n')).toBe(untouched(before).replace(/,\n/g, '\n'));
    if (!openclawOptedOut) {
      const verdict = await validateWithRealOpenClaw(file);
      expect(verdict.issues).toEqual([]);
      expect(verdict.valid).toBe(true);
    }
  }, 120_000);

  it('--json carries every check with its evidence', async () => {
    const { run } = await setup({ kind: 'lmstudio', models: [MINIMAX, GEMMA] });
    const { code, stdout } = await run('check', 'MiniMax Local', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { entries: { ref: string; checks: { id: string; status: string }[] }[] };
    expect(report.entries[0]!.ref).toBe('lmstudio/minimax-m2.1-gs32');
    expect(Object.fromEntries(report.entries[0]!.checks.map((c) => [c.id, c.status]))).toEqual({
      chain: 'pass',
      endpoint: 'pass',
      presence: 'pass',
      context: 'fail',
      coldLoad: 'warn',
      tools: 'pass',
      lmstudio: 'warn',
    });
  });

  it('without refs checks the whole chain: hosted entries get only the chain check', async () => {
    const { run } = await setup({ kind: 'lmstudio', models: [{ ...MINIMAX, loadedContext: 196608 }, GEMMA] }, (t) =>
      t
        .replace('contextWindow: 196608,', 'contextWindow: 196608, contextTokens: 196608,')
        .replace('apiKey: "lmstudio",', 'apiKey: "lmstudio", timeoutSeconds: 600, params: { preload: false },'),
    );
    const { code, stdout } = await run('check');
    expect(stdout).toContain('anthropic/claude-sonnet-4-5 (primary)');
    expect(stdout).toContain('lmstudio/minimax-m2.1-gs32 (fallback, LM Studio)');
    expect(stdout).toContain('anthropic/claude-opus-4-5 (fallback)');
    expect(stdout).toContain('- Endpoint      Hosted model: only the chain check applies.');
    expect(code).toBe(0);
  });

  it('doctor includes the check-up, leaving to the doctor what it already says', async () => {
    const { run } = await setup(
      { kind: 'llamacpp', models: [{ ...MINIMAX, loadedContext: 196608 }], tools: 'grammar' },
      (t) =>
        t
          .replace('lmstudio: {', 'llama: {')
          .replace('openai-responses', 'openai-completions')
          .replace(/lmstudio\/minimax/g, 'llama/minimax'),
    );
    const { stdout } = await run('doctor', '--json');
    const findings = (
      JSON.parse(stdout) as { findings: { code: string; severity: string; message: string; fix?: { label: string } }[] }
    ).findings;
    const tools = findings.find((f) => f.code === 'checkup-tools')!;
    expect(tools.severity).toBe('error');
    const en = createTranslator('en');
    expect(en.message(tools.message as unknown as Message)).toContain(
      'llama/minimax-m2.1-gs32 — Tool calling: The server rejected the tool schema',
    );
    expect(en.message(tools.fix!.label as unknown as Message)).toBe('Set compat.toolSchemaProfile to "llamacpp"');
  });

  it('the doctor’s check-up loads nothing: a model that is not loaded gets no load and no inference', async () => {
    const { server, run } = await setup({ kind: 'lmstudio', models: [{ ...MINIMAX, loadedContext: null }, GEMMA] });
    const { stdout } = await run('doctor', '--json');
    expect(server.requests.map((r) => r.path)).not.toContain('/api/v1/models/load');
    // (The doctor's own probe POSTs an empty body to /v1/responses to see the route; nothing names the model.)
    expect(server.requests.filter((r) => r.method === 'POST' && r.body?.model)).toEqual([]);
    expect(server.models[0]!.loadedContext).toBeNull();
    expect(stdout).toContain('checkup-lmstudio');
  });

  it('the doctor does not repeat a context mismatch it already reports in its own words', async () => {
    const { run } = await setup({ kind: 'lmstudio', models: [MINIMAX, GEMMA] });
    const { stdout } = await run('doctor', '--json');
    const codes = (JSON.parse(stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes).toContain('context-above-loaded');
    expect(codes).not.toContain('checkup-context');
    expect(codes).toContain('checkup-lmstudio');
  });
});
