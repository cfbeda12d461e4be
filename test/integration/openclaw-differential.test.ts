/**
 * Our verdict on a config equals the real OpenClaw's (2026.9.6), file by file, in both directions:
 * a file OpenClaw loads must pass our schema check (as OpenClaw reads it: migrated, defaults
 * optional), and a file OpenClaw refuses must not pass it. The cases are OpenClaw's own docs
 * snippets, the JSON5 suite wrapped as configs, and schema-generated configs
 * (openclaw-differential-cases.ts). `npm test` runs a fixed sample; `npm run test:differential`
 * (CLAW_CONTROL_DIFFERENTIAL=all) runs every case. Every disagreement is listed in the failure.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import JSON5 from 'json5';
import type { ConfigObject } from '@shared/config/config-access';
import { migrationFindings } from '@shared/config/migration-findings';
import { applyOperations } from '@shared/config/operations';
import { rewriteJson5 } from '@shared/json5/lossless-edit';
import { parseJson5 } from '@node/services/config/config-file';
import { loadBundledSchema } from '@node/services/openclaw/schema-source';
import { createSchemaValidator, type SchemaValidator } from '@node/services/openclaw/schema-validator';
import { cli } from '../helpers/cli';
import { describeWithOpenClaw } from '../helpers/describe-openclaw';
import { realOpenClaw, shimEnv, type InstalledOpenClaw } from '../helpers/openclaw';
import { docsSnippets, generatedConfigs, json5SuiteCases, type DifferentialCase } from './openclaw-differential-cases';
import { openClawVerdicts } from './openclaw-differential-runner';

/** The whole set (npm run test:differential). */
const ALL = process.env.CLAW_CONTROL_DIFFERENTIAL === 'all';

/** The issue's file: the old roster, and channels relying on OpenClaw's defaults (dmPolicy, groupPolicy, …). */
const ISSUE_FILE = [
  '// a real-world shape: the old roster, a channel relying on OpenClaw’s defaults',
  '{',
  '  agents: { list: [{ id: "main", default: true, model: "lmstudio/qwen3" }] },',
  '  channels: { telegram: { botToken: "123:abc" }, slack: { botToken: "xoxb-1", appToken: "xapp-1" } },',
  '  models: { providers: { lmstudio: { baseUrl: "http://127.0.0.1:1234/v1", models: [{ id: "qwen3", name: "Qwen3" }] } } },',
  '}',
  '',
].join('\n');

const FIXTURES = path.resolve(__dirname, '../fixtures');

/** Every `step`-th case: a fixed, spread-out sample for `npm test`. */
const sample = <T>(items: readonly T[], size: number): T[] =>
  ALL || items.length <= size ? [...items] : items.filter((_, i) => i % Math.ceil(items.length / size) === 0);

interface Disagreement {
  name: string;
  openclaw: { valid: boolean; issues: unknown[] };
  ours: { valid: boolean; issues: unknown[] };
}

