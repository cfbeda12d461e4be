/**
 * The renamed keys (shared/config/openclaw-migrations-renamed.ts) against the real OpenClaw 2026.9.6:
 * a config per renamed key is refused by it (and by our schema check, and our rule says why), and the
 * one-click migration, written losslessly, is accepted by it — the release the migration targets.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSON5 from 'json5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConfigObject } from '@shared/config/config-access';
import { checkConfig } from '@shared/config/checks';
import { applyOperations } from '@shared/config/operations';
import { rewriteJson5 } from '@shared/json5/lossless-edit';
import { loadBundledSchema } from '@node/services/openclaw/schema-source';
import { createSchemaValidator, type SchemaValidator } from '@node/services/openclaw/schema-validator';
import { describeWithOpenClaw } from '../helpers/describe-openclaw';
import { realOpenClaw, type InstalledOpenClaw } from '../helpers/openclaw';
import { openClawVerdicts } from './openclaw-differential-runner';

const PROVIDER = `lm: { baseUrl: "http://127.0.0.1:1234/v1", timeoutSeconds: 600, api: "openai", models: [{ id: "m", name: "M", api: "openai" }] }`;

/** One file per renamed key, as a user wrote it for the older release (comments kept through the edit). */
const FILES: Record<string, string> = {
  'agents.defaults.memorySearch': `{\n  // memory\n  agents: { defaults: { memorySearch: { enabled: true, provider: "local" } } },\n}\n`,
  memorySearch: `{\n  memorySearch: { enabled: false },\n  memory: { search: { enabled: true } },\n}\n`,
  'agents.entries.main.memorySearch': `{\n  agents: { entries: { main: { memorySearch: { enabled: false } } } },\n}\n`,
  'models.providers.lm.api': `{\n  models: { providers: { ${PROVIDER} } },\n}\n`,
  'agents.defaults.llm': `{\n  agents: { defaults: { llm: { idleTimeoutSeconds: 300 } } },\n}\n`,
  media: `{\n  media: { ttlHours: 12 }, // kept 12 hours\n}\n`,
  audit: `{\n  audit: { enabled: true, messages: "direct" },\n  logging: { level: "info" },\n}\n`,
};

describeWithOpenClaw('renamed keys, against the real OpenClaw 2026.9.6', () => {
  let oc: InstalledOpenClaw;
  let validator: SchemaValidator;
  let dir: string;
  beforeAll(async () => {
    oc = realOpenClaw();
    const bundled = await loadBundledSchema();
    validator = createSchemaValidator(bundled.schema, bundled.version);
    dir = mkdtempSync(path.join(os.tmpdir(), 'oc-renames-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('each old key is refused by OpenClaw and by us, our rule names it, and the one edit is accepted by OpenClaw', async () => {
    const rows = Object.entries(FILES).map(([key, text]) => {
      const before = JSON5.parse<ConfigObject>(text);
      const found = checkConfig(before, oc.version).filter((f) => f.code === 'openclaw-renamed-key');
      const { config: after } = applyOperations(before, found[0]?.fix?.operations ?? []);
      return { key, text, before, found, after, migrated: rewriteJson5(text, before, after) };
    });
    const files = rows.flatMap((row, i) =>
      [row.text, row.migrated].map((t, j) => {
        const file = path.join(dir, `case-${i}-${j}.json5`);
        writeFileSync(file, t);
        return file;
      }),
    );
    const verdicts = await openClawVerdicts(oc, files);
    const summary = rows.map((row, i) => ({
      key: row.key,
      rule: row.found.map((f) => f.path),
      openclawBefore: verdicts[2 * i]!.valid,
      oursBefore: validator.validate(row.before).length === 0,
      openclawAfter: verdicts[2 * i + 1]!.valid,
      oursAfter: validator.validate(row.after).length === 0,
    }));
    expect(summary).toEqual(
      rows.map((row) => ({
        key: row.key,
        rule: row.key === 'models.providers.lm.api' ? [row.key, 'models.providers.lm.models.0.api'] : [row.key],
        openclawBefore: false,
        oursBefore: false,
        openclawAfter: true,
        oursAfter: true,
      })),
    );
    // The edit is lossless: the user's comments survive it.
    expect(rows[0]!.migrated).toContain('// memory');
    expect(rows.find((r) => r.key === 'media')!.migrated).toContain('// kept 12 hours');
  }, 180_000);
});
