/**
 * The config store: loads openclaw.json, previews edits as the exact unified diff of the
 * text that would be written, and saves them safely — lossless text edit, json5
 * re-parse check, our schema, no new broken references, the user's own `openclaw
 * config validate`, refusal when the file changed on disk, backup ring, atomic write —
 * plus undo of the last save. Nothing is written when any step fails.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { AppError } from '@shared/api/errors';
import { mapMessageStrings, msg, type Message } from '@shared/i18n/message';
import { checkConfig, newFindings, type Finding } from '@shared/config/checks';
import type { ConfigObject } from '@shared/config/config-access';
import { OperationError } from '@shared/config/operation-error';
import { applyOperations, type ConfigOperation } from '@shared/config/operations';
import { issueDetail } from '@shared/config/issue-detail';
import { findIncludes, touchesInclude, validateConfig, type ConfigIssue } from '@shared/config/validate';
import { isPlainObject } from '@shared/json5/deep-equal';
import { rewriteConfigText } from '@shared/config/config-text';
import { LosslessEditError } from '@shared/json5/lossless-edit';
import { decodeConfigBytes, encodeConfigText } from '@shared/json5/text-bytes';
import { saveConfirmations } from '@shared/config/save-guard';
import { maskedValuesIntroduced, maskSecretsInText } from '@shared/config/secrets';
import {
  cleanOrphans,
  modeText,
  ownerCannotWrite,
  ReadOnlyFileError,
  resolveTarget,
  writeFileAtomic,
  realFs,
  type WriteFs,
} from './atomic-write';
import { backupPath, prepareBackup, type PreparedBackup } from './backups';
import { LockBusyError, withWriteLock } from './write-lock';
import { describeParseError, parseJson5, readConfigText, readOnlyReason } from './config-file';
import { readConfig, resolveForRead, usableConfig, type ReadOnly } from './config-reader';
import { straightenTypographicQuotes } from '@shared/json5/typographic-quotes';
import type { ResolvedConfigPath } from './config-path';
import { validateWithOpenClaw, type OpenClawValidation } from './openclaw-validator';
import type { IncludeProvenance } from './includes';
import { changedConfigPaths, planIncludeWrite } from './include-writes';
import { serialQueue } from '../serial-queue';

/** The blocker that means "reload first" (save refuses it as CONFIG_CHANGED_ON_DISK). */
const CHANGED_ON_DISK = 'config.changedOnDisk';

type Env = Readonly<Record<string, string | undefined>>;

export interface ConfigStoreOptions {
  resolvePath(): ResolvedConfigPath;
  env: Env;
  /** The app's own state folder (the undo record lives there). */
  stateDir: string;
  /** Injected by tests to fail a write step. */
  fs?: WriteFs;
  /** Injected by tests; defaults to running the user's `openclaw`. */
  openclawValidate?: (file: string) => Promise<OpenClawValidation>;
  /** Who saves (panel, cli, desktop): named in the lock file so a waiting writer can say who holds it. */
  tool?: string;
  /** How long a save waits for another writer's lock (default 10 s). */
  lockWaitMs?: number;
  /** The check against OpenClaw's JSON Schema (the OpenClaw service); defaults to the schema-free rules. */
  schemaValidate?: (config: ConfigObject) => Promise<ConfigIssue[]>;
  /** The installed OpenClaw's version the findings are judged for (the OpenClaw service); defaults to none found. */
  openclawVersion?: () => Promise<string | null>;
}

export interface LoadedConfig {
  path: string;
  exists: boolean;
  text: string;
  /** The file as written (what edits change). */
  config: ConfigObject;
  /** The version the editor works against: the file's hash, combined with each included file's when there are includes. */
  hash: string | null;
  /** The hash of the config file's own text. */
  textHash: string | null;
  /** Each included file's text as read. */
  includeTexts: Map<string, string>;
  /** The config with every `$include` resolved, as OpenClaw reads it (what checks, probes and lists use). */
  resolved: ConfigObject;
  /** Each `$include`: the path it fills and the file(s) it comes from. */
  includes: IncludeProvenance[];
  /** Why the includes could not be resolved (then `resolved` is the file as written). */
  includeError: string | null;
  /** Why the file may not be written, as the one reader (config-reader.ts) decided; null when it may. */
  readOnly: ReadOnly | null;
}

