import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { cli } from '@test/helpers/cli';
import { tempConfig, tempDir } from '@test/helpers/temp-dir';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures');
const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** The guidance's recommended config, pointed at a fake LM Studio on 127.0.0.1. */
async function recommendedWithFakeLmStudio(loaded: string[]) {
  const server = await startFakeServer({ kind: 'lmstudio-0.4', loaded });
  servers.push(server);
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  const seed = await readFile(path.join(FIXTURES, 'configs/seed-recommended.json5'), 'utf8');
  await writeFile(
    file,
    seed
      .replace('http://127.0.0.1:1234/v1', server.baseUrl)
      .replace('"minimax-m2.1-gs32"', '"qwen/qwen3-4b-2507"')
      .replace('lmstudio/minimax-m2.1-gs32', 'lmstudio/qwen/qwen3-4b-2507')
      .replace('"lmstudio/minimax-m2.1-gs32"', '"lmstudio/qwen/qwen3-4b-2507"'),
  );
  const run = (...argv: string[]) => runIn({}, ...argv);
  const runIn = (locale: Record<string, string>, ...argv: string[]) =>
    cli(['--config', file, ...argv], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      CLAW_CONTROL_HARDWARE_SNAPSHOT: path.join(
        FIXTURES,
        'systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
      ),
      ...locale,
    });
  return { server, file, run, runIn };
}

