/**
 * The fallback drill's rules over plain facts: each names the entry that would not be reached and why,
 * in English and in Chinese. The failures replayed: a provider timeout treated as a terminal abort
 * (openclaw#122922), an unset `${ANTHROPIC_API_KEY}` in the gateway's environment (the issue's report),
 * the legacy allow-list before 2026.8.1 (openclaw#6993), a policy that does not list a fallback
 * (openclaw#132174's message), a server that is healthy but answers 500 (llama.cpp#27309).
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import type { Message } from '../../i18n/message';
import { resolveEntry } from '../checkup/entry';
import type { DrillAsk, DrillFacts } from './facts';
import { drillChain } from './index';

const en = (m: Message) => createTranslator('en').message(m);
const zh = (m: Message) => createTranslator('zh-CN').message(m);

const LOCAL = 'llama/qwen3-8b';
const HOSTED = 'anthropic/claude-sonnet-4-5';
const SECOND = 'llama2/qwen3-4b';

function config(extra: Record<string, unknown> = {}, defaults: Record<string, unknown> = {}) {
  return {
    models: {
      providers: {
        llama: {
          baseUrl: 'http://127.0.0.1:8080/v1',
          api: 'openai-completions',
          timeoutSeconds: 300,
          models: [{ id: 'qwen3-8b' }],
        },
        llama2: { baseUrl: 'http://127.0.0.1:8081/v1', api: 'openai-completions', models: [{ id: 'qwen3-4b' }] },
        anthropic: { apiKey: '${ANTHROPIC_API_KEY}' },
      },
    },
    agents: { defaults: { model: { primary: LOCAL, fallbacks: [HOSTED, SECOND] }, ...defaults } },
    ...extra,
  };
}

const answers: DrillAsk = { outcome: 'answers', status: 200, error: null, timeoutSeconds: 120 };

function facts(
  cfg: Record<string, unknown>,
  asks: Record<string, DrillAsk | null>,
  openclawVersion: string | null = '2026.9.6',
  env: Record<string, string> = { ANTHROPIC_API_KEY: 'sk-ant-set' },
): DrillFacts {
  const refs = [LOCAL, HOSTED, SECOND];
  return {
    config: cfg,
    env,
    openclawVersion,
    entries: refs.map((ref, i) => ({
      ref,
      role: i === 0 ? 'primary' : 'fallback',
      entry: resolveEntry(cfg, ref),
      ask: asks[ref] ?? null,
    })),
  };
}

const step = (report: ReturnType<typeof drillChain>, ref: string, id: string) =>
  report.entries.find((e) => e.ref === ref)!.steps.find((s) => s.id === id)!;

describe('the fallback drill', () => {
  it('a healthy chain: every entry reached, the local ones answer, the hosted one is not asked', () => {
    const report = drillChain(facts(config(), { [LOCAL]: answers, [SECOND]: answers }));
    expect(report.entries.map((e) => [e.ref, e.reached, e.answers])).toEqual([
      [LOCAL, true, true],
      [HOSTED, true, null],
      [SECOND, true, true],
    ]);
    expect(en(report.verdict)).toBe('Every one of the 3 chain entries would be reached and answer.');
    // The 2026.9.6 hand-over holds only while nothing times out: said, with the issue and its fix.
    expect(en(step(report, HOSTED, 'reached').evidence[0]!)).toContain('openclaw#122922; fixed by openclaw#168605');
  });

  it('a primary that times out on 2026.9.6 ends the turn: the hosted fallback is named as not reached (openclaw#122922)', () => {
    const report = drillChain(
      facts(config(), {
        [LOCAL]: { outcome: 'timeout', status: null, error: 'timed out', timeoutSeconds: 300 },
        [SECOND]: answers,
      }),
    );
    expect(report.entries.map((e) => e.reached)).toEqual([true, false, false]);
    expect(en(report.verdict)).toBe(
      `${HOSTED} would not be reached. Not reached: ${LOCAL} timed out, and OpenClaw 2026.9.6 treats a provider timeout as a terminal abort that ends the turn instead of falling back (openclaw#122922; fixed by openclaw#168605 after 2026.9.6).`,
    );
    expect(en(report.entries[2]!.why!)).toBe(`Not reached: the chain stops at ${HOSTED}.`);
    expect(zh(report.verdict)).toContain(`${HOSTED} 轮不到。轮不到：${LOCAL} 超时了`);
    expect(en(step(report, LOCAL, 'answers').summary)).toBe(
      'No answer within its timeout (300 s): OpenClaw would give up on it here.',
    );
  });

  it('on a newer release the timeout is "may be fixed", never "fixed"; on an unknown one it says so', () => {
    const timeout: DrillAsk = { outcome: 'timeout', status: null, error: 'timed out', timeoutSeconds: 300 };
    const newer = drillChain(facts(config(), { [LOCAL]: timeout }, '2026.10.2'));
    expect(newer.entries[1]!.reached).toBe(true);
    expect(step(newer, HOSTED, 'reached').status).toBe('warn');
    expect(en(step(newer, HOSTED, 'reached').evidence[0]!)).toContain('whether it has openclaw#168605 is not known');
    const unknown = drillChain(facts(config(), { [LOCAL]: timeout }, null));
    expect(en(step(unknown, HOSTED, 'reached').evidence[0]!)).toContain('version is unknown');
  });

  it('an unset ${ANTHROPIC_API_KEY} in the gateway’s environment: reached, but would not answer', () => {
    const report = drillChain(facts(config(), { [LOCAL]: answers, [SECOND]: answers }, '2026.9.6', {}));
    const hosted = report.entries[1]!;
    expect([hosted.reached, hosted.answers]).toEqual([true, false]);
    expect(en(hosted.why!)).toMatch(/^The key does not resolve/);
    expect(en(step(report, HOSTED, 'credentials').evidence[0]!)).toContain('${ANTHROPIC_API_KEY}');
    expect(en(report.verdict)).toMatch(new RegExp(`^${HOSTED} would be reached but would not answer`));
    expect(zh(report.verdict)).toContain('能轮到，但不会应答');
    // The chain still goes on: a refused key (401) hands over to the next entry.
    expect(report.entries[2]!.reached).toBe(true);
  });

  it('a server that is healthy but answers 500 (llama.cpp#27309): the server’s own words and the likely cause', () => {
    const report = drillChain(
      facts(config(), {
        [LOCAL]: answers,
        [SECOND]: { outcome: 'error', status: 500, error: 'Compute error.', timeoutSeconds: 120 },
      }),
    );
    const s = step(report, SECOND, 'answers');
    expect(s.status).toBe('fail');
    expect(en(s.summary)).toBe('The server is up but the request failed (HTTP 500).');
    expect(s.evidence.map(en)).toEqual(['The server said: Compute error.', expect.stringContaining('llama.cpp#27309')]);
    expect(zh(s.evidence[1]!)).toContain('内存不足');
  });

  it('before 2026.8.1 a fallback missing from agents.defaults.models is dropped (openclaw#6993); from 2026.8.1 only a switch is refused', () => {
    const cfg = config({}, { models: { [LOCAL]: { alias: 'local' }, [SECOND]: {} } });
    const old = drillChain(facts(cfg, { [LOCAL]: answers, [SECOND]: answers }, '2026.7.33'));
    expect(old.entries[1]!.reached).toBe(false);
    expect(en(old.verdict)).toContain(`OpenClaw 2026.7.33 drops ${HOSTED} from the fallbacks`);
    expect(zh(old.verdict)).toContain('会把');
    const now = drillChain(facts(cfg, { [LOCAL]: answers, [SECOND]: answers }, '2026.9.6'));
    expect(now.entries[1]!.reached).toBe(true);
    expect(step(now, HOSTED, 'allowed').status).toBe('warn');
  });

  it('a modelPolicy.allow that does not list a fallback: the switch is refused, the fix adds it to the list', () => {
    const cfg = config(
      {},
      { modelPolicy: { allow: ['llama/*', 'local-two'] }, models: { [SECOND]: { alias: 'local-two' } } },
    );
    const report = drillChain(facts(cfg, { [LOCAL]: answers, [SECOND]: answers }));
    expect(step(report, LOCAL, 'allowed').status).toBe('pass');
    expect(step(report, SECOND, 'allowed').status).toBe('pass');
    const hosted = step(report, HOSTED, 'allowed');
    expect(hosted.status).toBe('warn');
    expect(en(hosted.summary)).toContain('is refused with “Model … is not allowed”');
    expect(hosted.fix!.operations).toEqual([{ op: 'setModelPolicy', allow: ['llama/*', 'local-two', HOSTED] }]);
    expect(report.entries[1]!.reached).toBe(true);
  });

  it('the turn’s deadline runs out before a fallback: named, with the seconds', () => {
    const cfg = config({}, { timeoutSeconds: 400 });
    const report = drillChain(facts(cfg, { [LOCAL]: answers, [SECOND]: answers }));
    // 300 s (llama) + 120 s (anthropic, OpenClaw's idle watchdog) ≥ 400 s: the second fallback is cut.
    expect(report.entries.map((e) => e.reached)).toEqual([true, true, false]);
    expect(en(report.verdict)).toContain('the turn’s deadline (agents.defaults.timeoutSeconds, 400 s) runs out');
    expect(zh(report.verdict)).toContain('本轮的时限');
  });
});
