import { describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import { englishOf } from '@locales/translate';
import { createDispatcher } from './dispatcher';
import type { Handlers } from './handlers';

const unused = async (): Promise<never> => {
  throw new Error('not used');
};

function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    getConfigDocument: unused,
    revealSecret: unused,
    previewConfigEdit: unused,
    saveConfigEdit: unused,
    undoLastSave: unused,
    validateConfigFile: unused,
    checkUpgrade: unused,
    getHardware: unused,
    setExtraMachines: unused,
    getMachines: unused,
    addMachine: unused,
    removeMachine: unused,
    fitOnCluster: unused,
    readGguf: unused,
    fitModel: unused,
    fitModels: unused,
    probeServer: unused,
    getServerStatuses: unused,
    getKeepWarm: unused,
    setKeepWarm: unused,
    warmModel: unused,
    reloadModel: unused,
    unloadModel: unused,
    runDoctor: unused,
    runCheckup: unused,
    getCheckup: unused,
    runDrill: unused,
    checkEmbeddings: unused,
    getDesktopSettings: unused,
    setDesktopSettings: unused,
    getOpenClawInfo: unused,
    setOpenClawPath: unused,
    getSchemaHelp: unused,
    previewQuoteRepair: unused,
    repairQuotes: unused,
    getUndoStatus: unused,
    getConfigRepair: unused,
    previewBackupRestore: unused,
    restoreBackup: unused,
    getLanguage: unused,
    setLanguage: unused,
    getAppInfo: vi.fn(async () => ({
      name: 'Claw Control',
      version: '1.2.3',
      platform: 'linux',
      arch: 'x64',
      nodeVersion: '20',
      electronVersion: null,
      host: 'cli' as const,
    })),
    ping: vi.fn(async (input) => ({ pong: true as const, echo: input.message ?? null, at: 'now' })),
    getConfigSummary: vi.fn(async () => {
      throw new Error('not used');
    }),
    ...overrides,
  };
}

describe('dispatcher', () => {
  it('runs a valid call and returns its data', async () => {
    const dispatcher = createDispatcher(fakeHandlers());
    await expect(dispatcher.call('ping', { message: 'hi' })).resolves.toEqual({
      ok: true,
      data: { pong: true, echo: 'hi', at: 'now' },
    });
  });

  it('treats a missing payload as an empty input', async () => {
    const handlers = fakeHandlers();
    const result = await createDispatcher(handlers).call('getAppInfo', undefined);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a wrong type', { message: 42 }, 'message'],
    ['an unknown key', { message: 'x', extra: true }, '(input)'],
    ['a too long value', { message: 'x'.repeat(201) }, 'message'],
    ['a non-object', 'hello', '(input)'],
    ['an array', ['a'], '(input)'],
  ])('rejects %s without running the handler', async (_label, payload, path) => {
    const handlers = fakeHandlers();
    const result = await createDispatcher(handlers).call('ping', payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect((result.error.details as { issues: { path: string }[] }).issues[0]!.path).toBe(path);
    expect(handlers.ping).not.toHaveBeenCalled();
  });

  it.each(['nope', '__proto__', 'constructor', 42, null])('rejects the unknown call %j', async (name) => {
    const result = await createDispatcher(fakeHandlers()).call(name, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it('passes an AppError through with its problem as it is', async () => {
    const said = msg('config.malformedAt', {
      path: 'openclaw.json',
      line: 3,
      column: 12,
      detail: 'invalid character',
      remedy: msg('config.remedyByHand'),
    });
    const handlers = fakeHandlers({
      getConfigSummary: async () => {
        throw new AppError('CONFIG_MALFORMED', said, { line: 3 });
      },
    });
    await expect(createDispatcher(handlers).call('getConfigSummary', {})).resolves.toEqual({
      ok: false,
      error: { code: 'CONFIG_MALFORMED', message: said, details: { line: 3 } },
    });
  });

  it('hides an unexpected error behind a generic message (no stack, no secret)', async () => {
    const logError = vi.fn();
    const handlers = fakeHandlers({
      getConfigSummary: async () => {
        throw new Error('apiKey sk-secret-123 leaked at /home/me');
      },
    });
    const result = await createDispatcher(handlers, { logError, english: englishOf }).call('getConfigSummary', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: { code: 'common.internal', params: { call: 'getConfigSummary' } } },
    });
    expect(JSON.stringify(result)).not.toContain('sk-secret');
    // The log gets the cause, and the same words in English from the catalog.
    expect(logError).toHaveBeenCalledOnce();
    expect(logError.mock.calls[0]![0]).toContain('getConfigSummary failed unexpectedly; the details are in the log.');
    expect(logError.mock.calls[0]![0]).toContain('sk-secret-123');
  });

  it('refuses a handler result that breaks the contract', async () => {
    const handlers = fakeHandlers({
      getAppInfo: async () => ({ name: 'x' }) as never,
    });
    const result = await createDispatcher(handlers, { logError: () => {} }).call('getAppInfo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('input depth (issue 25, item 9)', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
    return value;
  };

  it('refuses an input nested 5,000 deep as invalid input, in words, before any handler runs', async () => {
    const previewConfigEdit = vi.fn(unused);
    const dispatcher = createDispatcher(fakeHandlers({ previewConfigEdit }));
    const payload = { operations: [{ op: 'addProvider', id: 'deep', provider: { baseUrl: nested(5000) } }] };
    const result = await dispatcher.call('previewConfigEdit', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(result.ok ? '' : englishOf(result.error.message)).toBe(
      'Not accepted: (input) is nested more than 64 levels deep',
    );
    expect(previewConfigEdit).not.toHaveBeenCalled();
  });

  it('lets a real input through, and refuses one past the limit or too many shared values', async () => {
    const dispatcher = createDispatcher(fakeHandlers());
    expect(await dispatcher.call('ping', { message: 'hi' })).toMatchObject({ ok: true });
    const { nestsTooDeep } = await import('./dispatcher');
    expect(nestsTooDeep(nested(64))).toBe(false);
    expect(nestsTooDeep(nested(65))).toBe(true);
    // An IPC payload may share one array everywhere: 2^40 paths are refused, not walked.
    let shared: unknown = [];
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    expect(nestsTooDeep(shared)).toBe(true);
  });
});
