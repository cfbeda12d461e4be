import { describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import { checkConfig } from '../config/checks';
import type { Finding } from './finding';
import type { ConfigObject } from '../config/config-access';
import { PINNED_OPENCLAW_VERSION } from '../config/openclaw-release';
import { runDoctor } from '../doctor/doctor';
import { judgedForLine, judgeFindings } from './judged';

// Versions against the committed rule-ranges.json (probed 2026.1.29 … 2026.9.6): local-no-timeout
// holds >=2026.4.26 (`absent` before), the roster migration (openclaw-migrates) applies >=2026.8.1, ref-unknown-provider
// >=2026.9.5 (`unverified` before); the context floor is 16000 below 2026.4.29, 4000 from then on.
const config: ConfigObject = {
  agents: { list: [], defaults: { model: { primary: 'lmstudio/m', fallbacks: ['nowhere/x'] } } },
  models: {
    mode: 'merge',
    providers: {
      lmstudio: {
        baseUrl: 'http://127.0.0.1:1234/v1',
        api: 'openai-completions',
        models: [{ id: 'm', name: 'M', contextWindow: 8192 }],
      },
    },
  },
};

const en = createTranslator('en');
const byCode = (findings: Finding[]) => new Map(findings.map((f) => [f.code, f]));
const text = (f: Finding | undefined, key: 'message' | 'ruleLine') => (f?.[key] ? en.message(f[key]) : null);

describe('checkConfig judged for the installed OpenClaw (judgeFindings)', () => {
  it('2026.4.20: leaves out the rules that release lacks and applies its own context floor', () => {
    const found = byCode(checkConfig(config, '2026.4.20'));
    expect(found.has('local-no-timeout')).toBe(false); // timeoutSeconds exists only >=2026.4.26
    expect(found.has('openclaw-migrates')).toBe(false); // 2026.4.20 reads agents.list as it is
    const floor = found.get('context-window-minimum');
    expect(floor?.severity).toBe('warning');
    expect(floor?.path).toBe('models.providers.lmstudio.models.0.contextWindow');
    expect(text(floor, 'message')).toBe(
      'lmstudio/m: 8192 tokens is below the minimum of 16000 that OpenClaw >=2026.1.29 <2026.4.29 enforces (it refuses to run).',
    );
    // Outside its range but only `unverified` there: kept, and the rule line says so, as the doctor's does.
    expect(text(found.get('ref-unknown-provider'), 'ruleLine')).toContain('not verified for 2026.4.20');
  });

  it('2026.4.29: the timeout rule holds (the rule line names the installed release) and 8192 clears the floor', () => {
    const found = byCode(checkConfig(config, '2026.4.29'));
    expect(text(found.get('local-no-timeout'), 'ruleLine')).toContain('(yours: 2026.4.29)');
    expect(found.has('context-window-minimum')).toBe(false);
    expect(found.has('openclaw-migrates')).toBe(false);
  });

  it('2026.9.6 (the pinned release) and no version found raise the same findings', () => {
    const pinned = checkConfig(config, PINNED_OPENCLAW_VERSION);
    const none = checkConfig(config, null);
    expect(pinned.map((f) => f.code)).toEqual(['ref-unknown-provider', 'local-no-timeout', 'openclaw-migrates']);
    expect(none.map((f) => f.code)).toEqual(pinned.map((f) => f.code));
    expect(text(pinned[1], 'ruleLine')).toContain('(yours: 2026.9.6)');
    // Unknown version: the plain range, no claim about the user's release.
    expect(text(none[1], 'ruleLine')).toBe(
      'OpenClaw >=2026.4.26 · src/config/zod-schema.core.ts (ModelProviderSchema.timeoutSeconds)',
    );
  });

  it('an unprobed future release keeps every rule, each "not verified", and the context floor says whose limits it used', () => {
    const found = byCode(checkConfig(config, '2027.1.1'));
    expect(text(found.get('local-no-timeout'), 'ruleLine')).toContain('not verified for 2027.1.1');
    // The roster migration's own range and source (shared/config/openclaw-migrations.ts).
    expect(text(found.get('openclaw-migrates'), 'ruleLine')).toBe(
      'OpenClaw >=2026.8.1 · dist/legacy.roster-zIYbDm7V.mjs (src/config/legacy.roster.ts)',
    );
    const floor = found.get('context-window-minimum');
    expect(floor?.severity).toBe('info');
    expect(text(floor, 'ruleLine')).toBe(
      'The context limits of OpenClaw 2027.1.1 were not verified; these are those of OpenClaw >=2026.4.29.',
    );
  });

  it('is the doctor’s judgement: the doctor drops and keeps exactly what the editor does', () => {
    const doctor = (openclawVersion: string | null) =>
      runDoctor({
        config: { path: '/tmp/openclaw.json', state: 'ok', value: config },
        issues: [],
        openclaw: null,
        servers: [],
        primaryFit: null,
        openclawVersion,
      });
    for (const version of ['2026.4.20', '2026.4.29', '2026.9.6', '2027.1.1', null]) {
      const editor = checkConfig(config, version);
      const own = new Set(editor.map((f) => `${f.code}@${f.path}`));
      expect(doctor(version).filter((f) => own.has(`${f.code}@${f.path}`))).toEqual(editor);
    }
  });

  it('judgeFindings drops only `absent` rules and leaves findings that are not OpenClaw rules alone', () => {
    const plain: Finding = { severity: 'warning', code: 'fallback-duplicate', path: 'x', message: { code: 'c' } };
    const timeout: Finding = { ...plain, code: 'local-no-timeout' };
    expect(judgeFindings([plain, timeout], '2026.4.20')).toEqual([plain]);
    expect(judgeFindings([plain, timeout], '2026.4.26').map((f) => f.code)).toEqual([
      'fallback-duplicate',
      'local-no-timeout',
    ]);
  });

  it('names the release the findings were judged for', () => {
    expect(en.message(judgedForLine('2026.4.20'))).toBe(
      'Findings judged for OpenClaw 2026.4.20, the installed release.',
    );
    expect(en.message(judgedForLine(null))).toContain(`OpenClaw ${PINNED_OPENCLAW_VERSION}`);
  });
});
