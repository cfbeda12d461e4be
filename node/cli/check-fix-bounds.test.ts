/** `check --fix` does not believe any server: a context outside what OpenClaw can use is reported, never written. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckupFake, type CheckupFake } from '@test/fakes/checkup-servers';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';
import { implausibleFix, MAX_PLAUSIBLE_CONTEXT_TOKENS, contextHardMin } from '@shared/checkup/fix-bounds';
import { msg } from '@shared/i18n/message';

const SEED = path.resolve(__dirname, '../../test/fixtures/configs/seed-hybrid.json5');
const fakes: CheckupFake[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

const fixSetting = (set: Record<string, unknown>) => ({
  label: msg('checkup.cli.noFixes'),
  operations: [{ op: 'updateModel' as const, provider: 'p', id: 'm', set }],
});

describe('check --fix: bounds on what a server says', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['a context of 1 token', { contextTokens: 1 }, false],
    ['a window below the hard minimum', { contextWindow: contextHardMin(null) - 1 }, false],
    ['a context above any model', { contextTokens: MAX_PLAUSIBLE_CONTEXT_TOKENS + 1 }, false],
    ['a fractional context', { contextTokens: 8192.5 }, false],
    ['num_ctx of 1', { params: { num_ctx: 1 } }, false],
    ['a real 8192-token load', { contextTokens: 8192, params: { num_ctx: 8192 } }, true],
    ['the hard minimum itself', { contextWindow: contextHardMin(null) }, true],
  ])('%s', (_name, set, written) => {
    expect(implausibleFix(fixSetting(set), null) === null).toBe(written);
  });

  it('a server claiming a 1-token context: its context fix is reported and never written', async () => {
    const server = await startCheckupFake({
      kind: 'lmstudio',
      models: [{ id: 'minimax-m2.1-gs32', maxContext: 196608, loadedContext: 1 }],
    });
    fakes.push(server);
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    await writeFile(file, (await readFile(SEED, 'utf8')).replace('http://127.0.0.1:1234/v1', server.baseUrl));
    const fixed = await cli(['--config', file, 'check', 'lmstudio/minimax-m2.1-gs32', '--fix'], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
    });
    expect(fixed.stderr).toMatch(
      /lmstudio\/minimax-m2\.1-gs32: not fixed: the server reported contextTokens 1, outside/,
    );
    expect(fixed.code).toBe(1);
    // Other, plausible fixes (the timeout, preload) may be saved; the context is never written.
    const after = await readFile(file, 'utf8');
    expect(after).not.toMatch(/context(Tokens|Window): 1\b/);
    expect(after).toContain('contextWindow: 196608');
  }, 120_000);
});
