import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { msg } from '../i18n/message';
import { checkConfig } from '../config/checks';
import { runDoctor, type DoctorInput } from '../doctor/doctor';
import type { CheckupReport } from '../checkup/types';
import type { ServerProbe } from '../servers/probe-result';
import { CHECK_RULES, CONFIG_RULES, RULES, ruleById } from './index';
import { RULE_RANGES } from './ranges';
import { RULE_SOURCES } from './sources';

const config = {
  agents: { defaults: { model: { primary: 'anthropic/claude-sonnet-4-5', fallbacks: ['box/m'] } } },
  models: { providers: { box: { baseUrl: 'http://127.0.0.1:1234/v1', timeoutSeconds: 600, models: [{ id: 'm' }] } } },
};

const downProbe = (code: 'unreachable' | 'server-error'): ServerProbe => ({
  baseUrl: 'http://127.0.0.1:1234/v1',
  kind: null,
  reachable: false,
  latencyMs: null,
  version: null,
  lmstudioRest: null,
  responsesApi: null,
  models: [],
  problem: { code, message: msg('servers.at', { url: 'x', detail: 'y' }), advice: msg('servers.advice.serverLog') },
  probedAt: '2026-01-01T00:00:00.000Z',
});

/** The check-up's passive report for box/m: its chain check failed because the server is down. */
const checkup: CheckupReport = {
  checkedAt: '2026-01-01T00:00:00.000Z',
  entries: [
    {
      ref: 'box/m',
      role: 'fallback',
      providerId: 'box',
      modelId: 'm',
      serverKind: null,
      checkedAt: '2026-01-01T00:00:00.000Z',
      checks: [
        { id: 'chain', status: 'fail', summary: msg('checkup.chain.serverDownShort'), evidence: [] },
        {
          id: 'tools',
          status: 'fail',
          summary: msg('checkup.tools.error', { route: '/v1/chat/completions' }),
          evidence: [],
        },
      ],
    },
  ],
};

const doctor = (over: Partial<DoctorInput>) =>
  runDoctor({ config: { path: '/x/openclaw.json', state: 'ok', value: config }, primaryFit: null, checkup, ...over });
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('the rule book', () => {
  it('has one rule per finding code, and every OpenClaw rule has its releases in rule-ranges.json', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    const openclaw = RULES.filter((r) => r.openclaw).map((r) => r.id);
    expect(Object.keys(RULE_SOURCES).sort()).toEqual([...openclaw].sort());
    for (const id of openclaw) expect(RULE_RANGES.rules[id]?.ranges).toBeDefined();
  });

  it('the config checks are the config rules: every code they report is a rule of the book with its severity', () => {
    const found = checkConfig({ ...config, providers: {}, models: { mode: 'replace', providers: { Box: {} } } }, null);
    expect(found.length).toBeGreaterThan(2);
    for (const f of found) {
      expect(CONFIG_RULES.map((r) => r.id)).toContain(f.code);
      expect(f.severity).toBe(ruleById(f.code)!.severity);
    }
  });

  it('depends on none of its views (the views import the book, never the other way round)', () => {
    const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    expect(files.length).toBeGreaterThan(20);
    const views = ['../config/checks', '../doctor', '../checkup/rules'].map((v) => path.resolve(__dirname, v));
    for (const file of files) {
      const text = readFileSync(path.join(__dirname, file), 'utf8');
      for (const [, spec] of text.matchAll(/from '(\.[^']+)'/g)) {
        const target = path.resolve(__dirname, path.dirname(file), spec!);
        expect(
          views.filter((v) => target === v || target.startsWith(`${v}/`)),
          `${file}: ${spec ?? ''}`,
        ).toEqual([]);
      }
    }
  });

  it('the check-up is its rules in the panel’s order', () => {
    expect(CHECK_RULES.map((r) => r.id)).toEqual([
      'chain',
      'endpoint',
      'presence',
      'context',
      'coldLoad',
      'tools',
      'lmstudio',
    ]);
  });
});

describe('the doctor over the check-up', () => {
  it('leaves a check-up verdict to the rule that already judged the same facts for that provider', () => {
    const found = doctor({ servers: [{ providerId: 'box', probe: downProbe('unreachable') }] });
    expect(codes(found)).toContain('server-unreachable');
    expect(codes(found)).not.toContain('checkup-chain');
    // A verdict on other facts is still shown.
    expect(codes(found)).toContain('checkup-tools');
  });

  it('covers every server problem, not only the ones a table happened to list (HTTP 5xx included)', () => {
    const found = doctor({ servers: [{ providerId: 'box', probe: downProbe('server-error') }] });
    expect(codes(found)).toContain('server-server-error');
    expect(codes(found)).not.toContain('checkup-chain');
  });

  it('keeps the verdict when the doctor said nothing about that entry’s provider', () => {
    const found = doctor({ servers: [{ providerId: 'other', probe: downProbe('unreachable') }] });
    expect(codes(found)).toContain('checkup-chain');
    expect(found.find((f) => f.code === 'checkup-chain')).toMatchObject({ severity: 'error', path: 'box/m' });
  });
});

describe('no-primary', () => {
  const codes = (value: Record<string, unknown>) =>
    runDoctor({ config: { path: '/x', state: 'ok', parseError: null, value }, servers: [], primaryFit: null }).map(
      (f) => f.code,
    );
  it('warns when nothing names a model, not when every agent of the roster names its own (entries or the old list)', () => {
    expect(codes({ agents: { defaults: {} } })).toContain('no-primary');
    expect(codes({ agents: { list: [{ id: 'main', model: 'anthropic/claude-sonnet-4-5' }] } })).not.toContain(
      'no-primary',
    );
    expect(codes({ agents: { entries: { main: { model: { primary: 'box/m' } } } } })).not.toContain('no-primary');
    expect(codes({ agents: { entries: { main: { model: 'box/m' }, helper: {} } } })).toContain('no-primary');
  });
});