describeWithOpenClaw('our verdict is OpenClaw’s own (differential, OpenClaw 2026.9.6)', () => {
  let oc: InstalledOpenClaw;
  let validator: SchemaValidator;
  let schema: Record<string, unknown>;
  let dir: string;
  beforeAll(async () => {
    oc = realOpenClaw();
    const bundled = await loadBundledSchema();
    schema = bundled.schema;
    validator = createSchemaValidator(bundled.schema, bundled.version);
    dir = mkdtempSync(path.join(os.tmpdir(), 'oc-differential-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function disagreements(cases: readonly DifferentialCase[]): Promise<Disagreement[]> {
    const files = cases.map((c, i) => {
      const file = path.join(dir, `case-${i}.json5`);
      writeFileSync(file, c.text);
      return file;
    });
    const theirs = await openClawVerdicts(oc, files);
    expect(theirs).toHaveLength(cases.length);
    return cases.flatMap((c, i) => {
      let issues: unknown[];
      try {
        issues = validator.validate(parseJson5(c.text));
      } catch (error) {
        issues = [{ path: '<parse>', message: (error as Error).message }];
      }
      const openclaw = theirs[i]!;
      const ours = { valid: issues.length === 0, issues };
      return ours.valid === openclaw.valid ? [] : [{ name: c.name, openclaw, ours }];
    });
  }

  const report = (found: Disagreement[]) =>
    found.map(
      (d) =>
        `${d.name}: OpenClaw ${d.openclaw.valid ? 'accepts' : 'refuses'} ${JSON.stringify(d.openclaw.issues)}; we ${d.ours.valid ? 'accept' : 'refuse'} ${JSON.stringify(d.ours.issues)}`,
    );

  it('OpenClaw’s docs snippets and the JSON5 suite wrapped as configs: no disagreement', async () => {
    const sections = Object.keys(schema.properties as object);
    const docs = docsSnippets(path.dirname(oc.entry), sections);
    expect(docs.length).toBeGreaterThan(100);
    const suite = json5SuiteCases(FIXTURES);
    expect(suite.length).toBeGreaterThan(20);
    // The docs that pick a web-search provider are always in the sample: OpenClaw judges them by the
    // plugins it bundles (shared/config/web-search-providers.ts), a rule of its plugin phase, not of the schema.
    const webSearch = docs.filter((c) => /\bprovider\s*:/.test(c.text) && /\bsearch\s*:/.test(c.text));
    expect(webSearch.length).toBeGreaterThanOrEqual(4);
    const picked = [...new Set([...sample(docs, 80), ...webSearch])];
    const found = await disagreements([...picked, ...sample(suite, 20)]);
    expect(report(found)).toEqual([]);
  }, 600_000);

  it('the issue’s file (agents.list, Telegram without dmPolicy/groupPolicy) passes, migrates in one click, and OpenClaw accepts it after an edit', async () => {
    const text = ISSUE_FILE;
    const before = JSON5.parse<ConfigObject>(text);
    expect(validator.validate(before)).toEqual([]);
    const findings = migrationFindings(validator.migrations(before));
    expect(findings.map((f) => [f.severity, f.code, f.path])).toEqual([
      ['info', 'openclaw-migrates', 'agents.list'],
      ['info', 'openclaw-migrates', 'agents.list'],
    ]);
    const { config: migrated } = applyOperations(before, findings[0]!.fix!.operations);
    const { config: edited } = applyOperations(migrated, [{ op: 'setPrimary', ref: 'lmstudio/qwen3' }]);
    const files = [text, rewriteJson5(text, before, migrated), rewriteJson5(text, before, edited)].map((t, i) => {
      const file = path.join(dir, `issue-${i}.json5`);
      writeFileSync(file, t);
      return file;
    });
    const [original, afterMigration, afterEdit] = await openClawVerdicts(oc, files);
    expect(original!.valid).toBe(true);
    expect(original!.warnings.map((w) => w.message)).toContain('Moved agents.list to keyed agents.entries.');
    expect(afterMigration).toEqual({ valid: true, issues: [], warnings: [] });
    expect(afterEdit!.valid).toBe(true);
    expect(validator.migrations(migrated)).toEqual([]);
  }, 120_000);

  it('the issue’s file passes `claw-control validate` (with and without OpenClaw) and the doctor without an error', async () => {
    const file = path.join(dir, 'issue', 'openclaw.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, ISSUE_FILE);
    const base = {
      HOME: path.dirname(file),
      CLAW_CONTROL_STATE_DIR: path.join(path.dirname(file), 'state'),
      CLAW_CONTROL_HARDWARE_SNAPSHOT: path.join(
        FIXTURES,
        'systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
      ),
    };
    const alone = await cli(['--config', file, 'validate', '--json'], { ...base, PATH: '/nonexistent' });
    expect(JSON.parse(alone.stdout)).toMatchObject({ valid: true, issues: [] });
    expect(alone.code).toBe(0);
    // What OpenClaw migrates is said once per change, as information (no warning beside it on the same key).
    const aboutRoster = (findings: { severity: string; code: string; path: string }[]) =>
      findings.filter((f) => f.path.startsWith('agents.list')).map((f) => [f.severity, f.code, f.path]);
    const migrationInfo = [
      ['info', 'openclaw-migrates', 'agents.list'],
      ['info', 'openclaw-migrates', 'agents.list'],
    ];
    expect(aboutRoster((JSON.parse(alone.stdout) as { findings: never[] }).findings)).toEqual(migrationInfo);
    const withOpenClaw = await cli(['--config', file, 'validate', '--json'], shimEnv(base) as Record<string, string>);
    expect(JSON.parse(withOpenClaw.stdout)).toMatchObject({
      valid: true,
      issues: [],
      openclaw: { ran: true, valid: true },
    });
    const doctor = await cli(['--config', file, 'doctor', '--json'], { ...base, PATH: '/nonexistent' });
    const findings = (JSON.parse(doctor.stdout) as { findings: { severity: string; code: string; path: string }[] })
      .findings;
    // Nothing about the file is an error (no LM Studio listens in the test: that one is about the server).
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['server-unreachable']);
    expect(aboutRoster(findings)).toEqual(migrationInfo);
  }, 180_000);

  it('schema-generated configs (legacy rosters, budgets, defaulted fields left out, near-valid noise): no disagreement', async () => {
    const cases = generatedConfigs(schema, ALL ? 2000 : 100, 2809);
    const found = await disagreements(cases);
    expect(report(found)).toEqual([]);
  }, 600_000);
});
