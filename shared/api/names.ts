/**
 * The names of every API call and event, as plain strings with no dependencies.
 * The preload imports only this file (it must stay tiny and free of zod); the full
 * contract in `contract.ts` is checked to declare exactly these names.
 */
export const CALL_NAMES = [
  'getAppInfo',
  'ping',
  'getConfigSummary',
  'getConfigDocument',
  'revealSecret',
  'previewConfigEdit',
  'saveConfigEdit',
  'undoLastSave',
  'getUndoStatus',
  'getConfigRepair',
  'previewBackupRestore',
  'restoreBackup',
  'validateConfigFile',
  'checkUpgrade',
  'getHardware',
  'setExtraMachines',
  'getMachines',
  'addMachine',
  'removeMachine',
  'fitOnCluster',
  'readGguf',
  'fitModel',
  'fitModels',
  'probeServer',
  'getServerStatuses',
  'getKeepWarm',
  'setKeepWarm',
  'warmModel',
  'reloadModel',
  'unloadModel',
  'runDoctor',
  'runCheckup',
  'getCheckup',
  'runDrill',
  'checkEmbeddings',
  'getDesktopSettings',
  'setDesktopSettings',
  'getOpenClawInfo',
  'setOpenClawPath',
  'getSchemaHelp',
  'previewQuoteRepair',
  'repairQuotes',
  'getLanguage',
  'setLanguage',
] as const;
export type CallName = (typeof CALL_NAMES)[number];

export const EVENT_NAMES = ['configChanged', 'keepWarmLog', 'languageChanged'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** The IPC channel that carries one call. */
export const callChannel = (name: CallName): string => `claw:call:${name}`;
/** The single IPC channel that carries every service event to the window. */
export const EVENT_CHANNEL = 'claw:event';

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && (CALL_NAMES as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}
