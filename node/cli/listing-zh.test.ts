/**
 * The CLI's listings follow the system locale: with LANG=zh_CN.UTF-8, `probe`, `providers
 * list|import`, `models fallbacks list`, `info`, an edit's notes and `undo` print no English
 * sentence (product names, ids, paths and config keys stay as they are).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';

const M2_ULTRA = path.resolve(
  __dirname,
  '../../test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
);

/** A run of three English words: what a translated line must not contain. */
const ENGLISH_SENTENCE = /\b[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}\b/;

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup() {
  // LM Studio 0.4's answers (test/fakes/fake-servers.ts cites the recordings).
  const server = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
  servers.push(server);
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await writeFile(
    file,
    `{
  gateway: { mode: "local" },
  agents: { defaults: { model: { primary: "anthropic/claude-sonnet-4-5", fallbacks: ["lmstudio/qwen/qwen3-4b-2507"] } } },
  models: {
    mode: "merge",
    providers: {
      anthropic: { apiKey: "\${ANTHROPIC_API_KEY}", models: [{ id: "claude-sonnet-4-5", name: "Claude Sonnet 4.5" }] },
      lmstudio: { baseUrl: "${server.baseUrl}", apiKey: "lmstudio", api: "openai-completions", timeoutSeconds: 600, models: [{ id: "qwen/qwen3-4b-2507", name: "Qwen3 4B", contextWindow: 8192 }] },
    },
  },
}
`,
  );
  const run = (env: Record<string, string>, ...argv: string[]) =>
    cli(['--config', file, ...argv], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA,
      ...env,
    });
  return { server, run };
}

describe('CLI listings in Simplified Chinese', () => {
  it('probe, providers, fallbacks, info, edit notes and undo print no English sentence under LANG=zh_CN.UTF-8', async () => {
    const { server, run } = await setup();
    const zh = { LANG: 'zh_CN.UTF-8' };
    const outputs: Record<string, string> = {};
    const step = async (name: string, ...argv: string[]) => {
      const result = await run(zh, ...argv);
      expect(result.code, `${name}: ${result.stderr}`).toBe(0);
      outputs[name] = result.stdout;
      return result.stdout;
    };
    expect(await step('probe', 'probe', server.baseUrl)).toMatch(
      /LM Studio ≥ 0\.4，\d+ 毫秒，REST API v1，支持 \/v1\/responses/,
    );
    expect(outputs.probe).toContain('  qwen/qwen3-4b-2507 已加载  上下文 8192');
    expect(await step('list', 'providers', 'list')).toContain('密钥来自环境变量 ANTHROPIC_API_KEY');
    expect(outputs.list).toContain('lmstudio (本地)');
    expect(await step('import', 'providers', 'import', 'lmstudio')).toContain('尚未配置的模型');
    expect(await step('chain', 'models', 'fallbacks', 'list')).toMatch(
      /主模型 +anthropic\/claude-sonnet-4-5\n备用 1 +lmstudio/,
    );
    expect(await step('info', 'info')).toContain('备用模型：lmstudio/qwen/qwen3-4b-2507');
    expect(outputs.info).toMatch(/配置：.*（--config 参数）/);
    // An edit's notes: the hosted model leaves the chain, then the save is undone.
    expect(await step('layout', 'models', 'layout', 'local-only', '--dry-run')).toContain(
      '注意：已从模型链中移除 1 个托管模型（其 provider 仍保留在配置中）。',
    );
    expect(await step('remove', 'providers', 'remove', 'anthropic', '--remove-refs')).toContain(
      '注意：lmstudio/qwen/qwen3-4b-2507 现在是主模型。',
    );
    expect(await step('undo', 'undo')).toContain('已恢复');
    // Hardware and fit, on a recorded Mac Studio M2 Ultra (test/fixtures/systeminformation).
    expect(await step('hardware', 'hardware')).toContain('模型可用预算：');
    expect(await step('fit', 'fit', 'minimax-m2.1', '--context', '196608')).toContain(
      'minimax-m2.1: 缩小上下文后放得下',
    );
    for (const [name, stdout] of Object.entries(outputs)) {
      // Diff lines quote the config file itself; everything else is ours. The Apple budget cites its
      // source verbatim in parentheses (shared/hardware/apple-budget.ts), like the doctor's rule lines;
      // a command to run (sudo sysctl …) is code.
      const ours = stdout
        .split('\n')
        .filter((line) => !/^[-+@ ]/.test(line) || line.startsWith('  '))
        .map((line) => (line.startsWith('模型可用预算') ? line.replace(/（[^）]*）/g, '') : line))
        .map((line) => line.replace(/sudo .*/, ''))
        .join('\n');
      expect(ours, name).not.toMatch(ENGLISH_SENTENCE);
    }
    // The same listing in English when the locale says so.
    expect((await run({ LANG: 'en_US.UTF-8' }, 'models', 'fallbacks', 'list')).stdout).toContain('fallback 1');
  });

  it('validate says what OpenClaw’s schema refuses in Chinese (the recorded invalid config, no OpenClaw installed)', async () => {
    const recorded = JSON.parse(
      await readFile(path.resolve(__dirname, '../../test/fixtures/openclaw-validate/invalid-2026.9.6.json'), 'utf8'),
    ) as { config: string };
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    await writeFile(file, recorded.config);
    const result = await cli(['--config', file, 'validate'], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      LANG: 'zh_CN.UTF-8',
      PATH: path.dirname(process.execPath),
      OPENCLAW_BIN: '',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('models.mode：必须是以下之一：merge, replace');
    expect(result.stdout).toContain('models.providers.local.models.0：未知的键“extra”：OpenClaw 不会读取它');
    expect(result.stdout).toContain('注意：本机未安装 OpenClaw');
    const lines = result.stdout.split('\n').map((line) => line.replace(/必须是以下之一：.*/, ''));
    expect(lines.join('\n')).not.toMatch(/\b(is required|Unrecognized|must be|expected|not installed)\b/);
    expect(lines.join('\n')).not.toMatch(ENGLISH_SENTENCE);
  });

  it('a finding an edit introduces names its severity in Chinese', async () => {
    const { run } = await setup();
    const result = await run(
      { LANG: 'zh_CN.UTF-8' },
      'models',
      'alias',
      'set',
      'lmstudio/qwen/qwen3-4b-2507',
      'q',
      '--dry-run',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^警告：/m);
    expect(result.stderr).not.toMatch(/^(warning|error|info):/m);
  });

  it('usage errors are translated too, with their exit code', async () => {
    const { run } = await setup();
    const zh = { LANG: 'zh_CN.UTF-8' };
    const position = await run(zh, 'models', 'fallbacks', 'move', 'lmstudio/qwen/qwen3-4b-2507', '0');
    expect(position.code).toBe(2);
    expect(position.stderr).toBe('claw-control: “0”不是有效的位置（1、2、3……）\n');
    const nothing = await run(zh, 'providers', 'set', 'lmstudio');
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain('没有要修改的内容');
    expect((await run({}, 'providers', 'set', 'lmstudio')).stderr).toContain('nothing to change');
  });
});
