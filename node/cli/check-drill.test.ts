/**
 * `claw-control check --drill` against real HTTP fakes: a primary llama-server that accepts a
 * completion and never answers (the stalled provider of openclaw#122922), a hosted fallback whose
 * `${ANTHROPIC_API_KEY}` is unset, and a second local fallback that says "ok" on /health but answers
 * 500 (llama.cpp#27309). The installed OpenClaw is a `--version` replay (2026.9.6).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFailingLlamaCpp, type FailingLlamaCpp } from '@test/fakes/failing-llamacpp';
import { cli } from '@test/helpers/cli';
import { fakeOpenClawVersion } from '@test/helpers/fake-openclaw-version';
import { tempDir } from '@test/helpers/temp-dir';
import { forgetAnswers } from '@node/services/servers/answer-check';

const servers: FailingLlamaCpp[] = [];
afterEach(async () => {
  forgetAnswers();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(primary: 'hang' | 'ok', version = '2026.9.6') {
  const dir = await tempDir();
  const hanging = await startFailingLlamaCpp({ nCtx: 32768, completions: primary });
  const failing = await startFailingLlamaCpp({ nCtx: 262144, completions: 'fail' });
  servers.push(hanging, failing);
  const file = path.join(dir, 'openclaw.json');
  const config = {
    models: {
      providers: {
        // timeoutSeconds 1: the drill waits the entry's own timeout, so the stalled server is given up on at once.
        llama: { baseUrl: hanging.baseUrl, api: 'openai-completions', timeoutSeconds: 1, models: [{ id: 'qwen3-8b' }] },
        anthropic: { apiKey: '${ANTHROPIC_API_KEY}' },
        big: { baseUrl: failing.baseUrl, api: 'openai-completions', models: [{ id: 'qwen3-8b' }] },
      },
    },
    agents: {
      defaults: {
        model: { primary: 'llama/qwen3-8b', fallbacks: ['anthropic/claude-sonnet-4-5', 'big/qwen3-8b'] },
      },
    },
  };
  await writeFile(file, JSON.stringify(config, null, 2));
  const bin = await fakeOpenClawVersion(dir, version);
  return (lang: string, ...argv: string[]) =>
    cli(['--config', file, 'check', '--drill', ...argv], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      OPENCLAW_BIN: bin,
      ANTHROPIC_API_KEY: '',
      LANG: lang,
    });
}

describe('claw-control check --drill', () => {
  it('names the entry a timeout would keep the chain from reaching, and why (openclaw#122922)', async () => {
    const run = await setup('hang');
    const { code, stdout } = await run('en_US.UTF-8');
    expect(code).toBe(1);
    expect(stdout).toContain('Fallback drill of 3 chain entries');
    expect(stdout).toContain('Judged for OpenClaw 2026.9.6.');
    expect(stdout).toContain('llama/qwen3-8b (primary) — reached, does not answer');
    expect(stdout).toContain('No answer within its timeout (1 s)');
    expect(stdout).toContain('anthropic/claude-sonnet-4-5 (fallback) — not reached');
    expect(stdout).toMatch(
      /anthropic\/claude-sonnet-4-5 would not be reached\. Not reached: llama\/qwen3-8b timed out, and OpenClaw 2026\.9\.6 treats a provider timeout as a terminal abort/,
    );
    expect(stdout).not.toContain('[object Object]');
  }, 60_000);

  it('with a primary that answers: the unset key and the healthy-but-500 server are each named', async () => {
    const run = await setup('ok');
    const { code, stdout } = await run('en_US.UTF-8', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      entries: {
        ref: string;
        reached: boolean;
        answers: boolean | null;
        steps: { id: string; status: string; summary: { code: string } }[];
      }[];
    };
    expect(report.entries.map((e) => [e.ref, e.reached, e.answers])).toEqual([
      ['llama/qwen3-8b', true, true],
      ['anthropic/claude-sonnet-4-5', true, false],
      ['big/qwen3-8b', true, false],
    ]);
    const hosted = report.entries[1]!.steps.find((s) => s.id === 'credentials')!;
    expect(hosted).toMatchObject({ status: 'fail', summary: { code: 'drill.credentials.unset' } });
    const big = report.entries[2]!.steps.find((s) => s.id === 'answers')!;
    expect(big).toMatchObject({ status: 'fail', summary: { code: 'drill.answers.error' } });
  }, 60_000);

  it('says each finding in Chinese under a Chinese locale', async () => {
    const run = await setup('hang');
    const { stdout } = await run('zh_CN.UTF-8');
    expect(stdout).toContain('对模型链中的 3 项进行备用模型演练');
    expect(stdout).toContain('anthropic/claude-sonnet-4-5 轮不到。');
    expect(stdout).toContain('超时时间（1 秒）内没有应答');
    expect(stdout).toContain('密钥无法解析');
    expect(stdout).not.toMatch(/would not|timed out|The key/);
  }, 60_000);
});
