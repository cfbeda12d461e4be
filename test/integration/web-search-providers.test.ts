/**
 * OpenClaw's web-search provider rule (shared/config/web-search-providers.ts) against the real
 * OpenClaw 2026.9.6: the two tables equal what the installed release bundles and catalogs, and on
 * every shape of the rule (bundled, catalogued, unknown, named in plugins.allow / plugins.entries,
 * blank, aliases) our schema check gives OpenClaw's verdict, file by file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import JSON5 from 'json5';
import { BUNDLED_WEB_SEARCH_PROVIDERS, EXTERNAL_WEB_SEARCH_PROVIDERS } from '@shared/config/web-search-providers';
import { isolatedOpenClawEnv } from '@node/services/openclaw/run-openclaw';
import { loadBundledSchema } from '@node/services/openclaw/schema-source';
import { createSchemaValidator, type SchemaValidator } from '@node/services/openclaw/schema-validator';
import { describeWithOpenClaw } from '../helpers/describe-openclaw';
import { outsideVitestEnv, realOpenClaw, type InstalledOpenClaw } from '../helpers/openclaw';
import { openClawVerdicts } from './openclaw-differential-runner';

const search = (provider: string, plugins?: string) =>
  `{ tools: { web: { search: { provider: ${JSON.stringify(provider)} } } }${plugins ? `, plugins: ${plugins}` : ''} }`;

/** Each shape of the rule, with the verdict OpenClaw 2026.9.6 gave when this test was written (the test re-asks it). */
const CASES: [text: string, valid: boolean][] = [
  [search('ollama'), true],
  [search('gemini'), true],
  [search('grok'), true],
  [search('minimax'), true],
  [search('ollama', '{ entries: { ollama: { enabled: false } } }'), true],
  [search('brave'), false],
  [search(' brave '), false],
  [search('Brave'), false],
  [search('kimi'), false],
  [search('firecrawl-free'), false],
  [search('brave', '{ allow: ["brave"] }'), true],
  [search('brave', '{ allow: ["Brave"] }'), true],
  [search('brave', '{ entries: { brave: { enabled: false } } }'), true],
  [search('brave', '{ deny: ["brave"] }'), false],
  [search('brave', '{ allow: ["google-gemini-cli"] }'), false],
  [search('kimi', '{ entries: { moonshot: {} } }'), true],
  [search('kimi', '{ entries: { kimi: {} } }'), true],
  [search('firecrawl-free', '{ allow: ["firecrawl-free"] }'), true],
  [search('codex'), false],
  [search('google'), false],
  [search('codex', '{ entries: { codex: {} } }'), true],
  [search('Codex', '{ entries: { codex: {} } }'), true],
  [search('lmstudio', '{ entries: { lmstudio: {} } }'), false],
  [search(''), false],
  [search('  '), false],
];

describeWithOpenClaw('the web-search provider rule is OpenClaw 2026.9.6’s own', () => {
  let oc: InstalledOpenClaw;
  let validator: SchemaValidator;
  let dir: string;
  beforeAll(async () => {
    oc = realOpenClaw();
    const bundled = await loadBundledSchema();
    validator = createSchemaValidator(bundled.schema, bundled.version);
    dir = mkdtempSync(path.join(os.tmpdir(), 'oc-web-search-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the bundled providers are the installed plugins’ contracts.webSearchProviders', () => {
    const extensions = path.join(path.dirname(oc.entry), 'dist', 'extensions');
    const found: Record<string, string> = {};
    for (const plugin of readdirSync(extensions)) {
      let manifest: { id?: string; contracts?: { webSearchProviders?: string[] } };
      try {
        manifest = JSON.parse(
          readFileSync(path.join(extensions, plugin, 'openclaw.plugin.json'), 'utf8'),
        ) as typeof manifest;
      } catch {
        continue; // a folder without a manifest is no plugin
      }
      for (const provider of manifest.contracts?.webSearchProviders ?? []) found[provider] = manifest.id ?? plugin;
    }
    expect(found).toEqual(BUNDLED_WEB_SEARCH_PROVIDERS);
  });

  it('the external providers are OpenClaw’s own install catalog (resolveWebSearchInstallCatalogEntries)', () => {
    const dist = path.join(path.dirname(oc.entry), 'dist');
    const chunk = readdirSync(dist).find(
      (f) =>
        f.startsWith('web-search-install-catalog-') &&
        /function resolveWebSearchInstallCatalogEntries/.test(readFileSync(path.join(dist, f), 'utf8')),
    );
    expect(chunk).toBeDefined();
    const home = mkdtempSync(path.join(os.tmpdir(), 'oc-web-search-home-'));
    try {
      const script = `const m = await import(${JSON.stringify(path.join(dist, chunk!))});
const fn = Object.values(m).find((f) => typeof f === 'function' && f.name === 'resolveWebSearchInstallCatalogEntries');
process.stdout.write('\\n' + JSON.stringify(Object.fromEntries(fn().map((e) => [e.provider.id, e.pluginId]))));`;
      const out = execFileSync(oc.node, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: 120_000,
        env: isolatedOpenClawEnv(outsideVitestEnv(), home),
      });
      expect(JSON.parse(out.slice(out.lastIndexOf('\n') + 1))).toEqual(EXTERNAL_WEB_SEARCH_PROVIDERS);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('every shape of the rule: our verdict is OpenClaw’s', async () => {
    const files = CASES.map(([text], i) => {
      const file = path.join(dir, `case-${i}.json5`);
      writeFileSync(file, text);
      return file;
    });
    const theirs = await openClawVerdicts(oc, files);
    const rows = CASES.map(([text, recorded], i) => ({
      text,
      recorded,
      openclaw: theirs[i]!.valid,
      ours: validator.validate(JSON5.parse(text)).length === 0,
    }));
    // OpenClaw still gives the verdicts recorded here, and ours equals them.
    expect(rows.filter((r) => r.openclaw !== r.recorded)).toEqual([]);
    expect(rows.filter((r) => r.ours !== r.openclaw)).toEqual([]);
  }, 120_000);
});