describe('claw-control doctor', () => {
  it('reads the config as OpenClaw does: a chain entry whose provider is in an $include file is not unknown', async () => {
    const { dir, file } = await tempConfig(
      '{ agents: { defaults: { model: { primary: "box/m" } } }, models: { providers: { $include: "./p.json5" } } }\n',
      {
        'p.json5':
          '{ box: { baseUrl: "https://api.example.com/v1", api: "openai-completions", models: [{ id: "m", name: "M" }] } }\n',
      },
    );
    const { stdout } = await cli(['--config', file, 'doctor', '--json'], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      CLAW_CONTROL_HARDWARE_SNAPSHOT: path.join(
        FIXTURES,
        'systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
      ),
    });
    const codes = (JSON.parse(stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes).not.toContain('ref-unknown-provider');
  });

  it('a server that dies mid-answer is reported and doctor exits 1 (issue #16)', async () => {
    const { server, run } = await recommendedWithFakeLmStudio([]);
    server.setFault('cut-off');
    const { code, stdout } = await run('doctor');
    expect(code).toBe(1);
    expect(stdout).toMatch(/closed the connection in the middle of its answer/);
  });

  it('prints an ordered list of findings with fixes, and exits 1', async () => {
    const { run } = await recommendedWithFakeLmStudio([]);
    const { code, stdout, stderr } = await run('doctor');
    expect(code).toBe(1);
    expect(stderr).toMatch(/problems? found/);
    const lines = stdout.split('\n').filter((l) => /^\s*\d+\./.test(l));
    const order = lines.map((l) => l.replace(/^\s*\d+\.\s+/, '').split(/\s+/)[0]);
    expect(order).toEqual(
      [...order].sort((a, b) => ['error', 'warning', 'info'].indexOf(a!) - ['error', 'warning', 'info'].indexOf(b!)),
    );
    expect(stdout).toContain('lmstudio/qwen/qwen3-4b-2507 is not loaded: the first request will wait for a cold load');
    expect(stdout).toContain('The primary lmstudio/qwen/qwen3-4b-2507 is local and no hosted model follows it');
    expect(stdout).toContain('"lmstudio" is a local server without timeoutSeconds');
    expect(stdout).toContain('fix: Set timeoutSeconds to 600\n');
    expect(stdout).not.toContain('panel');
    expect(stdout).toContain('turn compaction on');
  });

  it('--json gives the same findings; a loaded model and no problems left give exit 0', async () => {
    const { run, file } = await recommendedWithFakeLmStudio(['qwen/qwen3-4b-2507']);
    const json = JSON.parse((await run('doctor', '--json')).stdout) as { ok: boolean; findings: { code: string }[] };
    expect(json.ok).toBe(false);
    expect(json.findings.map((f) => f.code)).not.toContain('model-not-loaded');
    // Fix what it found, with the same operations the panel's buttons apply.
    expect((await run('models', 'fallbacks', 'add', 'anthropic/claude-opus-4-5')).code).toBe(0);
    expect((await run('models', 'policy', 'allow-all')).code).toBe(0);
    await writeFile(
      file,
      (await readFile(file, 'utf8'))
        .replace('api: "openai-responses",', 'api: "openai-responses",\n        timeoutSeconds: 600,')
        .replace('contextWindow: 196608,', 'contextWindow: 196608,\n            contextTokens: 8192,'),
    );
    const after = await run('doctor', '--json');
    const report = JSON.parse(after.stdout) as { ok: boolean; findings: { severity: string; code: string }[] };
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(after.code).toBe(0);
  });

  it('hardware that cannot be read is a finding, not a silent gap', async () => {
    const { runIn, file } = await recommendedWithFakeLmStudio(['minimax-m2.1-gs32']);
    const missing = path.join(path.dirname(file), 'no-such-snapshot.json');
    const { stdout } = await runIn({ CLAW_CONTROL_HARDWARE_SNAPSHOT: missing }, 'doctor');
    expect(stdout).toMatch(/hardware could not be read \(ENOENT.*no-such-snapshot\.json'?\), so no fit was checked/);
  });

  it('a malformed config is the one finding, with line and column', async () => {
    const { code, stdout } = await cli(['doctor', '--config', path.join(FIXTURES, 'configs/seed-curly-quotes.json5')], {
      HOME: '/nonexistent',
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/does not parse \(line 4, column 19\)/);
  });

  it('follows the system locale: LANG=zh_CN.UTF-8 prints the list in Chinese, with no English sentence', async () => {
    const { runIn } = await recommendedWithFakeLmStudio([]);
    const { code, stdout, stderr } = await runIn({ LANG: 'zh_CN.UTF-8' }, 'doctor');
    expect(code).toBe(1);
    expect(stdout).toContain('lmstudio/qwen/qwen3-4b-2507 尚未加载');
    expect(stdout).toContain('修复：将 timeoutSeconds 设为 600');
    expect(stderr).toMatch(/发现 \d+ 个问题/);
    // Product names, ids, paths and config keys stay as they are; no run of English words, rule lines included
    // (they keep OpenClaw's source paths and config keys verbatim, the rest is translated).
    expect(stdout).toMatch(
      /规则：OpenClaw >=\S+.* · src\/config\/model-policy-allowlist-migration\.ts（仅当 meta\.migrations\.modelPolicyAllowlist 不存在时）/,
    );
    expect(stdout).not.toMatch(/\b[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}\b/);
    expect(stdout).not.toContain('(while');
    // LC_ALL wins over LANG, as in POSIX.
    const english = await runIn({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }, 'doctor');
    expect(english.stdout).toContain('is not loaded');
  });
});

describe('claw-control doctor on the busy H100 (replayed from the lent machine)', () => {
  it('a local primary that fits the GPU but not the memory free now is a warning', async () => {
    const { writeFakeTools } = await import('@test/helpers/fake-gpu-tools');
    const dir = await tempDir();
    const bin = await writeFakeTools(path.join(dir, 'bin'), 'vm-busy-live');
    const file = path.join(dir, 'openclaw.json');
    const seed = await readFile(path.join(FIXTURES, 'configs/seed-recommended.json5'), 'utf8');
    // gpt-oss-120b at 32K needs 60.9 GB: it fits the H100's 85.5 GB, not the 41.5 GB PyTorch left free.
    await writeFile(
      file,
      seed
        .replaceAll('minimax-m2.1-gs32', 'gpt-oss-120b')
        .replace('contextWindow: 196608', 'contextWindow: 131072, contextTokens: 32768')
        .replace('http://127.0.0.1:1234/v1', 'http://127.0.0.1:9/v1'),
    );
    const run = (locale: Record<string, string>) =>
      cli(['--config', file, 'doctor'], {
        HOME: dir,
        CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        ...locale,
      });
    const en = await run({});
    expect(en.stdout).toContain(
      'The primary lmstudio/gpt-oss-120b fits this GPU, but only 41.5 GB of its memory is free now and it needs 60.9 GB',
    );
    expect(en.stdout).toContain('`claw-control hardware` says which processes.');
    const zh = await run({ LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('主模型 lmstudio/gpt-oss-120b 放得进这块 GPU，但当前只空闲 41.5 GB 显存');
  }, 60_000);
});
