/**
 * The config writer: edits of openclaw.json previewed as the exact diff of the text that would be
 * written and saved through one path — edit plan (edit-plan.ts) → lossless rewrite and checks
 * (edit-checks.ts) → the user's own `openclaw config validate` (validator-copy.ts) → safe write
 * (safe-write.ts: lock, compare-and-swap, backup ring, atomic write) → undo record — plus undo of
 * the last save and quote repair. Nothing is written when any step fails. Reading is the config
 * document's job (config-document.ts); a save returns the document of what it wrote.
 */
import { checkConfig } from '@shared/config/checks';
import type { Finding } from '@shared/rules/finding';
import type { ConfigObject } from '@shared/config/config-access';
import type { ConfigOperation } from '@shared/config/operations';
import { issueDetail } from '@shared/config/issue-detail';
import { validateConfig, type ConfigIssue } from '@shared/config/validate';
import { maskSecretsInText } from '@shared/config/secrets';
import { mapMessageStrings, msg, type Message } from '@shared/i18n/message';
import { AppError } from '@shared/api/problem';
import { realFs, type WriteFs } from './atomic-write';
import { crashLeftSomething, recoverBackups } from './backups';
import { currentText, listBackups, readBackup, restoreDiff } from './backup-list';
import { documentAfterWrite, hashText, lastDocument, readDocument, type ConfigDocument } from './config-document';
import { configError, changedOnDisk, isWriteFailure, writeError } from './config-errors';
import { envReadOnly } from './config-file';
import { usableConfig } from './config-reader';
import type { ResolvedConfigPath } from './config-path';
import { CHANGED_ON_DISK, checkEdit, type EditPreview } from './edit-checks';
import { planEdit } from './edit-plan';
import { validateWithOpenClaw, type OpenClawValidation } from './openclaw-validator';
import { previewQuoteRepair } from './quote-repair';
import { writeWithBackup, type Expected } from './safe-write';
import { undoRecord, type LastSave } from './undo-record';
import { planUndo, undoDiff } from './undo-plan';
import { validateCandidate } from './validator-copy';
import { withWriteLock } from './write-lock';
import { decideVerdict } from '../openclaw/verdict';
import { PINNED_OPENCLAW_VERSION } from '@shared/config/openclaw-release';
import { serialQueue } from '../serial-queue';

export { hashText } from './config-document';
export { newIssues, type EditPreview } from './edit-checks';

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

/** The document as the editor loads it (a usable config or none yet). */
export type LoadedConfig = ConfigDocument;

export interface SaveResult {
  path: string;
  /** The file written (the config or an included file). */
  file: string;
  hash: string;
  diff: string;
  notes: Message[];
  backup: string | null;
  openclaw: OpenClawValidation;
  /** The document of what was written (the API does not send it). */
  document?: ConfigDocument;
}

const NOT_RUN: OpenClawValidation = { ran: false, valid: true, issues: [], warnings: [] };

