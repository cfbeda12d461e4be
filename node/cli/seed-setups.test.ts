/**
 * The guidance's three setups (seeds/ 本地模型: recommended LM Studio + MiniMax, hybrid
 * hosted primary + local fallback, a custom local server) done from an empty config with
 * the CLI alone: the bytes written, and OpenClaw's own validator accepting them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { assertOpenClawAccepts } from '@test/helpers/openclaw';
import {
  CUSTOM,
  HYBRID,
  LOCAL_MODEL,
  MERGE_NOTE,
  MINIMAX,
  modelRow,
  modelsBlock,
  RECOMMENDED,
  seedFile,
  type SeedModel,
  type SeedProvider,
} from '@test/helpers/seed-setups';
import { tempDir } from '@test/helpers/temp-dir';

async function emptyConfig() {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  const run = async (...argv: string[]) => {
    const result = await cli(['--config', file, ...argv], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
    });
    // Warnings are fine (the seed's aliases act as an allow-list, a known trap the CLI names); errors are not.
    expect(result.stderr, argv.join(' ')).not.toMatch(/^(error|claw-control):/m);
    expect(result.code, argv.join(' ')).toBe(0);
    return result;
  };
  return { file, run, text: () => readFile(file, 'utf8') };
}

/** `providers model add` for a setup's row; the guidance's rows say `reasoning: false`. */
const rowArgs = (model: SeedModel) => [
  model.provider,
  model.id,
  '--name',
  model.name,
  '--no-reasoning',
  '--context-window',
  String(model.contextWindow),
  '--max-tokens',
  String(model.maxTokens),
];

/** The lmstudio preset with the guidance's MiniMax row, as the CLI writes it. */
const LMSTUDIO: SeedProvider = {
  id: 'lmstudio',
  baseUrl: 'http://127.0.0.1:1234/v1',
  apiKey: 'lmstudio',
  timeoutSeconds: 600,
  row: modelRow({
    id: MINIMAX.id,
    name: MINIMAX.name,
    reasoning: false,
    input: ['text'],
    contextWindow: MINIMAX.contextWindow,
    maxTokens: MINIMAX.maxTokens,
  }),
};

describe('the seed setups from an empty config, with the CLI only', () => {
  it('recommended: LM Studio + MiniMax M2.1 as primary, with the seed aliases and models.mode "merge"', async () => {
    const { file, run, text } = await emptyConfig();
    const added = await run('providers', 'add', 'lmstudio', '--preset', 'lmstudio');
    expect(added.stdout).toContain(MERGE_NOTE);
    await run('providers', 'model', 'add', ...rowArgs(MINIMAX));
    await run('models', 'primary', RECOMMENDED.primary);
    for (const [ref, alias] of RECOMMENDED.aliases) await run('models', 'alias', 'set', ref, alias);
    expect(await text()).toBe(seedFile(LMSTUDIO, RECOMMENDED.agents));
    await assertOpenClawAccepts(file);
  }, 300_000);

  it('hybrid: hosted Sonnet first, the local MiniMax and Opus as fallbacks', async () => {
    const { file, run, text } = await emptyConfig();
    await run('providers', 'add', 'lmstudio', '--preset', 'lmstudio');
    await run('providers', 'model', 'add', ...rowArgs(MINIMAX));
    await run('models', 'primary', HYBRID.primary);
    for (const ref of HYBRID.fallbacks) await run('models', 'fallbacks', 'add', ref);
    for (const [ref, alias] of HYBRID.aliases) await run('models', 'alias', 'set', ref, alias);
    const written = await text();
    expect(written).toContain(modelsBlock(LMSTUDIO));
    expect(written).toContain(HYBRID.chain);
    expect(written).toContain(HYBRID.localAlias);
    await assertOpenClawAccepts(file);
  }, 300_000);

  it('custom local server (down is fine): add, edit its rows and connection, remove a row', async () => {
    const { file, run, text } = await emptyConfig();
    await run('providers', 'add', 'local', '--preset', 'custom');
    await run('providers', 'model', 'add', ...rowArgs(LOCAL_MODEL));
    await run('providers', 'model', 'add', 'local', 'scratch');
    await run(
      'providers',
      'model',
      'set',
      'local',
      LOCAL_MODEL.id,
      '--context-tokens',
      '100000',
      '--input',
      'text,image',
    );
    await run('providers', 'model', 'remove', 'local', 'scratch');
    await run('providers', 'set', 'local', '--base-url', 'http://127.0.0.1:8001/v1', '--timeout', '300');
    await run('models', 'primary', CUSTOM.primary);
    const local: SeedProvider = {
      id: 'local',
      baseUrl: 'http://127.0.0.1:8001/v1',
      apiKey: 'sk-local',
      timeoutSeconds: 300,
      row: modelRow({
        id: LOCAL_MODEL.id,
        name: LOCAL_MODEL.name,
        reasoning: false,
        input: ['text', 'image'],
        contextWindow: LOCAL_MODEL.contextWindow,
        maxTokens: LOCAL_MODEL.maxTokens,
        contextTokens: 100000,
      }),
    };
    expect(await text()).toBe(seedFile(local, CUSTOM.agents));
    await assertOpenClawAccepts(file);
  }, 300_000);

  it('refuses bad values before writing anything', async () => {
    const { file, run } = await emptyConfig();
    await run('providers', 'add', 'local', '--preset', 'custom');
    const before = await readFile(file, 'utf8');
    for (const argv of [
      ['providers', 'model', 'add', 'local', 'm', '--context-window', '0'],
      ['providers', 'model', 'add', 'local', 'm', '--input', 'smell'],
      ['providers', 'model', 'set', 'local', 'nosuch', '--max-tokens', '10'],
      ['providers', 'model', 'set', 'local', 'm'],
      ['providers', 'set', 'local', '--api', 'openai-chat'],
      ['providers', 'set', 'nosuch', '--timeout', '30'],
    ]) {
      const result = await cli(['--config', file, ...argv], { HOME: path.dirname(file) });
      expect(result.code, argv.join(' ')).not.toBe(0);
      expect(result.stderr, argv.join(' ')).not.toBe('');
    }
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});
