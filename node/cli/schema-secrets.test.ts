/**
 * Issue 25 item 2: a value planted in every field OpenClaw's schema marks sensitive never
 * reaches the config document, a preview's diff or `--dry-run` (text and --json).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { createServices } from '@node/host/services';
import { createHandlers } from '@node/api/handlers';
import { loadBundledSchema } from '@node/services/openclaw/schema-source';
import { SCHEMA_SENSITIVE_PATHS } from '@shared/config/schema-sensitive';
import { cli } from '@test/helpers/cli';
import { plantSecrets } from '@test/helpers/plant-secrets';
import { tempDir } from '@test/helpers/temp-dir';

const SEED = path.resolve(__dirname, '../../test/fixtures/configs/seed-hybrid.json5');

describe('secrets by schema: document, preview and --dry-run', () => {
  it('shows none of the values planted in the 130+ sensitive fields', async () => {
    const { schema } = await loadBundledSchema();
    const config = JSON5.parse<Record<string, unknown>>(await readFile(SEED, 'utf8'));
    const planted = plantSecrets(config, schema, SCHEMA_SENSITIVE_PATHS);
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    // One line: the layout swap changes it, so the diff quotes every planted value.
    await writeFile(file, `${JSON.stringify(config)}\n`);
    const env = { HOME: dir, PATH: '', CLAW_CONTROL_STATE_DIR: path.join(dir, 'state') };
    const services = createServices({
      host: 'cli',
      appVersion: '0',
      configFlag: file,
      env,
      stateDir: env.CLAW_CONTROL_STATE_DIR,
    });
    const handlers = createHandlers(services);

    const document = JSON.stringify(await handlers.getConfigDocument({}));
    const preview = JSON.stringify(
      await handlers.previewConfigEdit({ operations: [{ op: 'applyLayout', layout: 'local-first' }] }),
    );
    expect(preview).toContain('lmstudio/minimax-m2.1-gs32');
    const dry = await cli(['--config', file, 'models', 'layout', 'local-first', '--dry-run'], env);
    const dryJson = await cli(['--config', file, 'models', 'layout', 'local-first', '--dry-run', '--json'], env);
    expect(dry.stdout).toMatch(/^[-+]\{/m);

    const surfaces = {
      document,
      preview,
      dryRun: dry.stdout + dry.stderr,
      dryRunJson: dryJson.stdout + dryJson.stderr,
    };
    const leaks = Object.entries(surfaces).flatMap(([surface, text]) =>
      planted.filter(({ value }) => text.includes(value)).map(({ path: p }) => `${surface}: ${p}`),
    );
    expect(leaks).toEqual([]);
  });
});
