/**
 * The API contract: every call (name, zod input schema, zod output schema) and every
 * event that services push to the UI. IPC, the headless panel's HTTP bridge and the CLI
 * all go through one dispatcher built from this map, so adding a feature means adding
 * an entry here and a handler on the service side.
 */
import { z } from 'zod';
import type { CallName, EventName } from './names';
import {
  configDocumentSchema,
  editInputSchema,
  editPreviewSchema,
  saveResultSchema,
  undoResultSchema,
  validationReportSchema,
} from './schemas/config-edit';
import { configSummarySchema } from './schemas/config-summary';
import { backupIndexSchema, configRepairSchema, restorePreviewSchema, undoStatusSchema } from './schemas/config-repair';
import { checkupInputSchema, checkupReportSchema } from '../checkup/types';
import { drillInputSchema, drillReportSchema } from '../rules/drill/report';
import { embeddingServerSchema } from '../rules/checkup/embeddings';
import { openclawInfoSchema, schemaHelpSchema } from './schemas/openclaw';
import { upgradeCheckInputSchema, upgradeCheckSchema } from './schemas/upgrade';
import { findingSchema } from '../rules/finding';
import { hardwareReportSchema } from '../hardware/report';
import { keepWarmReportSchema, warmLogEntrySchema } from '../servers/keep-warm-types';
import { serverProbeSchema } from '../servers/probe-result';
import { clusterFitSchema } from '../cluster/cluster-fit';
import {
  fitModelInputSchema,
  fitModelOutputSchema,
  fitModelsInputSchema,
  fitModelsOutputSchema,
} from '../fit/model-facts';
import { MACHINE_KINDS, machinesReportSchema, machineUrlSchema } from '../cluster/machines';
import { languageChoiceSchema } from '../i18n/languages';
import { messageSchema } from '../i18n/message';

const noInput = z.object({}).strict();

/**
 * How deep a call's input may nest (objects and arrays). The deepest real input (a config value
 * set by path) is a few levels; a payload nested thousands deep would overflow a recursive walk
 * (zod's, the masker's) into a 500, so the dispatcher refuses it first with a 400.
 */
export const MAX_INPUT_DEPTH = 64;
/** How many values a walk of one input looks at before refusing it (a 1 MB JSON body has fewer). */
export const MAX_INPUT_NODES = 1_000_000;
const modelRef = z.string().min(3).max(512);

/** Another machine whose memory counts toward the budget (exo, llama.cpp RPC, MLX distributed). */
export const extraMachineSchema = z
  .object({ label: z.string().trim().min(1).max(80), memoryBytes: z.number().positive() })
  .strict();