export interface EditPreview {
  path: string;
  /** The file this edit writes: the config itself, or the included file that owns every change. */
  file: string;
  /** That file's hash when previewed (the compare-and-swap of the save). */
  fileHash: string | null;
  baseHash: string | null;
  changed: boolean;
  diff: string;
  notes: Message[];
  issues: ConfigIssue[];
  findings: Finding[];
  introduced: Finding[];
  /** Why this edit cannot be saved (empty when it can). */
  blockers: Message[];
  /** What the user must confirm before saving (drops gateway.mode, shrinks the file by more than half). */
  confirmations: Message[];
  /** The new text of `file`. */
  text: string;
  /** The config as OpenClaw will read it after the save (includes resolved). */
  resolvedAfter: unknown;
}

export interface SaveResult {
  path: string;
  /** The file written (the config or an included file). */
  file: string;
  hash: string;
  diff: string;
  notes: Message[];
  backup: string | null;
  openclaw: OpenClawValidation;
}

/** Issues in `after` that `before` did not have (same path and message). */
export function newIssues(before: readonly ConfigIssue[], after: readonly ConfigIssue[]): ConfigIssue[] {
  const seen = new Set(before.map((i) => `${i.path}\u0000${i.message}`));
  return after.filter((i) => !seen.has(`${i.path}\u0000${i.message}`));
}

export const hashText = (text: string): string => createHash('sha256').update(encodeConfigText(text)).digest('hex');

/** The last text hashed on load: the cached read hands back the same string while the file is unchanged. */
let lastHashed: { text: string; hash: string } | null = null;
function hashOfLoaded(text: string): string {
  if (lastHashed?.text !== text) lastHashed = { text, hash: hashText(text) };
  return lastHashed.hash;
}

/** The top-level-ish paths whose values differ between two configs. */
function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}

interface LastSave {
  /** The file written (the config or one of its includes). */
  path: string;
  /** The config it belongs to (absent in records written before include write-through: then `path`). */
  configPath?: string;
  writtenHash: string;
  backupHash: string | null;
}

