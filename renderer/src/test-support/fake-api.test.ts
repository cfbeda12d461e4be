/** The fake API keeps to the contract: every default answer passes it, a drifting answer fails the test, errors are envelopes. */
import { afterEach, describe, expect, it } from 'vitest';
import type { CallInput } from '@shared/api/contract';
import { ApiCallError } from '@shared/api/problem';
import { createTranslator } from '@locales/translate';
import { CALL_NAMES, type CallName } from '@shared/api/names';
import { msg } from '@shared/i18n/message';
import { createFakeApi, errorEnvelope } from './fake-api';
import { CONFIG_PATH } from './fake-services';

/** One valid input per call (the contract's input schemas refuse anything else). */
const INPUTS: { [K in CallName]: CallInput<K> } = {
  getAppInfo: {},
  ping: { message: 'hi' },
  getConfigSummary: {},
  getConfigDocument: {},
  revealSecret: { path: ['models', 'providers', 'lmstudio', 'apiKey'] },
  previewConfigEdit: { operations: [{ op: 'setMode', mode: 'replace' }] },
  saveConfigEdit: { operations: [{ op: 'setMode', mode: 'replace' }] },
  undoLastSave: {},
  getUndoStatus: {},
  getConfigRepair: {},
  previewBackupRestore: { index: 0 },
  restoreBackup: { index: 0, baseHash: null },
  validateConfigFile: {},
  checkUpgrade: { schemaPath: '/tmp/schema.json', release: '2026.9.7' },
  getHardware: {},
  setExtraMachines: { machines: [{ label: 'spare', memoryBytes: 64e9 }] },
  getMachines: {},
  addMachine: { kind: 'exo', url: 'http://10.0.0.5:52415' },
  removeMachine: { id: 'm1' },
  fitOnCluster: { model: 'minimax-m2.1' },
  readGguf: { path: '/models/x.gguf' },
  fitModel: { model: 'gpt-oss-20b', kvType: 'q8_0' },
  fitModels: { models: ['lmstudio/qwen/qwen3-4b-2507'] },
  probeServer: { baseUrl: 'http://127.0.0.1:1234/v1' },
  getServerStatuses: {},
  getKeepWarm: {},
  setKeepWarm: { ref: 'lmstudio/minimax-m2.1-gs32', keep: true },
  warmModel: { ref: 'lmstudio/minimax-m2.1-gs32' },
  reloadModel: { ref: 'lmstudio/minimax-m2.1-gs32' },
  unloadModel: { ref: 'lmstudio/minimax-m2.1-gs32' },
  runDoctor: {},
  runCheckup: {},
  getCheckup: {},
  runDrill: {},
  checkEmbeddings: {},
  getDesktopSettings: {},
  setDesktopSettings: { openAtLogin: true },
  getOpenClawInfo: {},
  setOpenClawPath: { path: '/opt/openclaw/bin/openclaw' },
  getSchemaHelp: {},
  previewQuoteRepair: {},
  repairQuotes: { baseHash: 'set when called' },
  getLanguage: {},
  setLanguage: { choice: 'zh-CN' },
};

let fake = createFakeApi();
afterEach(() => {
  fake = createFakeApi();
});

describe('the fake API', () => {
  it('answers every call of the contract with what its output schema accepts', async () => {
    // In CALL_NAMES order, so removeMachine finds the machine addMachine added and undo the save before it.
    for (const name of CALL_NAMES) {
      // The quote repair is made against the file as it is now (after the save and the undo above).
      const input = name === 'repairQuotes' ? { baseHash: fake.services.hash } : INPUTS[name];
      const envelope = await fake.transport.call(name, input);
      expect(envelope, name).toMatchObject({ ok: true });
    }
    expect(fake.violations).toEqual([]);
    expect(fake.calls.map((c) => c.name)).toEqual([...CALL_NAMES]);
  });

  it('refuses a scripted answer that drifts from the contract when the test scripts it', () => {
    expect(() => fake.answer('getHardware', { report: null, extraMachines: [] } as never)).toThrow(
      /getHardware does not match the contract/,
    );
  });

  it('turns an answer that drifts at call time into an INTERNAL error and a failing expectClean', async () => {
    fake.answer('getKeepWarm', () => ({ kept: 'none' }) as never);
    await expect(fake.api.getKeepWarm()).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(() => fake.expectClean()).toThrow(/getKeepWarm answered what the contract refuses: kept/);
  });

  it('refuses an input the contract refuses, as the dispatcher does', async () => {
    await expect(fake.api.setKeepWarm({ ref: 'x', keep: true })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      problem: { message: { code: 'common.invalidInput', params: { path: 'ref' } } },
    });
    expect(fake.violations).toEqual([]);
  });

  it('a scripted error reaches the caller as the API error, once', async () => {
    const text = msg('config.changedOnDisk', { path: CONFIG_PATH });
    fake.fail('getConfigDocument', { code: 'CONFIG_CHANGED_ON_DISK', text });
    const error = await fake.api.getConfigDocument().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ code: 'CONFIG_CHANGED_ON_DISK', problem: { message: text } });
    expect(createTranslator('en').message((error as ApiCallError).problem.message)).toBe(
      `${CONFIG_PATH} changed on disk since it was loaded. Reload it before saving.`,
    );
    await expect(fake.api.getConfigDocument()).resolves.toMatchObject({ path: CONFIG_PATH });
  });

  it('refuses to script an error whose words no catalog has', () => {
    expect(() => errorEnvelope({ code: 'INTERNAL', text: msg('no.such.code') })).toThrow(/no\.such\.code/);
  });

  it('holds a call until the test releases it, and pushes events only to current listeners', async () => {
    const pending = fake.hold('getAppInfo');
    let done = false;
    const call = fake.api.getAppInfo().then((info) => ((done = true), info));
    expect(await pending.arrived).toEqual({});
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(false);
    pending.release();
    await expect(call).resolves.toMatchObject({ host: 'headless' });

    const seen: string[] = [];
    const off = fake.api.on('configChanged', (e) => seen.push(e.change));
    fake.push('configChanged', { path: CONFIG_PATH, change: 'changed' });
    off();
    fake.push('configChanged', { path: CONFIG_PATH, change: 'removed' });
    expect(seen).toEqual(['changed']);
    expect(() => fake.push('configChanged', { path: CONFIG_PATH, change: 'moved' } as never)).toThrow(/contract/);
  });

  it('guards saves with the base hash, as the real writer does', async () => {
    const { hash } = await fake.api.getConfigDocument();
    fake.services.writeOutside({ ...fake.services.config, gateway: { mode: 'local' } });
    await expect(
      fake.api.saveConfigEdit({ operations: [{ op: 'setMode', mode: 'replace' }], baseHash: hash }),
    ).rejects.toMatchObject({ code: 'CONFIG_CHANGED_ON_DISK' });
    expect(fake.services.config.models).toMatchObject({ mode: 'merge' });
  });
});
