/**
 * The guidance's three setups (seeds/ 本地模型: recommended LM Studio + MiniMax, hybrid
 * hosted primary + local fallback, a custom local server) done from an empty config with
 * the CLI alone: the bytes written, and OpenClaw's own validator accepting them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli';
import { openclawOptedOut, validateWithRealOpenClaw } from '../../test/helpers/openclaw';
import { tempDir } from '../../test/helpers/temp-dir';

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

const MINIMAX = [
  'lmstudio',
  'minimax-m2.1-gs32',
  '--name',
  'MiniMax M2.1 GS32',
  '--no-reasoning',
  '--context-window',
  '196608',
  '--max-tokens',
  '8192',
];

const LMSTUDIO_BLOCK = `  models: {
    mode: "merge",
    providers: {
      lmstudio: {
        baseUrl: "http://127.0.0.1:1234/v1",
        apiKey: "lmstudio",
        api: "openai-responses",
        timeoutSeconds: 600,
        models: [
          {
            id: "minimax-m2.1-gs32",
            name: "MiniMax M2.1 GS32",
            reasoning: false,
            input: ["text"],
            contextWindow: 196608,
            maxTokens: 8192
          }
        ]
      }
    }
  }`;

async function expectOpenClawAccepts(file: string) {
  if (openclawOptedOut) return; // CLAW_CONTROL_SKIP_OPENCLAW=1: the documented opt-out
  const result = await validateWithRealOpenClaw(file);
  expect(result.issues).toEqual([]);
  expect(result.valid).toBe(true);
}

describe('the seed setups from an empty config, with the CLI only', () => {
  it('recommended: LM Studio + MiniMax M2.1 as primary, with the seed aliases and models.mode "merge"', async () => {
    const { file, run, text } = await emptyConfig();
    const added = await run('providers', 'add', 'lmstudio', '--preset', 'lmstudio');
    expect(added.stdout).toContain('models.mode set to "merge"');
    await run('providers', 'model', 'add', ...MINIMAX);
    await run('models', 'primary', 'lmstudio/minimax-m2.1-gs32');
    await run('models', 'alias', 'set', 'anthropic/claude-opus-4-5', 'Opus');
    await run('models', 'alias', 'set', 'lmstudio/minimax-m2.1-gs32', 'Minimax');
    expect(await text()).toBe(`{
${LMSTUDIO_BLOCK},
  agents: {
    defaults: {
      model: {
        primary: "lmstudio/minimax-m2.1-gs32"
      },
      models: {
        "anthropic/claude-opus-4-5": {
          alias: "Opus"
        },
        "lmstudio/minimax-m2.1-gs32": {
          alias: "Minimax"
        }
      }
    }
  }
}
`);
    await expectOpenClawAccepts(file);
  }, 300_000);

  it('hybrid: hosted Sonnet first, the local MiniMax and Opus as fallbacks', async () => {
    const { file, run, text } = await emptyConfig();
    await run('providers', 'add', 'lmstudio', '--preset', 'lmstudio');
    await run('providers', 'model', 'add', ...MINIMAX);
    await run('models', 'primary', 'anthropic/claude-sonnet-4-5');
    await run('models', 'fallbacks', 'add', 'lmstudio/minimax-m2.1-gs32');
    await run('models', 'fallbacks', 'add', 'anthropic/claude-opus-4-5');
    await run('models', 'alias', 'set', 'anthropic/claude-sonnet-4-5', 'Sonnet');
    await run('models', 'alias', 'set', 'lmstudio/minimax-m2.1-gs32', 'MiniMax Local');
    await run('models', 'alias', 'set', 'anthropic/claude-opus-4-5', 'Opus');
    const written = await text();
    expect(written).toContain(LMSTUDIO_BLOCK);
    expect(written).toContain(`      model: {
        primary: "anthropic/claude-sonnet-4-5",
        fallbacks: ["lmstudio/minimax-m2.1-gs32", "anthropic/claude-opus-4-5"]
      },`);
    expect(written).toContain('"lmstudio/minimax-m2.1-gs32": {\n          alias: "MiniMax Local"');
    await expectOpenClawAccepts(file);
  }, 300_000);

  it('custom local server (down is fine): add, edit its rows and connection, remove a row', async () => {
    const { file, run, text } = await emptyConfig();
    await run('providers', 'add', 'local', '--preset', 'custom');
    await run(
      'providers',
      'model',
      'add',
      'local',
      'my-local-model',
      '--name',
      'Local Model',
      '--no-reasoning',
      '--context-window',
      '120000',
      '--max-tokens',
      '8192',
    );
    await run('providers', 'model', 'add', 'local', 'scratch');
    await run(
      'providers',
      'model',
      'set',
      'local',
      'my-local-model',
      '--context-tokens',
      '100000',
      '--input',
      'text,image',
    );
    await run('providers', 'model', 'remove', 'local', 'scratch');
    await run('providers', 'set', 'local', '--base-url', 'http://127.0.0.1:8001/v1', '--timeout', '300');
    await run('models', 'primary', 'local/my-local-model');
    expect(await text()).toBe(`{
  models: {
    mode: "merge",
    providers: {
      local: {
        baseUrl: "http://127.0.0.1:8001/v1",
        apiKey: "sk-local",
        api: "openai-responses",
        timeoutSeconds: 300,
        models: [
          {
            id: "my-local-model",
            name: "Local Model",
            reasoning: false,
            input: ["text", "image"],
            contextWindow: 120000,
            maxTokens: 8192,
            contextTokens: 100000
          }
        ]
      }
    }
  },
  agents: {
    defaults: {
      model: {
        primary: "local/my-local-model"
      }
    }
  }
}
`);
    await expectOpenClawAccepts(file);
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