export function createConfigStore(options: ConfigStoreOptions) {
  const fs = options.fs ?? realFs;
  const validateExternal = options.openclawValidate ?? ((file: string) => validateWithOpenClaw(file, options.env));
  const validateSchema = options.schemaValidate ?? (async (config: ConfigObject) => validateConfig(config));
  const openclawVersion = options.openclawVersion ?? (async () => null);
  const lastSaveFile = path.join(options.stateDir, 'last-save.json');
  // Saves, undos and repairs of this store run one at a time.
  const serialize = serialQueue();

  async function load(): Promise<LoadedConfig> {
    const read = await readConfig(options.resolvePath().path, options.env);
    const config = usableConfig(read); // throws CONFIG_MALFORMED / IO_ERROR with the reason
    if (read.state !== 'ok' || !config)
      return {
        path: read.path,
        exists: false,
        text: '',
        config: {},
        hash: null,
        textHash: null,
        includeTexts: new Map(),
        resolved: {},
        includes: [],
        includeError: null,
        readOnly: read.readOnly,
      };
    const textHash = hashOfLoaded(read.text);
    const { texts, ...resolved } = resolveForRead(config, read.path, options.env);
    return {
      path: read.path,
      exists: true,
      text: read.text,
      config,
      hash: texts.size ? combinedHash(textHash, texts) : textHash,
      textHash,
      includeTexts: texts,
      ...resolved,
      readOnly: read.readOnly,
    };
  }

  function assertWritable(): void {
    const reason = readOnlyReason(options.env);
    if (reason)
      throw new AppError(
        'CONFIG_READONLY',
        `The config is read-only: ${reason}`,
        undefined,
        msg('config.readOnly', {
          reason: msg(options.env.OPENCLAW_CONFIG_READONLY === '1' ? 'config.readOnlyEnv' : 'config.readOnlyNix'),
        }),
      );
  }

  async function preview(operations: readonly ConfigOperation[], baseHash?: string | null): Promise<EditPreview> {
    const loaded = await load();
    const blockers: Message[] = [];
    const planned = planEdit(loaded, operations, blockers);
    const { before, after, notes } = planned;
    let text = planned.text;
    try {
      text = rewriteConfigText(planned.text, planned.current, planned.next, planned.at);
    } catch (error) {
      if (!(error instanceof LosslessEditError)) throw error;
      blockers.push(msg('config.losslessEdit', { detail: error.message }));
    }
    // Only problems this edit brings in block it: a file OpenClaw runs with is never locked out by us.
    const [issues, issuesBefore, version] = await Promise.all([
      validateSchema(after),
      validateSchema(before),
      openclawVersion(),
    ]);
    for (const issue of newIssues(issuesBefore, issues))
      blockers.push(msg('config.issue', { path: issue.path, detail: issueDetail(issue) }));
    const findings = checkConfig(after, version);
    const introduced = newFindings(checkConfig(before, version), findings);
    for (const finding of introduced) if (finding.severity === 'error') blockers.push(finding.message);
    // A masked value ("••••1234") sent back by a client must never be written as the secret.
    for (const p of maskedValuesIntroduced(before, after))
      blockers.push(msg('safety.maskedSecret', { path: p.join('.') }));
    if (baseHash !== undefined && baseHash !== loaded.hash) {
      blockers.unshift(msg(CHANGED_ON_DISK, { path: loaded.path }));
    }
    // Nothing quoted from the file leaves the service with a secret in clear.
    const mask = (t: string) => maskSecretsInText(t, before, after);
    const diff =
      text === planned.text
        ? ''
        : mask(createTwoFilesPatch(planned.file, planned.file, planned.text, text, '', '', { context: 3 }));
    return {
      path: loaded.path,
      file: planned.file,
      fileHash: planned.fileHash,
      baseHash: loaded.hash,
      changed: text !== planned.text,
      diff,
      notes: notes.map((note) => mapMessageStrings(note, mask)),
      issues,
      findings,
      introduced,
      blockers: blockers.map((b) =>
        b.params
          ? {
              ...b,
              params: Object.fromEntries(
                Object.entries(b.params).map(([k, v]) => [k, typeof v === 'string' ? mask(v) : v]),
              ),
            }
          : b,
      ),
      confirmations: saveConfirmations(before, after, planned.text, text),
      text,
      resolvedAfter: after,
    };
  }

  /**
   * Which file an edit writes and its parsed values before and after: the config itself, or,
   * when every change lies in one single-file `$include` (include-writes.ts), that file. The
   * edit runs on the config as OpenClaw reads it (includes resolved), so an included provider
   * is edited like any other; refusals go into `blockers`.
   */
  function planEdit(loaded: LoadedConfig, operations: readonly ConfigOperation[], blockers: Message[]) {
    const main = {
      file: loaded.path,
      /** Where the written file's value sits in the config: the root, or the include's path. */
      at: [] as readonly string[],
      text: loaded.text,
      fileHash: loaded.textHash,
      current: loaded.exists ? loaded.config : ({} as unknown),
    };
    if (loaded.includes.length === 0) {
      const result = applyOrRefuse(loaded.config, operations);
      // An include that did not resolve: its part of the file is never rewritten.
      const includes = findIncludes(loaded.config);
      const touched = changedPaths(loaded.config, result.config).filter((p) => touchesInclude(p, includes));
      if (touched.length) blockers.push(msg('config.includeBlocked', { path: touched[0]! }));
      return {
        ...main,
        next: result.config as unknown,
        before: loaded.config,
        after: result.config,
        notes: result.notes,
      };
    }
    const result = applyOrRefuse(loaded.resolved, operations);
    const changed = changedConfigPaths(loaded.resolved, result.config);
    const plan = planIncludeWrite(changed, loaded.includes, loaded.path, result.config);
    const common = { before: loaded.resolved, after: result.config, notes: result.notes };
    if (plan.kind === 'refused') {
      blockers.push(plan.reason);
      return { ...main, next: main.current, ...common };
    }
    if (plan.kind === 'include') {
      const text = loaded.includeTexts.get(plan.file) ?? '';
      return {
        file: plan.file,
        text,
        at: plan.include.segments,
        fileHash: hashText(text),
        current: parseJson5(text),
        next: plan.include.segments.reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], result.config),
        ...common,
      };
    }
    return { ...main, next: authoredEdit(loaded, operations, changed, result.config), ...common };
  }
  async function readLastSave(): Promise<LastSave | null> {
    try {
      return JSON.parse(await readFile(lastSaveFile, 'utf8')) as LastSave;
    } catch {
      return null;
    }
  }

  async function writeLastSave(record: LastSave | null): Promise<void> {
    await mkdir(options.stateDir, { recursive: true, mode: 0o700 });
    await writeFile(lastSaveFile, JSON.stringify(record), { mode: 0o600 });
  }

  /** Validates `text` with the user's OpenClaw, as a temp file beside the config (so $include paths resolve). */
  async function externalCheck(configPath: string, text: string): Promise<OpenClawValidation> {
    const dir = path.dirname(configPath);
    const candidate = path.join(dir, `.${path.basename(configPath)}.candidate-${process.pid}.json5`);
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFile(candidate, encodeConfigText(text), { mode: 0o600 });
      return await validateExternal(candidate);
    } catch (error) {
      return {
        ran: false,
        valid: true,
        issues: [],
        warnings: [],
        note: `could not run OpenClaw's validator: ${(error as Error).message}`,
        noteMessage: msg('editNotes.validatorNotRun', { detail: (error as Error).message }),
      };
    } finally {
      // The verdict above is what matters; a copy that will not go away is said, not thrown.
      await fs
        .rm(candidate, { force: true })
        .catch((cleanup: Error) =>
          console.error(`[config] could not remove the validator's copy ${candidate}: ${cleanup.message}`),
        );
    }
  }

  /** Turns a write failure into the error the caller sees; the config and the ring are untouched. */
  function writeError(configPath: string, error: unknown): AppError {
    if (error instanceof AppError) return error;
    if (error instanceof ReadOnlyFileError) {
      const mode = modeText(error.mode);
      return new AppError(
        'CONFIG_READONLY',
        `${error.file} is read-only (mode ${mode}); Claw Control does not change permissions. Make it writable yourself (chmod u+w) to save. Nothing was changed.`,
        { message: msg('safety.fileReadOnly', { path: error.file, mode }) },
        msg('safety.fileReadOnly', { path: error.file, mode }),
      );
    }
    if (error instanceof LockBusyError) {
      const holder = error.holder ? `${error.holder.tool}, pid ${error.holder.pid}` : 'unknown';
      return new AppError(
        'CONFLICT',
        `Another program (${holder}) is saving ${configPath}; try again in a moment. Nothing was changed.`,
        { message: msg('safety.lockBusy', { path: configPath, holder }) },
        msg('safety.lockBusy', { path: configPath, holder }),
      );
    }
    const err = error as NodeJS.ErrnoException;
    const detail = `${err.code ?? ''} ${err.message}`.trim();
    return new AppError(
      'IO_ERROR',
      `Could not write ${configPath}: ${detail}. The file and its backups were left as they were.`,
      { message: msg('safety.saveFailed', { path: configPath, detail }) },
      msg('safety.saveFailed', { path: configPath, detail }),
    );
  }

  const changedOnDisk = (configPath: string) =>
    new AppError(
      'CONFIG_CHANGED_ON_DISK',
      `${configPath} changed on disk while saving; nothing was written`,
      {
        message: msg('safety.changedOnDisk', { path: configPath }),
      },
      msg('safety.changedOnDisk', { path: configPath }),
    );

  /** Reads the file as it is now: its text and hash (null when it does not exist). */
  async function current(configPath: string): Promise<{ text: string | null; hash: string | null }> {
    try {
      const text = decodeConfigBytes((await fs.readFile(configPath)) as Uint8Array);
      return { text, hash: hashText(text) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { text: null, hash: null };
      throw error;
    }
  }

  /**
   * The one write path (save and undo): with the writer lock held, checks the file still
   * holds `expectedHash`, writes a synced copy of the previous version for the ring, writes
   * and verifies the new file, compares the hash once more right before the rename, and
   * only then rotates the backups. Any failure before the rename changes nothing on disk.
   */
  async function writeWithBackup(
    configPath: string,
    text: string,
    expectedHash: string | null,
  ): Promise<{ backup: string | null; notes: Message[] }> {
    const notes: Message[] = [];
    let prepared: PreparedBackup | null = null;
    try {
      await cleanOrphans(configPath, fs);
      const before = await current(configPath);
      if (before.hash !== expectedHash) throw changedOnDisk(configPath);
      if (before.text !== null) {
        const target = await resolveTarget(configPath, fs);
        const st = await fs.stat(target);
        if (ownerCannotWrite(st.mode)) throw new ReadOnlyFileError(target, st.mode & 0o7777);
        prepared = await prepareBackup(configPath, before.text, st, fs);
      }
      await writeFileAtomic(configPath, text, fs, {
        beforeCommit: async () => {
          if ((await current(configPath)).hash !== expectedHash) throw changedOnDisk(configPath);
        },
        // Compare-and-swap right before the rename: an outside edit that landed meanwhile is never reverted.
        checkSync: () => {
          let now: string | null = null;
          try {
            now = hashText(decodeConfigBytes(fs.readFileSync(configPath) as Uint8Array));
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          }
          if (now !== expectedHash) throw changedOnDisk(configPath);
        },
      });
    } catch (error) {
      // Cleanup of the prepared copy; the write error is what the caller sees.
      await prepared?.discard().catch(() => undefined);
      throw writeError(configPath, error);
    }
    if (!prepared) return { backup: null, notes };
    try {
      return { backup: await prepared.commit(), notes };
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      notes.push(
        msg('editNotes.backupFailed', {
          detail: `${err.code ?? ''} ${err.message}`.trim(),
          path: backupPath(configPath),
        }),
      );
      return { backup: null, notes };
    }
  }

  /**
   * Writes the config or one of its included files through the one write path; an included
   * file also gets its own writer lock, as OpenClaw takes one per include target
   * (dist/mutate-CgnqHZzJ.mjs, withConfigWriteLock(expectedIncludeTarget)).
   */
  function writeFileOf(configPath: string, file: string, text: string, expectedHash: string | null) {
    if (file === configPath) return writeWithBackup(file, text, expectedHash);
    return withWriteLock(file, () => writeWithBackup(file, text, expectedHash), {
      fs,
      tool: options.tool,
      waitMs: options.lockWaitMs,
    }).catch((error: unknown) => {
      throw writeError(file, error);
    });
  }

  /** Writes `text` to `file` (the config or one of its includes) and records it as the save `undo` reverts. */
  async function writeAndRecord(configPath: string, file: string, text: string, expectedHash: string | null) {
    const written = await writeFileOf(configPath, file, text, expectedHash);
    const hash = hashText(text);
    await writeLastSave({ path: file, configPath, writtenHash: hash, backupHash: expectedHash });
    return { ...written, hash };
  }

  const locked = <T>(task: () => Promise<T>): Promise<T> =>
    serialize(() => {
      const { path: configPath } = options.resolvePath();
      return withWriteLock(configPath, task, { fs, tool: options.tool, waitMs: options.lockWaitMs }).catch(
        (error: unknown) => {
          // Lock and file-system failures become clear errors; anything else (a bug) stays what it is.
          const fsFailure =
            error instanceof LockBusyError || typeof (error as NodeJS.ErrnoException)?.code === 'string';
          throw fsFailure ? writeError(configPath, error) : error;
        },
      );
    });

  function save(
    operations: readonly ConfigOperation[],
    baseHash?: string | null,
    confirm = false,
  ): Promise<SaveResult> {
    return locked(async () => {
      assertWritable();
      const planned = await preview(operations, baseHash);
      if (planned.blockers.some((b) => b.code === CHANGED_ON_DISK)) {
        throw new AppError(
          'CONFIG_CHANGED_ON_DISK',
          `${planned.path} changed on disk since it was loaded; reload it before saving`,
          undefined,
          planned.blockers[0],
        );
      }
      if (planned.blockers.length) {
        throw new AppError(
          'CONFIG_INVALID',
          `Not saved: ${planned.blockers.length} problem(s) block this edit (${planned.blockers.map((b) => b.code).join(', ')})`,
          { blockers: planned.blockers, issues: planned.issues },
          msg('config.notSaved', { count: planned.blockers.length, first: planned.blockers[0]! }),
        );
      }
      if (!planned.changed) {
        return {
          path: planned.path,
          file: planned.file,
          hash: planned.baseHash ?? hashText(planned.text),
          diff: '',
          notes: [msg('editNotes.noChange')],
          backup: null,
          openclaw: { ran: false, valid: true, issues: [], warnings: [] },
        };
      }
      if (planned.confirmations.length && !confirm) {
        throw new AppError(
          'CONFIRM_REQUIRED',
          `Not saved: ${planned.confirmations.map((m) => (m.code === 'safety.needsConfirmDropsMode' ? 'this edit removes gateway.mode (the Gateway will not start without it)' : `this edit shrinks the file from ${Number(m.params?.before)} to ${Number(m.params?.after)} characters`)).join('; ')}. Confirm to save anyway (CLI: --force).`,
          { confirmations: planned.confirmations },
          msg('config.confirmRequired', { first: planned.confirmations[0]! }),
        );
      }
      // An included file is checked as OpenClaw reads it: the whole resolved result, beside the config.
      const candidate =
        planned.file === planned.path ? planned.text : `${JSON.stringify(planned.resolvedAfter, null, 2)}\n`;
      const openclaw = await externalCheck(planned.path, candidate);
      if (openclaw.ran && !openclaw.valid) {
        const list = maskSecretsInText(
          openclaw.issues.map((i) => `${i.path}: ${i.message}`).join('; ') || openclaw.note || 'rejected',
          planned.resolvedAfter,
        );
        // In words: the first issue (OpenClaw's text read, or quoted) and how many there are.
        const first = openclaw.issues[0];
        const mask = (text: string) => maskSecretsInText(text, planned.resolvedAfter);
        const words = mapMessageStrings(
          first
            ? msg('config.issue', { path: first.path, detail: issueDetail(first) })
            : msg('schemaIssue.openclawSays', { text: openclaw.note || 'rejected' }),
          mask,
        );
        throw new AppError(
          'CONFIG_INVALID',
          `Not saved: OpenClaw rejects the result: ${list}`,
          { issues: openclaw.issues },
          msg('openclaw.rejects', { issue: words, count: Math.max(1, openclaw.issues.length) }),
        );
      }
      const written = await writeAndRecord(planned.path, planned.file, planned.text, planned.fileHash);
      const fileHash = written.hash;
      const notes = [...planned.notes, ...(openclaw.noteMessage ? [openclaw.noteMessage] : []), ...written.notes];
      // The editor's version covers the included files too: read it back rather than guess it.
      const hash =
        planned.file === planned.path && planned.baseHash === planned.fileHash
          ? fileHash
          : ((await load()).hash ?? fileHash);
      return {
        path: planned.path,
        file: planned.file,
        hash,
        diff: planned.diff,
        notes,
        backup: written.backup,
        openclaw,
      };
    });
  }

  function undo(): Promise<{ path: string; file: string; hash: string; diff: string }> {
    return locked(async () => {
      assertWritable();
      const record = await readLastSave();
      const { path: configPath } = options.resolvePath();
      if (!record || (record.configPath ?? record.path) !== configPath)
        throw new AppError(
          'NOT_FOUND',
          'Nothing to undo: Claw Control has not saved this config',
          undefined,
          msg('config.undoNothing'),
        );
      // The file the last save wrote: the config, or the included file it wrote through.
      const file = record.path;
      const currentText = (await current(file)).text;
      if (currentText === null || hashText(currentText) !== record.writtenHash) {
        throw new AppError(
          'CONFIG_CHANGED_ON_DISK',
          `${file} changed after the last save; undo would lose those edits, so nothing was changed`,
          undefined,
          msg('config.undoChangedSince', { path: file }),
        );
      }
      if (record.backupHash === null)
        throw new AppError(
          'NOT_FOUND',
          'The last save created the file; there is no earlier version to restore',
          undefined,
          msg('config.undoNoEarlier', { path: file }),
        );
      // Cleanup-free read: a missing or unreadable backup is reported just below.
      const previous = await readConfigText(backupPath(file)).catch(() => null);
      if (previous === null || hashText(previous) !== record.backupHash) {
        throw new AppError(
          'CONFIG_CHANGED_ON_DISK',
          `${backupPath(file)} no longer holds the version before the last save; nothing was changed`,
          undefined,
          msg('config.undoBackupGone', { backup: backupPath(file) }),
        );
      }
      await writeFileOf(configPath, file, previous, record.writtenHash);
      await writeLastSave(null);
      const parsed = (t: string) => {
        try {
          return parseJson5(t);
        } catch {
          return {}; // Unparseable text: the key-name rules in maskSecretsInText still apply.
        }
      };
      const diff = maskSecretsInText(
        createTwoFilesPatch(file, file, currentText, previous, '', '', { context: 3 }),
        parsed(currentText),
        parsed(previous),
      );
      const hash = file === configPath ? hashText(previous) : ((await load()).hash ?? hashText(previous));
      return { path: configPath, file, hash, diff };
    });
  }

  async function validate(): Promise<{
    path: string;
    issues: ConfigIssue[];
    findings: Finding[];
    openclawVersion: string | null;
    openclaw: OpenClawValidation;
  }> {
    const loaded = await load();
    if (!loaded.exists)
      throw new AppError(
        'NOT_FOUND',
        `No config at ${loaded.path}`,
        undefined,
        msg('config.noConfig', { path: loaded.path }),
      );
    const openclaw = await validateExternal(loaded.path);
    const issues = await validateSchema(loaded.resolved);
    if (loaded.includeError) issues.unshift({ path: '$include', message: loaded.includeError });
    const version = await openclawVersion();
    return {
      path: loaded.path,
      issues,
      findings: checkConfig(loaded.resolved, version),
      openclawVersion: version,
      openclaw,
    };
  }

  /** The file with its typographic string quotes straightened, and the diff; throws when that would not parse. */
  async function previewQuoteRepair(): Promise<{ path: string; baseHash: string; diff: string; text: string }> {
    const { path: filePath } = options.resolvePath();
    const text = await readConfigText(filePath).catch((error: NodeJS.ErrnoException) => {
      const detail = `${error.code ?? ''} ${error.message}`.trim();
      throw new AppError(
        'IO_ERROR',
        `Cannot read ${filePath}: ${detail}`,
        undefined,
        msg('openclaw.quotesUnreadable', { path: filePath, detail }),
      );
    });
    const repaired = straightenTypographicQuotes(text);
    if (repaired.replaced === 0)
      throw new AppError(
        'NOT_FOUND',
        `${filePath} has no typographic quotes to straighten`,
        undefined,
        msg('openclaw.quotesNone', { path: filePath }),
      );
    try {
      if (!isPlainObject(parseJson5(repaired.text))) throw new Error('not an object');
    } catch (error) {
      const info = describeParseError(error);
      throw new AppError(
        'CONFIG_MALFORMED',
        `Straightening the quotes is not enough: the file would still not parse (${info.message}); fix it by hand`,
        undefined,
        msg('openclaw.quotesNotEnough', { detail: info.message }),
      );
    }
    const diff = createTwoFilesPatch(filePath, filePath, text, repaired.text, '', '', { context: 1 });
    return { path: filePath, baseHash: hashText(text), diff, text: repaired.text };
  }

  /** Writes the repaired text through the same safe path as every save (read-only check, backup, atomic write). */
  function repairQuotes(baseHash: string): Promise<SaveResult> {
    return locked(async () => {
      assertWritable();
      const planned = await previewQuoteRepair();
      if (planned.baseHash !== baseHash) throw changedOnDisk(planned.path);
      const openclaw = await externalCheck(planned.path, planned.text);
      // The one write path: lock, compare-and-swap, verified copy, backups rotated only after the rename.
      const written = await writeAndRecord(planned.path, planned.path, planned.text, planned.baseHash);
      const { hash } = written;
      const notes = [
        msg('editNotes.quotesStraightened'),
        ...(openclaw.noteMessage ? [openclaw.noteMessage] : []),
        ...written.notes,
      ];
      return {
        path: planned.path,
        file: planned.path,
        hash,
        diff: planned.diff,
        notes,
        backup: written.backup,
        openclaw,
      };
    });
  }

  return { load, preview, save, undo, validate, previewQuoteRepair, repairQuotes };
}

