/**
 * The state and default answers behind the fake API: one config file (the seed's hybrid block)
 * edited with the same shared operations the real writer uses and guarded by its base hash,
 * the recorded H100, LM Studio and exo machines (recorded.ts), keep-warm and the other settings.
 */
import { createPatch } from 'diff';
import type { CallInput, CallOutput } from '@shared/api/contract';
import type { CallName } from '@shared/api/names';
import { checkConfig } from '@shared/config/checks';
import { modelChain, providersOf, type ConfigObject } from '@shared/config/config-access';
import { MODEL_APIS } from '@shared/config/openclaw-schema';
import { applyOperations, type ConfigOperation } from '@shared/config/operations';
import { maskSecrets, maskSecretsInText } from '@shared/config/secrets';
import { summarizeConfig } from '@shared/config/summary';
import { clusterFit } from '@shared/cluster/cluster-fit';
import { adviseFit } from '@shared/fit/advisor';
import type { ClusterNode } from '@shared/cluster/cluster';
import type { MachineStatus } from '@shared/cluster/machines';
import type { CheckupEntry } from '@shared/checkup/types';
import { resolveEntry } from '@shared/rules/checkup/entry';
import { drillChain } from '@shared/rules/drill';
import { msg } from '@shared/i18n/message';
import type { KeepWarmReport, WarmLogEntry } from '@shared/servers/keep-warm-types';
import { Refusal } from './fake-errors';
import { EXO_NODES, h100Hardware, lmstudioProbe, seedHybridConfig } from './recorded';

export const CONFIG_PATH = '/home/user/.openclaw/openclaw.json';
/** The OpenClaw release the recorded validate output comes from (test/fixtures/openclaw-validate/). */
export const OPENCLAW_VERSION = '2026.9.6';
const AT = '2026-11-27T10:00:00.000Z';

type Handlers = { [K in CallName]: (input: CallInput<K>) => CallOutput<K> };

export interface FakeServices {
  config: ConfigObject;
  /** The file's hash; a save or preview against another one is refused as changed on disk. */
  hash: string;
  /** The saved versions before this one (undo). */
  history: { config: ConfigObject; hash: string }[];
  keepWarm: KeepWarmReport;
  machines: MachineStatus[];
  extraMachines: CallOutput<'setExtraMachines'>['extraMachines'];
  checkups: CheckupEntry[];
  openclawPath: string | null;
  language: CallOutput<'getLanguage'>;
  /** The config as the document shows it: every plaintext credential masked, as the real handler does. */
  readonly masked: ConfigObject;
  /** Writes `config` as if by another program: new hash, no event (push `configChanged` for that). */
  writeOutside(config: ConfigObject): void;
  handle(name: CallName, input: unknown): unknown;
}

/** `fitModel` as the services answer it for a catalog model on the recorded H100 (80 GB, 3,350 GB/s), nothing else on the GPU. */
function fakeFit(
  model: string,
  options: Pick<CallInput<'fitModel'>, 'quant' | 'context' | 'kvType' | 'parallel'>,
): CallOutput<'fitModel'> {
  const { kvType, parallel } = options;
  return {
    ...adviseFit({ modelId: model, ...options, budgetBytes: 80e9, bandwidthGBs: 3350, freeBytes: 80e9 }),
    resolved: { kind: 'catalog', ref: model, server: null },
    sources: { shape: null, weights: null },
    kvType: kvType ?? 'f16',
    parallel: parallel ?? 1,
    gpuProcesses: [],
  };
}

const json = (config: ConfigObject) => `${JSON.stringify(config, null, 2)}\n`;
const changedOnDisk = () =>
  new Refusal({ code: 'CONFIG_CHANGED_ON_DISK', text: msg('config.changedOnDisk', { path: CONFIG_PATH }) });
const notFound = (what: string) =>
  new Refusal({ code: 'NOT_FOUND', text: msg('common.unexpected', { detail: `${what} not found` }) });