export function createConfigStore(options: ConfigStoreOptions) {
  const fs = options.fs ?? realFs;
  const validateExternal = options.openclawValidate ?? ((file: string) => validateWithOpenClaw(file, options.env));
  const validateSchema = options.schemaValidate ?? (async (config: ConfigObject) => validateConfig(config));
  const openclawVersion = options.openclawVersion ?? (async () => null);
  const undoLog = undoRecord(options.stateDir, fs);
  // Saves, undos and repairs of this store run one at a time.
  const serialize = serialQueue();
  const lockOptions = { fs, tool: options.tool, waitMs: options.lockWaitMs };

  /** The config document now; throws CONFIG_MALFORMED / IO_ERROR when the file cannot be used. */
  async function load(): Promise<ConfigDocument> {
    const doc = await readDocument(options.resolvePath().path, options.env);
    usableConfig(doc.read);
    return doc;
  }

  /**
   * The document an edit was made against: the one in memory when its hash is `baseHash` and it
   * has no includes (the save's compare-and-swap reads the file once, right before the rename),
   * else the file read now.
   */
  async function documentFor(baseHash: string | null | undefined): Promise<ConfigDocument> {
    const known = lastDocument(options.resolvePath().path);
    if (baseHash && known?.exists && known.hash === baseHash && known.includeTexts.size === 0) return known;
    return load();
  }

  function assertWritable(): void {
    const reason = envReadOnly(options.env);
    if (reason) throw configError('CONFIG_READONLY', msg('config.readOnly', { reason }));
  }

  async function previewOf(
    doc: ConfigDocument,
    operations: readonly ConfigOperation[],
    baseHash?: string | null,
  ): Promise<EditPreview> {
    const blockers: Message[] = [];
    const planned = planEdit(doc, operations, blockers);
    return checkEdit(
      planned,
      {
        path: doc.path,
        baseHash: doc.hash,
        expectedHash: baseHash,
        validateSchema,
        openclawVersion: await openclawVersion(),
      },
      blockers,
    );
  }

  async function preview(operations: readonly ConfigOperation[], baseHash?: string | null): Promise<EditPreview> {
    return previewOf(await load(), operations, baseHash);
  }

  /** Writes `file` through the one write path; an included file also gets its own writer lock, as OpenClaw takes one per include target. */
  function writeFileOf(
    configPath: string,
    file: string,
    text: string,
    expected: Expected,
    beforeCommit?: () => Promise<void>,
  ) {
    return lockedFile(configPath, file, () => writeWithBackup(file, text, expected, fs, beforeCommit));
  }

  /** Runs `task` with `file`'s own writer lock too when it is an included file (the config's is held by `locked`). */
  function lockedFile<T>(configPath: string, file: string, task: () => Promise<T>): Promise<T> {
    if (file === configPath) return task();
    return withWriteLock(file, task, lockOptions).catch((error: unknown) => {
      throw writeError(file, error);
    });
  }

  /** Writes `text` to `file`, recording it (before the rename) as the save `undo` reverts. */
  async function writeAndRecord(configPath: string, file: string, text: string, expected: Expected) {
    const hash = hashText(text);
    const last = await undoLog.read();
    const record: LastSave = {
      path: file,
      configPath,
      writtenHash: hash,
      backupHash: expected.hash,
      before: last ? { ...last, before: null } : null,
    };
    const written = await writeFileOf(configPath, file, text, expected, () => undoLog.write(record));
    return { ...written, hash };
  }

  /**
   * Recovers what a crashed save left beside the config into its backup ring (run at start; saves
   * and undos do it themselves). Takes the writer lock only when there is something to recover, and
   * writes nothing where writes are off.
   */
  async function recover(): Promise<string[]> {
    if (envReadOnly(options.env) || !(await crashLeftSomething(options.resolvePath().path, fs))) return [];
    return locked(() => recoverBackups(options.resolvePath().path, fs));
  }

  const locked = <T>(task: () => Promise<T>): Promise<T> =>
    serialize(() => {
      const { path: configPath } = options.resolvePath();
      return withWriteLock(configPath, task, lockOptions).catch((error: unknown) => {
        // Lock and file-system failures become clear errors; anything else (a bug) stays what it is.
        throw isWriteFailure(error) ? writeError(configPath, error) : error;
      });
    });

  /** Refuses an edit that cannot be saved as it is: blockers, or a confirmation not given. */
  function assertSavable(planned: EditPreview, confirm: boolean): void {
    const [first] = planned.blockers;
    if (first?.code === CHANGED_ON_DISK) throw configError('CONFIG_CHANGED_ON_DISK', first);
    if (first)
      throw configError('CONFIG_INVALID', msg('config.notSaved', { count: planned.blockers.length, first }), {
        blockers: planned.blockers,
        issues: planned.issues,
      });
    if (planned.changed && planned.confirmations.length && !confirm)
      throw configError('CONFIRM_REQUIRED', msg('config.confirmRequired', { first: planned.confirmations[0]! }), {
        confirmations: planned.confirmations,
      });
  }

  /** What OpenClaw validates: the new text, or for an included file the whole resolved result (as OpenClaw reads it, beside the config). */
  const candidateText = (planned: EditPreview): string =>
    planned.file === planned.path ? planned.text : `${JSON.stringify(planned.resolvedAfter, null, 2)}\n`;

  /** OpenClaw's own verdict on the result; a rejection refuses the save in words. */
  async function openclawVerdict(planned: EditPreview): Promise<OpenClawValidation> {
    const openclaw = await validateCandidate(planned.path, candidateText(planned), validateExternal, fs);
    if (!openclaw.ran || openclaw.valid) return openclaw;
    const mask = (text: string) => maskSecretsInText(text, planned.resolvedAfter);
    // In words: the first issue (OpenClaw's text read, or quoted) and how many there are.
    const first = openclaw.issues[0];
    const words = mapMessageStrings(
      first
        ? msg('config.issue', { path: first.path, detail: issueDetail(first) })
        : msg('schemaIssue.openclawSays', { text: openclaw.note || 'rejected' }),
      mask,
    );
    throw configError(
      'CONFIG_INVALID',
      msg('openclaw.rejects', { issue: words, count: Math.max(1, openclaw.issues.length) }),
      {
        issues: openclaw.issues,
      },
    );
  }

  function save(
    operations: readonly ConfigOperation[],
    baseHash?: string | null,
    confirm = false,
  ): Promise<SaveResult> {
    return locked(async () => {
      assertWritable();
      const doc = await documentFor(baseHash);
      let planned = await previewOf(doc, operations, baseHash);
      // OpenClaw decides when it is there (openclaw/verdict.ts): our schema's objections alone never
      // refuse a result the installed OpenClaw accepts; the disagreement is said and logged as our defect.
      const notes: Message[] = [];
      let early: OpenClawValidation | null = null;
      if (
        planned.changed &&
        planned.introducedIssues.length &&
        planned.blockers.length === planned.introducedIssues.length
      ) {
        early = await validateCandidate(planned.path, candidateText(planned), validateExternal, fs);
        const version = (await openclawVersion()) ?? PINNED_OPENCLAW_VERSION;
        const verdict = decideVerdict(planned.introducedIssues, early, version);
        if (verdict.by === 'openclaw' && verdict.valid) {
          planned = { ...planned, blockers: [] };
          if (verdict.disagreement) notes.push(verdict.disagreement);
        }
      }
      assertSavable(planned, confirm);
      if (!planned.changed)
        return {
          path: planned.path,
          file: planned.file,
          hash: planned.baseHash ?? hashText(planned.text),
          diff: '',
          notes: [msg('editNotes.noChange')],
          backup: null,
          openclaw: NOT_RUN,
          document: doc,
        };
      const openclaw = early ?? (await openclawVerdict(planned));
      // The version replaced is the one the plan was made from (its text is in the document, not read again).
      const current = planned.file === doc.path ? doc.text : (doc.includeTexts.get(planned.file) ?? '');
      const written = await writeAndRecord(doc.path, planned.file, planned.text, {
        text: planned.fileHash === null ? null : current,
        hash: planned.fileHash,
      });
      const document = documentAfterWrite(doc, planned.file, planned.text, options.env);
      return {
        path: planned.path,
        file: planned.file,
        hash: document.hash ?? written.hash,
        diff: planned.diff,
        notes: [...planned.notes, ...notes, ...(openclaw.noteMessage ? [openclaw.noteMessage] : []), ...written.notes],
        backup: written.backup,
        openclaw,
        document,
      };
    });
  }

  /** What undo would write now (undo-plan.ts); refused in words when undo is not possible. */
  const undoPlan = async () => planUndo(await undoLog.read(), options.resolvePath().path);

  /** Whether "Undo last save" can run now, and if not why (asked by the panel after every load, so a reload keeps it). */
  async function undoStatus(): Promise<{ available: boolean; file: string | null; reason: Message | null }> {
    try {
      const { file } = await undoPlan();
      return { available: envReadOnly(options.env) === null, file, reason: envReadOnly(options.env) };
    } catch (error) {
      if (error instanceof AppError) return { available: false, file: null, reason: error.problem.message };
      throw error;
    }
  }

  function undo(): Promise<{ path: string; file: string; hash: string; diff: string }> {
    return locked(async () => {
      assertWritable();
      const { path: configPath } = options.resolvePath();
      const last = await undoLog.read();
      // A save that crashed left its previous version beside the ring: put it back in first.
      if (last && (last.configPath ?? last.path) === configPath)
        await lockedFile(configPath, last.path, () => recoverBackups(last.path, fs));
      const { record, file, currentText, previous } = await undoPlan();
      // Recorded before the rename: once the undo lands this record matches nothing, so a crash never undoes twice.
      await writeFileOf(configPath, file, previous, { text: currentText, hash: record.writtenHash }, () =>
        undoLog.write({ ...record, before: null }),
      );
      await undoLog.write(null);
      const diff = undoDiff(file, currentText, previous);
      const hash = file === configPath ? hashText(previous) : ((await load()).hash ?? hashText(previous));
      return { path: configPath, file, hash, diff };
    });
  }

  /** Our schema, the config rules and OpenClaw's own verdict on the config (`doc`: the document already read). */
  async function validate(given?: ConfigDocument): Promise<{
    path: string;
    issues: ConfigIssue[];
    findings: Finding[];
    openclawVersion: string | null;
    openclaw: OpenClawValidation;
    verdict: Pick<ReturnType<typeof decideVerdict>, 'valid' | 'by' | 'disagreement'>;
  }> {
    const doc = given ?? (await load());
    usableConfig(doc.read);
    if (!doc.exists) throw configError('NOT_FOUND', msg('config.noConfig', { path: doc.path }));
    const openclaw = await validateExternal(doc.path);
    const issues = await validateSchema(doc.resolved);
    if (doc.includeError) issues.unshift({ path: '$include', message: doc.includeError });
    const version = await openclawVersion();
    const { valid, by, disagreement } = decideVerdict(issues, openclaw, version ?? PINNED_OPENCLAW_VERSION);
    return {
      path: doc.path,
      issues,
      findings: checkConfig(doc.resolved, version),
      openclawVersion: version,
      openclaw,
      verdict: { valid, by, disagreement },
    };
  }

  /**
   * Writes a whole reviewed text (quotes straightened, a backup restored) through the same safe path
   * as every save: OpenClaw's note on it, a backup of the version it replaces, an atomic write, undo.
   */
  async function writeWhole(
    planned: { path: string; text: string; before: string | null; baseHash: string | null; diff: string },
    note: Message,
  ): Promise<SaveResult> {
    const openclaw = await validateCandidate(planned.path, planned.text, validateExternal, fs);
    const written = await writeAndRecord(planned.path, planned.path, planned.text, {
      text: planned.before,
      hash: planned.baseHash,
    });
    return {
      path: planned.path,
      file: planned.path,
      hash: written.hash,
      diff: planned.diff,
      notes: [note, ...(openclaw.noteMessage ? [openclaw.noteMessage] : []), ...written.notes],
      backup: written.backup,
      openclaw,
    };
  }

  /** Writes the repaired text through the same safe path as every save (read-only check, backup, atomic write). */
  function repairQuotes(baseHash: string): Promise<SaveResult> {
    return locked(async () => {
      assertWritable();
      const planned = await previewQuoteRepair(options.resolvePath().path);
      if (planned.baseHash !== baseHash) throw changedOnDisk(planned.path);
      return writeWhole(planned, msg('editNotes.quotesStraightened'));
    });
  }

  /** Backup `index` against the config now: the masked diff, and the hash a restore must find. */
  async function previewRestore(index: number) {
    const configPath = options.resolvePath().path;
    const [backup, current] = await Promise.all([readBackup(configPath, index), currentText(configPath)]);
    return {
      path: configPath,
      backup: backup.path,
      baseHash: current.hash,
      diff: restoreDiff(configPath, current.text, backup.text),
      /** For the caller that writes it. */
      text: backup.text,
      before: current.text,
    };
  }

  /**
   * Puts backup `index` back as the config through the one write path: the version it replaces —
   * a file that does not parse included — becomes the newest backup itself, and undo takes it back.
   */
  function restoreBackup(index: number, baseHash: string | null): Promise<SaveResult> {
    return locked(async () => {
      assertWritable();
      const planned = await previewRestore(index);
      if (planned.baseHash !== baseHash) throw changedOnDisk(planned.path);
      return writeWhole(planned, msg('repair.restored', { backup: planned.backup }));
    });
  }

  return {
    load,
    preview,
    save,
    undo,
    recover,
    undoStatus,
    listBackups: () => listBackups(options.resolvePath().path),
    previewRestore,
    restoreBackup,
    validate,
    previewQuoteRepair: () => previewQuoteRepair(options.resolvePath().path),
    repairQuotes,
  };
}

export type ConfigStore = ReturnType<typeof createConfigStore>;