export type ConfigStore = ReturnType<typeof createConfigStore>;

/** The operations applied; a refused one becomes the API's INVALID_INPUT with its message. */
function applyOrRefuse(config: ConfigObject, operations: readonly ConfigOperation[]) {
  try {
    return applyOperations(config, operations);
  } catch (error) {
    if (error instanceof OperationError) throw new AppError('INVALID_INPUT', error.message, undefined, error.text);
    throw error;
  }
}

/** One hash for the config and every file it includes: any of them changing changes it. */
function combinedHash(textHash: string, texts: ReadonlyMap<string, string>): string {
  const h = createHash('sha256').update(textHash);
  for (const file of [...texts.keys()].sort()) h.update(`\u0000${file}\u0000${hashText(texts.get(file)!)}`);
  return h.digest('hex');
}

/**
 * The config file as written after an edit that changes only its own keys (none under an
 * `$include`): the operations on the file itself when they apply there (so a rename keeps
 * its place), else each changed path copied from the resolved result.
 */
function authoredEdit(
  loaded: LoadedConfig,
  operations: readonly ConfigOperation[],
  changed: readonly (readonly string[])[],
  resolvedNext: ConfigObject,
): ConfigObject {
  try {
    const direct = applyOperations(loaded.config, operations).config;
    const includes = findIncludes(loaded.config);
    if (!changedPaths(loaded.config, direct).some((p) => touchesInclude(p, includes))) return direct;
  } catch (error) {
    if (!(error instanceof OperationError)) throw error; // It names an included value: copy the paths instead.
  }
  const out = structuredClone(loaded.config);
  for (const p of changed) {
    const parent = p.slice(0, -1).reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], out) as Record<
      string,
      unknown
    >;
    const source = p
      .slice(0, -1)
      .reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], resolvedNext) as Record<string, unknown>;
    const key = p[p.length - 1]!;
    if (Object.hasOwn(source, key)) parent[key] = structuredClone(source[key]);
    else delete parent[key];
  }
  return out;
}