export const desktopSettingsSchema = z.object({
  /** False in the headless panel and the CLI. */
  available: z.boolean(),
  menuBarOnly: z.boolean(),
  openAtLogin: z.boolean(),
  loginItemStatus: z.enum(['not-registered', 'enabled', 'requires-approval', 'not-found', 'unsupported']),
});

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  arch: z.string(),
  nodeVersion: z.string(),
  electronVersion: z.string().nullable(),
  /** How the services are being run: the desktop app, the headless panel, or the CLI. */
  host: z.enum(['desktop', 'headless', 'cli']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const calls = {
  getAppInfo: { input: noInput, output: appInfoSchema },
  ping: {
    input: z.object({ message: z.string().max(200).optional() }).strict(),
    output: z.object({ pong: z.literal(true), echo: z.string().nullable(), at: z.string() }),
  },
  getConfigSummary: { input: noInput, output: configSummarySchema },
  getConfigDocument: { input: noInput, output: configDocumentSchema },
  /** The one way to see a secret in clear: exactly one secret-bearing field, asked for by its path. */
  revealSecret: {
    input: z
      .object({
        path: z
          .array(z.union([z.string().max(200), z.number().int().min(0)]))
          .min(1)
          .max(32),
      })
      .strict(),
    output: z.object({ path: z.array(z.union([z.string(), z.number()])), value: z.string() }),
  },
  previewConfigEdit: { input: editInputSchema, output: editPreviewSchema },
  saveConfigEdit: { input: editInputSchema, output: saveResultSchema },
  undoLastSave: { input: noInput, output: undoResultSchema },
  /** Whether "Undo last save" can run now (the undo record is the server's, so a reload keeps it). */
  getUndoStatus: { input: noInput, output: undoStatusSchema },
  /** The repair page: the bad line with its neighbours and the backup ring. */
  getConfigRepair: { input: noInput, output: configRepairSchema },
  previewBackupRestore: { input: z.object({ index: backupIndexSchema }).strict(), output: restorePreviewSchema },
  /** Puts a backup back through the safe writer; the version it replaces becomes a backup itself. */
  restoreBackup: {
    input: z.object({ index: backupIndexSchema, baseHash: z.string().min(1).max(128).nullable() }).strict(),
    output: saveResultSchema,
  },
  validateConfigFile: { input: noInput, output: validationReportSchema },
  /** Will the config load in another OpenClaw release (its schema file, or its binary)? */
  checkUpgrade: { input: upgradeCheckInputSchema, output: upgradeCheckSchema },
  getHardware: {
    input: z.object({ refresh: z.boolean().optional() }).strict(),
    output: z.object({ report: hardwareReportSchema, extraMachines: z.array(extraMachineSchema) }),
  },
  readGguf: {
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.object({
      architecture: z.string(),
      weightBytes: z.number(),
      kvBytesPerTokenF16: z.number(),
      maxContext: z.number().nullable(),
    }),
  },
  /** Will a model fit: its shape from its GGUF header, its server or the catalog (node/services/fit/fit-model.ts). */
  fitModel: { input: fitModelInputSchema, output: fitModelOutputSchema },
  /** Many models at once, a few at a time, answers kept briefly (node/services/fit/fit-many.ts): the Providers page's verdicts. */
  fitModels: { input: fitModelsInputSchema, output: fitModelsOutputSchema },
  probeServer: {
    input: z
      .object({
        baseUrl: z.string().min(1).max(2048),
        apiKey: z.string().max(4096).optional(),
        checkResponses: z.boolean().optional(),
      })
      .strict(),
    output: serverProbeSchema,
  },
  getServerStatuses: {
    input: z.object({ refresh: z.boolean().optional() }).strict(),
    output: z.object({
      servers: z.array(z.object({ providerId: z.string(), baseUrl: z.string(), probe: serverProbeSchema })),
    }),
  },
  getKeepWarm: { input: noInput, output: keepWarmReportSchema },
  setKeepWarm: { input: z.object({ ref: modelRef, keep: z.boolean() }).strict(), output: keepWarmReportSchema },
  warmModel: { input: z.object({ ref: modelRef }).strict(), output: warmLogEntrySchema },
  reloadModel: { input: z.object({ ref: modelRef }).strict(), output: warmLogEntrySchema },
  unloadModel: { input: z.object({ ref: modelRef }).strict(), output: warmLogEntrySchema },
  runDoctor: { input: noInput, output: z.object({ path: z.string(), findings: z.array(findingSchema) }) },
  runCheckup: { input: checkupInputSchema, output: checkupReportSchema },
  getCheckup: { input: noInput, output: checkupReportSchema },
  runDrill: { input: drillInputSchema, output: drillReportSchema },
  checkEmbeddings: { input: noInput, output: z.array(embeddingServerSchema) },
  getDesktopSettings: { input: noInput, output: desktopSettingsSchema },
  setDesktopSettings: {
    input: z.object({ menuBarOnly: z.boolean().optional(), openAtLogin: z.boolean().optional() }).strict(),
    output: desktopSettingsSchema,
  },
  getOpenClawInfo: { input: noInput, output: openclawInfoSchema },
  setOpenClawPath: {
    input: z.object({ path: z.string().trim().min(1).max(4096).nullable() }).strict(),
    output: openclawInfoSchema,
  },
  getSchemaHelp: { input: noInput, output: schemaHelpSchema },
  previewQuoteRepair: {
    input: noInput,
    output: z.object({ path: z.string(), baseHash: z.string(), diff: z.string() }),
  },
  repairQuotes: { input: z.object({ baseHash: z.string().min(1).max(128) }).strict(), output: saveResultSchema },
  setExtraMachines: {
    input: z.object({ machines: z.array(extraMachineSchema).max(32) }).strict(),
    output: z.object({ extraMachines: z.array(extraMachineSchema) }),
  },
  getMachines: { input: noInput, output: machinesReportSchema },
  addMachine: {
    input: z
      .object({
        kind: z.enum(MACHINE_KINDS),
        url: machineUrlSchema,
        label: z.string().trim().max(80).optional(),
        token: z.string().trim().max(256).optional(),
      })
      .strict(),
    output: machinesReportSchema,
  },
  removeMachine: { input: z.object({ id: z.string().min(1).max(80) }).strict(), output: machinesReportSchema },
  fitOnCluster: {
    input: z
      .object({
        /** A configured provider/model or a catalog id (e.g. minimax-m2.1). */
        model: z.string().min(1).max(512),
        quant: z.string().max(64).optional(),
        context: z.number().int().positive().max(10_000_000).optional(),
      })
      .strict(),
    output: z.object({ fit: clusterFitSchema, clusterSource: z.enum(['exo', 'machines']) }),
  },
  /** The language picked in Settings (null: follow the OS); shared by the windows and the tray. */
  getLanguage: { input: noInput, output: languageChoiceSchema },
  setLanguage: { input: languageChoiceSchema.strict(), output: languageChoiceSchema },
} as const satisfies Record<CallName, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  configChanged: z.object({
    /** The file that changed: the config, or a file it `$include`s. */
    path: z.string(),
    /** `unwatched`: watching failed (see `error`); outside edits are no longer seen until a restart. */
    change: z.enum(['created', 'changed', 'removed', 'unwatched']),
    error: messageSchema.optional(),
  }),
  keepWarmLog: warmLogEntrySchema,
  languageChanged: languageChoiceSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type CallInput<K extends CallName> = z.input<(typeof calls)[K]['input']>;
export type CallOutput<K extends CallName> = z.infer<(typeof calls)[K]['output']>;
export type EventPayload<K extends EventName> = z.infer<(typeof events)[K]>;

/** The API object the renderer talks to, implemented over IPC (desktop) and HTTP (headless). */
export type ClawApi = {
  [K in CallName]: (input?: CallInput<K>) => Promise<CallOutput<K>>;
} & {
  /** Subscribe to a service event; returns the unsubscribe function. */
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void;
};