export function createServices(): FakeServices {
  let saves = 0;
  const newHash = () => `sha256-fake-${++saves}`;

  const edit = (operations: ConfigOperation[], baseHash: string | null | undefined) => {
    if (baseHash !== undefined && baseHash !== state.hash) throw changedOnDisk();
    const { config, notes } = applyOperations(state.config, operations);
    const diff = maskSecretsInText(createPatch(CONFIG_PATH, json(state.config), json(config)), state.config, config);
    return { config, notes, diff, changed: json(config) !== json(state.config) };
  };
  const findings = (config: ConfigObject) => checkConfig(config, OPENCLAW_VERSION);
  const validation = { ran: true, valid: true, issues: [], warnings: [] };
  const thisMachine = (): ClusterNode => {
    const { report } = h100Hardware();
    return {
      id: 'this',
      label: report.gpus[0]!.model,
      chip: report.gpus[0]!.model,
      totalBytes: report.budget.bytes,
      availableBytes: report.budget.freeBytes,
      usableBytes: report.budget.bytes,
      usableIsEstimate: false,
    };
  };
  const machinesReport = (): CallOutput<'getMachines'> => {
    const exo = state.machines.find((m) => m.kind === 'exo');
    return {
      thisMachine: thisMachine(),
      machines: state.machines,
      manual: [],
      clusterNodes: exo ? exo.nodes : [thisMachine()],
      clusterSource: exo ? 'exo' : 'machines',
    };
  };
  const warm = (ref: string, method: WarmLogEntry['method'], result: WarmLogEntry['result']): WarmLogEntry => {
    const entry: WarmLogEntry = {
      at: AT,
      ref,
      method,
      result,
      latencyMs: 840,
      detail: result,
      text: msg('servers.warm.loaded'),
    };
    state.keepWarm = { ...state.keepWarm, log: [...state.keepWarm.log, entry] };
    return entry;
  };
  const checkupOf = (ref: string, index: number): CheckupEntry => {
    const [provider = null, ...rest] = ref.split('/');
    return {
      ref,
      role: index === 0 ? 'primary' : 'fallback',
      providerId: provider,
      modelId: rest.join('/') || null,
      serverKind: provider === 'lmstudio' ? 'lmstudio' : null,
      checks: [{ id: 'chain', status: 'pass', summary: msg('checkup.chain.noKeyLocal'), evidence: [] }],
      checkedAt: AT,
    };
  };
  const openclawInfo = (): CallOutput<'getOpenClawInfo'> => ({
    path: state.openclawPath ?? '/usr/local/bin/openclaw',
    source: state.openclawPath ? 'setting' : 'path',
    version: OPENCLAW_VERSION,
    problem: null,
    configuredPath: state.openclawPath,
    schema: { version: OPENCLAW_VERSION, source: 'installed', note: null },
  });
  const desktop: CallOutput<'getDesktopSettings'> = {
    available: false,
    menuBarOnly: false,
    openAtLogin: false,
    loginItemStatus: 'unsupported',
  };

  const handlers: Handlers = {
    getAppInfo: () => ({
      name: 'Claw Control',
      version: '0.1.0',
      platform: 'linux',
      arch: 'x64',
      nodeVersion: '20.19.0',
      electronVersion: null,
      host: 'headless',
    }),
    ping: ({ message }) => ({ pong: true, echo: message ?? null, at: AT }),
    getConfigSummary: () => ({
      path: CONFIG_PATH,
      source: 'default',
      state: 'ok',
      readOnly: false,
      readOnlyReason: null,
      readOnlyText: null,
      parseError: null,
      ioError: null,
      summary: summarizeConfig(state.config),
    }),
    getConfigDocument: () => ({
      path: CONFIG_PATH,
      source: 'default',
      exists: true,
      hash: state.hash,
      readOnly: false,
      readOnlyReason: null,
      config: state.masked,
      includes: [],
      sources: [],
      issues: [],
      findings: findings(state.config),
      openclawVersion: OPENCLAW_VERSION,
    }),
    revealSecret: ({ path }) => {
      const value = path.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], state.config);
      if (typeof value !== 'string') throw notFound(path.join('.'));
      return { path, value };
    },
    previewConfigEdit: ({ operations, baseHash }) => {
      const next = edit(operations, baseHash);
      const after = findings(next.config);
      const before = new Set(findings(state.config).map((f) => `${f.code}@${f.path}`));
      return {
        path: CONFIG_PATH,
        file: CONFIG_PATH,
        baseHash: state.hash,
        changed: next.changed,
        diff: next.diff,
        notes: next.notes,
        issues: [],
        findings: after,
        introduced: after.filter((f) => !before.has(`${f.code}@${f.path}`)),
        blockers: [],
        confirmations: [],
      };
    },
    saveConfigEdit: ({ operations, baseHash }) => {
      const next = edit(operations, baseHash);
      state.history.push({ config: state.config, hash: state.hash });
      state.config = next.config;
      state.hash = newHash();
      const { notes, diff } = next;
      return {
        path: CONFIG_PATH,
        file: CONFIG_PATH,
        hash: state.hash,
        diff,
        notes,
        backup: `${CONFIG_PATH}.bak`,
        openclaw: validation,
      };
    },
    undoLastSave: () => {
      const previous = state.history.pop();
      if (!previous) throw new Refusal({ code: 'NOT_FOUND', text: msg('config.undoNothing') });
      const diff = createPatch(CONFIG_PATH, json(state.config), json(previous.config));
      state.config = previous.config;
      state.hash = newHash();
      return { path: CONFIG_PATH, file: CONFIG_PATH, hash: state.hash, diff };
    },
    getUndoStatus: () =>
      state.history.length > 0
        ? { available: true, file: CONFIG_PATH, reason: null }
        : { available: false, file: null, reason: msg('config.undoNothing') },
    getConfigRepair: () => ({
      path: CONFIG_PATH,
      state: 'ok',
      problem: null,
      parseError: null,
      excerpt: [],
      baseHash: state.hash,
      backups: [],
    }),
    previewBackupRestore: () => ({ path: CONFIG_PATH, backup: `${CONFIG_PATH}.bak`, baseHash: state.hash, diff: '' }),
    restoreBackup: ({ baseHash }) => {
      if (baseHash !== null && baseHash !== state.hash) throw changedOnDisk();
      return {
        path: CONFIG_PATH,
        file: CONFIG_PATH,
        hash: state.hash,
        diff: '',
        notes: [],
        backup: `${CONFIG_PATH}.bak`,
        openclaw: validation,
      };
    },
    validateConfigFile: () => ({
      path: CONFIG_PATH,
      issues: [],
      findings: findings(state.config),
      openclawVersion: OPENCLAW_VERSION,
      openclaw: validation,
      verdict: {
        valid: validation.valid,
        by: validation.ran ? ('openclaw' as const) : ('schema' as const),
        disagreement: null,
      },
    }),
    // The pre-upgrade check (CLI only for now): the fake's config loads in the release it is asked about.
    checkUpgrade: ({ release }) => ({
      path: CONFIG_PATH,
      version: release ?? OPENCLAW_VERSION,
      schema: 'fake',
      loads: true,
      issues: [],
      renamed: [],
    }),
    getHardware: () => ({ ...h100Hardware(), extraMachines: state.extraMachines }),
    setExtraMachines: ({ machines }) => {
      state.extraMachines = machines;
      return { extraMachines: machines };
    },
    getMachines: machinesReport,
    addMachine: ({ kind, url, label }) => {
      const id = `m${state.machines.length + 1}`;
      state.machines = [
        ...state.machines,
        {
          id,
          kind,
          label: label || url,
          url,
          hasToken: false,
          state: 'ok',
          problem: null,
          nodes: kind === 'exo' ? EXO_NODES : [],
          instances: [],
          servers: [],
          keptWarm: [],
          checkedAt: AT,
        },
      ];
      return machinesReport();
    },
    removeMachine: ({ id }) => {
      if (!state.machines.some((m) => m.id === id)) throw notFound(id);
      state.machines = state.machines.filter((m) => m.id !== id);
      return machinesReport();
    },
    fitOnCluster: ({ model, quant, context }) => {
      const report = machinesReport();
      const fit = clusterFit(
        { modelId: model, ...(quant ? { quant } : {}), ...(context ? { context } : {}) },
        report.clusterNodes,
      );
      return { fit, clusterSource: report.clusterSource };
    },
    // No GGUF header is recorded in the repo: plausible figures for an 8B Q4_K_M file.
    readGguf: () => ({
      architecture: 'llama',
      weightBytes: 4_920_000_000,
      kvBytesPerTokenF16: 131072,
      maxContext: 131072,
    }),
    // The catalog's answer on the recorded H100 budget (the panel does not call it yet).
    fitModel: ({ model, quant, context, kvType, parallel }) => fakeFit(model, { quant, context, kvType, parallel }),
    // Each name as fitModel answers it; a name with no slash is not a provider/model (a NOT_FOUND problem).
    fitModels: ({ models, kvType, parallel }) => ({
      results: models.map((item) => {
        const { model, context } = typeof item === 'string' ? { model: item, context: undefined } : item;
        return model.includes('/')
          ? { model, fit: fakeFit(model.split('/').slice(1).join('/'), { context, kvType, parallel }), problem: null }
          : { model, fit: null, problem: { code: 'NOT_FOUND' as const, message: msg('fit.unknownModel', { model }) } };
      }),
    }),
    probeServer: ({ baseUrl }) => lmstudioProbe(baseUrl),
    getServerStatuses: () => ({
      servers: Object.entries(providersOf(state.config))
        .map(([providerId, provider]) => ({
          providerId,
          baseUrl: ((url: unknown) => (typeof url === 'string' ? url : ''))(
            (provider as { baseUrl?: unknown }).baseUrl,
          ),
        }))
        .filter((s) => /^https?:\/\/(127\.0\.0\.1|localhost)\b/.test(s.baseUrl))
        .map((s) => ({ ...s, probe: lmstudioProbe(s.baseUrl) })),
    }),
    getKeepWarm: () => state.keepWarm,
    setKeepWarm: ({ ref, keep }) => {
      const kept = state.keepWarm.kept.filter((k) => k.ref !== ref);
      if (keep) kept.push({ ref, method: 'lmstudio-load', lastResult: null, nextAt: AT, failures: 0 });
      state.keepWarm = { ...state.keepWarm, kept };
      return state.keepWarm;
    },
    warmModel: ({ ref }) => warm(ref, 'lmstudio-load', 'loaded'),
    reloadModel: ({ ref }) => warm(ref, 'reload', 'reloaded'),
    unloadModel: ({ ref }) => warm(ref, 'unload', 'unloaded'),
    runDoctor: () => ({ path: CONFIG_PATH, findings: findings(state.config) }),
    runCheckup: ({ refs }) => {
      const { primary, fallbacks } = modelChain(state.config);
      const chain = [primary, ...fallbacks].filter((r): r is string => !!r);
      const entries = (refs?.length ? refs : chain).map((ref) => checkupOf(ref, chain.indexOf(ref)));
      state.checkups = [...state.checkups.filter((e) => !entries.some((n) => n.ref === e.ref)), ...entries];
      return { checkedAt: AT, entries };
    },
    getCheckup: () => ({ checkedAt: AT, entries: state.checkups }),
    // The real drill rules over the fake config: every local entry answers (as the recorded LM Studio does).
    // The seed config has no memory search: no embedding server.
    checkEmbeddings: () => [],
    runDrill: () => {
      const { primary, fallbacks } = modelChain(state.config);
      const chain = [primary, ...fallbacks].filter((r): r is string => !!r);
      const entries = chain.map((ref, i) => {
        const entry = resolveEntry(state.config, ref);
        const local = entry.location !== 'hosted' && !!entry.provider;
        return {
          ref,
          role: i === 0 ? ('primary' as const) : ('fallback' as const),
          entry,
          ask: local ? { outcome: 'answers' as const, status: 200, error: null, timeoutSeconds: 120 } : null,
        };
      });
      return {
        checkedAt: AT,
        openclawVersion: OPENCLAW_VERSION,
        ...drillChain({ config: state.config, env: {}, openclawVersion: OPENCLAW_VERSION, entries }),
      };
    },
    getDesktopSettings: () => desktop,
    setDesktopSettings: (input) => ({ ...desktop, ...input }),
    getOpenClawInfo: openclawInfo,
    setOpenClawPath: ({ path }) => {
      state.openclawPath = path;
      return openclawInfo();
    },
    getSchemaHelp: () => ({
      version: OPENCLAW_VERSION,
      source: 'installed',
      tree: { props: { models: { title: 'Models', props: { mode: { values: ['merge', 'replace'] } } } } },
      apis: [...MODEL_APIS],
    }),
    previewQuoteRepair: () => ({ path: CONFIG_PATH, baseHash: state.hash, diff: '' }),
    repairQuotes: ({ baseHash }) => {
      if (baseHash !== state.hash) throw changedOnDisk();
      return {
        path: CONFIG_PATH,
        file: CONFIG_PATH,
        hash: state.hash,
        diff: '',
        notes: [],
        backup: null,
        openclaw: validation,
      };
    },
    getLanguage: () => state.language,
    setLanguage: ({ choice }) => {
      state.language = { choice };
      return state.language;
    },
  };

  const state: FakeServices = {
    config: seedHybridConfig(),
    hash: newHash(),
    history: [],
    keepWarm: { kept: [], log: [] },
    machines: [],
    extraMachines: [],
    checkups: [],
    openclawPath: null,
    language: { choice: null },
    get masked() {
      return maskSecrets(state.config) as ConfigObject;
    },
    writeOutside(config) {
      state.config = config;
      state.hash = newHash();
    },
    handle: (name, input) => (handlers[name] as (input: unknown) => unknown)(input),
  };
  return state;
}
