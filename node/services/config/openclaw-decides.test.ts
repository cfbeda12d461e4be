// When OpenClaw is installed its verdict decides a save: our schema's objection alone never refuses what it accepts.
import path from 'node:path';
import { copyFile, readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import type { ConfigObject } from '@shared/config/config-access';
import type { ConfigIssue } from '@shared/config/validate';
import { tempDir } from '@test/helpers/temp-dir';
import { faultText } from '@test/helpers/fault-text';
import { createConfigStore } from './config-store';
import type { OpenClawValidation } from './openclaw-validator';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/configs');
const LOCAL_FIRST = [{ op: 'applyLayout' as const, layout: 'local-first' as const }];
/** Our schema objects to the edited result only (the primary it sets), as a stricter-than-OpenClaw check would. */
const objects = async (config: ConfigObject): Promise<ConfigIssue[]> =>
  JSON.stringify(config).includes('"primary":"lmstudio/')
    ? [{ path: 'agents.defaults.model.primary', message: 'Invalid input' }]
    : [];

async function setup(verdict: OpenClawValidation) {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await copyFile(path.join(FIXTURES, 'seed-hybrid.json5'), file);
  const store = createConfigStore({
    resolvePath: () => ({ path: file, source: 'flag' }),
    env: {},
    stateDir: path.join(dir, 'state'),
    openclawValidate: async () => verdict,
    schemaValidate: objects,
    openclawVersion: async () => '2026.9.6',
  });
  return { file, store };
}

describe('OpenClaw decides when it is installed', () => {
  it('saves what OpenClaw accepts although our schema objects, says so, and logs the disagreement as our defect', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { file, store } = await setup({ ran: true, valid: true, issues: [], warnings: [] });
    const saved = await store.save(LOCAL_FIRST);
    expect(await readFile(file, 'utf8')).toContain('primary: "lmstudio/minimax-m2.1-gs32"');
    expect(saved.notes.map((n) => n.code)).toContain('openclawReading.weRefuse');
    expect(log.mock.calls.flat().join(' ')).toMatch(/\[openclaw\] defect: our schema check refuses/);
    log.mockRestore();
  });

  it('refuses what both refuse, and what ours refuses where OpenClaw did not run', async () => {
    for (const verdict of [
      { ran: true, valid: false, issues: [{ path: 'agents', message: 'Invalid input' }], warnings: [] },
      { ran: false, valid: true, issues: [], warnings: [] },
    ]) {
      const { file, store } = await setup(verdict);
      const before = await readFile(file, 'utf8');
      const error = await store.save(LOCAL_FIRST).catch((e: unknown) => e);
      expect(faultText(error)).toMatch(/^Not saved: agents\.defaults\.model\.primary/);
      expect(await readFile(file, 'utf8')).toBe(before);
    }
  });

  it('validate: OpenClaw’s verdict stands when it answered (our objection is a note), ours when it did not', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const accepted = await setup({ ran: true, valid: true, issues: [], warnings: [] });
    await accepted.store.save(LOCAL_FIRST);
    const report = await accepted.store.validate();
    expect(report.issues.map((i) => i.path)).toEqual(['agents.defaults.model.primary']);
    expect(report.verdict).toMatchObject({ valid: true, by: 'openclaw' });
    expect(report.verdict.disagreement?.code).toBe('openclawReading.weRefuse');

    const alone = await setup({ ran: false, valid: true, issues: [], warnings: [] });
    const text = await readFile(accepted.file, 'utf8');
    await import('node:fs/promises').then((fs) => fs.writeFile(alone.file, text));
    expect((await alone.store.validate()).verdict).toEqual({ valid: false, by: 'schema', disagreement: null });
    log.mockRestore();
  });
});
