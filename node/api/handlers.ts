/**
 * Maps each call in the contract to the service that answers it. This is the only
 * place that knows both the contract and the services.
 */
import type { CallInput, CallOutput } from '@shared/api/contract';
import type { CallName } from '@shared/api/names';
import { checkConfig } from '@shared/config/checks';
import { isSecretPath, maskSecrets, valueAt } from '@shared/config/secrets';
import { msg } from '@shared/i18n/message';
import { AppError } from '@shared/api/problem';
import type { Services } from '@node/services/container';
import { includeSources } from '@node/services/config/include-writes';
import { repairView } from '@node/services/config/repair-view';
import { doctor, validate } from '@node/services/doctor';
import { checkUpgrade } from '@node/services/openclaw/upgrade-check';
import { readGgufFacts } from '@node/services/hardware/gguf';
import { fitOnCluster } from '@node/services/machines/fit-on-cluster';
import { fitModel } from '@node/services/fit/fit-model';
import { fitModels } from '@node/services/fit/fit-many';
import { memoByValue } from '@node/services/config/parsed-cache';
import type { ConfigObject } from '@shared/config/config-access';

export type Handlers = {
  [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>>;
};

async function desktopSettings(services: Services) {
  const settings = await services.settings.get();
  const login = services.desktop?.loginItem() ?? { openAtLogin: false, status: 'unsupported' as const };
  return {
    available: services.desktop !== null,
    menuBarOnly: settings.menuBarOnly,
    openAtLogin: login.openAtLogin,
    loginItemStatus: login.status,
  };
}

/** What the document sends about an unchanged (cached) config is computed once, not per call. */
const maskedConfig = memoByValue((config: ConfigObject) => maskSecrets(config) as Record<string, unknown>);
/** Per installed OpenClaw version: the findings are judged for the release the user runs. */
const findingsByVersion = new Map<string | null, (config: ConfigObject) => ReturnType<typeof checkConfig>>();
function findingsOf(config: ConfigObject, openclawVersion: string | null) {
  let findings = findingsByVersion.get(openclawVersion);
  if (!findings)
    findingsByVersion.set(
      openclawVersion,
      (findings = memoByValue((c: ConfigObject) => checkConfig(c, openclawVersion))),
    );
  return findings(config);
}
type SchemaValidator = Awaited<ReturnType<Services['openclaw']['validator']>>;
const issuesByValidator = new WeakMap<
  SchemaValidator,
  (config: ConfigObject) => ReturnType<SchemaValidator['validate']>
>();
function schemaIssues(validator: SchemaValidator, config: ConfigObject) {
  let issues = issuesByValidator.get(validator);
  if (!issues) issuesByValidator.set(validator, (issues = memoByValue((c: ConfigObject) => validator.validate(c))));
  return issues(config);
}

export function createHandlers(services: Services): Handlers {
  return {
    async getAppInfo() {
      return {
        name: 'Claw Control',
        version: services.options.appVersion,
        platform: process.platform,
        arch: process.arch,
        nodeVersion: process.versions.node,
        electronVersion: services.options.electronVersion,
        host: services.options.host,
      };
    },
    async ping(input) {
      return { pong: true, echo: input.message ?? null, at: new Date().toISOString() };
    },
    getConfigSummary: () => services.config.getSummary(),
    async getConfigDocument() {
      const { source } = services.config.resolvePath();
      const [loaded, installed] = await Promise.all([services.configStore.load(), services.openclaw.installed()]);
      // Read-only as the one reader decided it (env, file mode, a file that does not parse).
      const reason = loaded.readOnly;
      return {
        path: loaded.path,
        source,
        exists: loaded.exists,
        hash: loaded.hash,
        readOnly: reason !== null,
        readOnlyReason: reason,
        // The config as OpenClaw reads it: included providers are edited like any other, and each
        // save goes to the file that holds the change (config-store.ts, include-writes.ts). Without
        // includes the resolved value is the cached parsed one, so the derived parts are memoised.
        config: maskedConfig(loaded.resolved),
        ...includeSources(loaded),
        issues: schemaIssues(await services.openclaw.validator(), loaded.resolved),
        findings: findingsOf(loaded.resolved, installed.version),
        openclawVersion: installed.version,
      };
    },
    async revealSecret(input) {
      const loaded = await services.configStore.load();
      const value = valueAt(loaded.resolved, input.path);
      if (!isSecretPath(input.path) || typeof value !== 'string') {
        throw new AppError('NOT_FOUND', msg('safety.secretNotFound', { path: input.path.join('.') }));
      }
      return { path: input.path, value };
    },
    async previewConfigEdit(input) {
      const {
        text: _text,
        fileHash: _fileHash,
        resolvedAfter: _after,
        ...preview
      } = await services.configStore.preview(input.operations, input.baseHash);
      return preview;
    },
    saveConfigEdit: (input) => services.configStore.save(input.operations, input.baseHash, input.confirm ?? false),
    undoLastSave: () => services.configStore.undo(),
    getUndoStatus: () => services.configStore.undoStatus(),
    getConfigRepair: () => repairView(services.config.resolvePath().path),
    async previewBackupRestore(input) {
      const { text: _text, before: _before, ...preview } = await services.configStore.previewRestore(input.index);
      return preview;
    },
    restoreBackup: (input) => services.configStore.restoreBackup(input.index, input.baseHash),
    validateConfigFile: () => validate(services),
    async checkUpgrade(input) {
      const doc = await services.config.document();
      if (!doc.exists) throw new AppError('NOT_FOUND', msg('config.noConfig', { path: doc.path }));
      return checkUpgrade(doc.path, doc.resolved, input, services.options.env);
    },
    async getHardware(input) {
      const [report, settings] = await Promise.all([
        services.hardware.get(input.refresh ?? false),
        services.settings.get(),
      ]);
      return { report, extraMachines: settings.extraMachines };
    },
    readGguf: (input) => readGgufFacts(input.path, services.options.env),
    fitModel: (input) => fitModel(services, input),
    fitModels: (input) => fitModels(services, input),
    probeServer: (input) => services.servers.probe(input.baseUrl, input.apiKey, input.checkResponses ?? false),
    async getServerStatuses(input) {
      return { servers: await services.servers.statuses(input.refresh ?? false) };
    },
    getKeepWarm: async () => services.servers.keepWarm.report(),
    setKeepWarm: (input) => services.servers.setKept(input.ref, input.keep),
    warmModel: (input) => services.servers.keepWarm.warmNow(input.ref),
    reloadModel: (input) => services.servers.keepWarm.reload(input.ref),
    unloadModel: (input) => services.servers.keepWarm.unload(input.ref),
    runDoctor: () => doctor(services),
    runCheckup: (input) => services.checkup.run(input),
    getCheckup: async () => services.checkup.cached(),
    runDrill: () => services.checkup.drill(),
    checkEmbeddings: () => services.checkup.embeddings(),
    getDesktopSettings: () => desktopSettings(services),
    async setDesktopSettings(input) {
      const desktop = services.desktop;
      if (!desktop) throw new AppError('NOT_FOUND', msg('common.desktopOnly'));
      if (input.menuBarOnly !== undefined) {
        desktop.setMenuBarOnly(input.menuBarOnly);
        await services.settings.update({ menuBarOnly: input.menuBarOnly });
      }
      if (input.openAtLogin !== undefined) desktop.setOpenAtLogin(input.openAtLogin);
      return desktopSettings(services);
    },
    getOpenClawInfo: () => services.openclaw.info(),
    setOpenClawPath: (input) => services.openclaw.setPath(input.path),
    getSchemaHelp: () => services.openclaw.help(),
    getLanguage: async () => ({ choice: await services.language.choice() }),
    setLanguage: async (input) => ({ choice: await services.language.setChoice(input.choice) }),
    async previewQuoteRepair() {
      const { text: _text, ...preview } = await services.configStore.previewQuoteRepair();
      return preview;
    },
    repairQuotes: (input) => services.configStore.repairQuotes(input.baseHash),
    async setExtraMachines(input) {
      const settings = await services.settings.update({ extraMachines: input.machines });
      return { extraMachines: settings.extraMachines };
    },
    getMachines: () => services.machines.report(),
    addMachine: (input) => services.machines.add(input),
    removeMachine: (input) => services.machines.remove(input.id),
    fitOnCluster: (input) => fitOnCluster(services, input),
  };
}
