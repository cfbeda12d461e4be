import { describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import { runDoctor } from '../../doctor/doctor';
import { msg } from '../../i18n/message';
import type { ServerProbe } from '../../servers/probe-result';
import { trayStateFrom } from '../../tray/tray-state';
import { ruleById } from '../index';

/** A llama-server that lists its model and says "ok" on /health but fails every completion (llama.cpp#27309). */
const probe: ServerProbe = {
  baseUrl: 'http://127.0.0.1:8080/v1',
  kind: 'llamacpp',
  reachable: true,
  latencyMs: 3,
  version: null,
  lmstudioRest: null,
  responsesApi: null,
  models: [
    {
      id: 'qwen3-8b',
      loaded: true,
      contextLength: 262144,
      maxContextLength: 262144,
      vision: null,
      sizeBytes: null,
      quant: null,
      type: 'llm',
    },
  ],
  problem: {
    code: 'not-answering',
    message: msg('servers.problem.notAnswering', {
      url: 'http://127.0.0.1:8080/v1',
      model: 'qwen3-8b',
      status: 500,
      error: 'Compute error.',
    }),
    advice: msg('servers.advice.notAnsweringContext', { tokens: 262144 }),
  },
  probedAt: '2026-10-01T00:00:00.000Z',
};

const config = {
  models: { providers: { llama: { baseUrl: 'http://127.0.0.1:8080/v1', models: [{ id: 'qwen3-8b' }] } } },
};

describe('a server that is up but does not answer, in the rule book', () => {
  it('is its own doctor rule, an error, with the server’s words in English and Chinese', () => {
    expect(ruleById('server-not-answering')).toMatchObject({ severity: 'error', judges: ['server'] });
    const findings = runDoctor({
      config: { path: '/x/openclaw.json', state: 'ok', value: config },
      primaryFit: null,
      servers: [{ providerId: 'llama', probe }],
    });
    const finding = findings.find((f) => f.code === 'server-not-answering')!;
    expect(finding).toMatchObject({ severity: 'error', path: 'models.providers.llama' });
    // A model the server lists is not "missing" when the server cannot answer: one finding, not several.
    expect(findings.map((f) => f.code)).not.toContain('model-not-on-server');
    expect(createTranslator('en').message(finding.message)).toContain('is up but cannot answer');
    expect(createTranslator('zh-CN').message(finding.message)).toContain('答不了话');
  });

  it('shows the server down in the tray, in words', () => {
    const tray = trayStateFrom([{ providerId: 'llama', probe }], [], []);
    expect(tray.servers[0]).toMatchObject({ health: 'down', detail: { code: 'tray.problem.not-answering' } });
    expect(createTranslator('zh-CN').message(tray.servers[0]!.detail!)).toBe('在运行，但请求全部失败');
  });
});
