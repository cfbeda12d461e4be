/**
 * Read-only is decided once, by the config reader (config-reader.ts): the document the
 * editor loads and the summary the Overview shows say the same for the env switch and a
 * 0444 file (getConfigDocument once decided it again by itself).
 */
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { createServices } from '@node/host/services';
import { createHandlers } from './handlers';

async function handlersFor(env: Record<string, string> = {}) {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await writeFile(file, '{ agents: { defaults: { model: { primary: "lmstudio/x" } } } }\n');
  const services = createServices({
    host: 'cli',
    appVersion: '0',
    configFlag: file,
    env: { HOME: dir, PATH: '', ...env },
    stateDir: path.join(dir, 'state'),
  });
  return { handlers: createHandlers(services), file };
}

describe('read-only: one decision for the document and the summary', () => {
  it.each([
    ['OPENCLAW_CONFIG_READONLY=1', { OPENCLAW_CONFIG_READONLY: '1' }, false],
    ['OPENCLAW_NIX_MODE=1', { OPENCLAW_NIX_MODE: '1' }, false],
    ['a 0444 file', {}, true],
    ['a writable file', {}, false],
  ] as const)('%s', async (name, env, chmodIt) => {
    const { handlers, file } = await handlersFor(env);
    if (chmodIt) await chmod(file, 0o444);
    const [document, summary] = await Promise.all([handlers.getConfigDocument({}), handlers.getConfigSummary({})]);
    expect({ readOnly: document.readOnly, reason: document.readOnlyReason }).toEqual({
      readOnly: summary.readOnly,
      reason: summary.readOnlyReason,
    });
    expect(document.readOnly).toBe(name !== 'a writable file');
  });
});
