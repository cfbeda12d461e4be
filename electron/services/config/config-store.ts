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
import { AppError } from '../../../shared/api/errors';
import { checkConfig, newFindings, type Finding } from '../../../shared/config/checks';
import type { ConfigObject } from '../../../shared/config/config-access';
import { OperationError } from '../../../shared/config/operation-error';
import { applyOperations, type ConfigOperation } from '../../../shared/config/operations';
import { findIncludes, touchesInclude, validateConfig, type ConfigIssue } from '../../../shared/config/validate';
import { isPlainObject } from '../../../shared/json5/deep-equal';
import { LosslessEditError, rewriteJson5 } from '../../../shared/json5/lossless-edit';
import { straightenTypographicQuotes } from '../../../shared/json5/typographic-quotes';
import { writeFileAtomic, realFs, type WriteFs } from './atomic-write';
import { backupPath, rotateBackups } from './backups';
import { describeParseError, parseJson5, readOnlyReason } from './config-file';
import type { ResolvedConfigPath } from './config-path';
import { validateWithOpenClaw, type OpenClawValidation } from './openclaw-validator';
import { IncludeError, resolveIncludes, type IncludeProvenance } from './includes';
import { includeRefusal } from './include-writes';

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
  /** The check against OpenClaw's JSON Schema (the OpenClaw service); defaults to the schema-free rules. */
  schemaValidate?: (config: ConfigObject) => Promise<ConfigIssue[]>;
}

export interface LoadedConfig {
  path: string;
  exists: boolean;
  text: string;
  /** The file as written (what edits change). */
  config: ConfigObject;
  hash: string | null;
  /** The config with every `$include` resolved, as OpenClaw reads it (what checks, probes and lists use). */
  resolved: ConfigObject;
  /** Each `$include`: the path it fills and the file(s) it comes from. */
  includes: IncludeProvenance[];
  /** Why the includes could not be resolved (then `resolved` is the file as written). */
  includeError: string | null;
}

export interface EditPreview {
  path: string;
  baseHash: string | null;
  changed: boolean;
  diff: string;
  notes: string[];
  issues: ConfigIssue[];
  findings: Finding[];
  introduced: Finding[];
  /** Why this edit cannot be saved (empty when it can). */
  blockers: string[];
  text: string;
}

export interface SaveResult {
  path: string;
  hash: string;
  diff: string;
  notes: string[];
  backup: string | null;
  openclaw: OpenClawValidation;
}

/** Issues in `after` that `before` did not have (same path and message). */
export function newIssues(before: readonly ConfigIssue[], after: readonly ConfigIssue[]): ConfigIssue[] {
  const seen = new Set(before.map((i) => `${i.path}\u0000${i.message}`));
  return after.filter((i) => !seen.has(`${i.path}\u0000${i.message}`));
}

export const hashText = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The top-level-ish paths whose values differ between two configs. */
function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}

interface LastSave {
  path: string;
  writtenHash: string;
  backupHash: string | null;
}

export function createConfigStore(options: ConfigStoreOptions) {
  const fs = options.fs ?? realFs;
  const validateExternal = options.openclawValidate ?? ((file: string) => validateWithOpenClaw(file, options.env));
  const validateSchema = options.schemaValidate ?? (async (config: ConfigObject) => validateConfig(config));
  const lastSaveFile = path.join(options.stateDir, 'last-save.json');
  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function load(): Promise<LoadedConfig> {
    const { path: filePath } = options.resolvePath();
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      if (err.code === 'ENOENT')
        return {
          path: filePath,
          exists: false,
          text: '',
          config: {},
          hash: null,
          resolved: {},
          includes: [],
          includeError: null,
        };
      throw new AppError('IO_ERROR', `Cannot read ${filePath}: ${err.code ?? ''} ${err.message}`.trim());
    }
    let value: unknown;
    try {
      value = parseJson5(text);
    } catch (error) {
      const info = describeParseError(error, text, filePath);
      const remedy = info.typographicQuotes
        ? 'It uses typographic quotes (“ ” ‘ ’) where JSON5 needs straight ones; Claw Control can straighten them'
        : info.backup
          ? `Fix it by hand or restore ${info.backup}`
          : 'Fix it by hand';
      throw new AppError(
        'CONFIG_MALFORMED',
        `${filePath} does not parse${info.line !== null ? ` (line ${info.line}, column ${info.column})` : ''}: ${info.message}. ${remedy}; nothing was changed.`,
        info,
      );
    }
    if (!isPlainObject(value))
      throw new AppError('CONFIG_MALFORMED', `${filePath} must hold a JSON5 object at the top level`);
    return {
      path: filePath,
      exists: true,
      text,
      config: value,
      hash: hashText(text),
      ...resolveForRead(value, filePath),
    };
  }

  /** Resolves `$include`s for reading; a broken include is reported, never fatal to loading the file itself. */
  function resolveForRead(value: ConfigObject, filePath: string) {
    try {
      const { config, includes } = resolveIncludes(value, filePath, options.env);
      return { resolved: config, includes, includeError: null };
    } catch (error) {
      if (!(error instanceof IncludeError)) throw error;
      return { resolved: value, includes: [], includeError: error.message };
    }
  }

  function assertWritable(): void {
    const reason = readOnlyReason(options.env);
    if (reason) throw new AppError('CONFIG_READONLY', `The config is read-only: ${reason}`);
  }

  async function preview(operations: readonly ConfigOperation[], baseHash?: string | null): Promise<EditPreview> {
    const loaded = await load();
    let result;
    try {
      result = applyOperations(loaded.config, operations);
    } catch (error) {
      if (error instanceof OperationError) throw new AppError('INVALID_INPUT', error.message);
      throw error;
    }
    const blockers: string[] = [];
    const includes = findIncludes(loaded.config);
    const touched = changedPaths(loaded.config, result.config).filter((p) => touchesInclude(p, includes));
    if (touched.length) blockers.push(includeRefusal(touched[0]!, loaded.includes, loaded.path));
    let text = loaded.text;
    try {
      text = rewriteJson5(loaded.text, loaded.exists ? loaded.config : {}, result.config);
    } catch (error) {
      if (!(error instanceof LosslessEditError)) throw error;
      blockers.push(error.message);
    }
    // Only problems this edit brings in block it: a file OpenClaw runs with is never locked out by us.
    const [issues, issuesBefore] = await Promise.all([validateSchema(result.config), validateSchema(loaded.config)]);
    for (const issue of newIssues(issuesBefore, issues)) blockers.push(`${issue.path}: ${issue.message}`);
    const findings = checkConfig(result.config);
    const introduced = newFindings(checkConfig(loaded.config), findings);
    for (const finding of introduced) if (finding.severity === 'error') blockers.push(finding.message);
    if (baseHash !== undefined && baseHash !== loaded.hash) {
      blockers.unshift(`${loaded.path} changed on disk since it was loaded; reload it before saving`);
    }
    const diff =
      text === loaded.text
        ? ''
        : createTwoFilesPatch(loaded.path, loaded.path, loaded.text, text, '', '', { context: 3 });
    return {
      path: loaded.path,
      baseHash: loaded.hash,
      changed: text !== loaded.text,
      diff,
      notes: result.notes,
      issues,
      findings,
      introduced,
      blockers,
      text,
    };
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
      await writeFile(candidate, text, { mode: 0o600 });
      return await validateExternal(candidate);
    } catch (error) {
      return {
        ran: false,
        valid: true,
        issues: [],
        warnings: [],
        note: `could not run OpenClaw's validator: ${(error as Error).message}`,
      };
    } finally {
      await fs.rm(candidate, { force: true }).catch(() => undefined);
    }
  }

  async function writeWithBackup(configPath: string, text: string, existed: boolean): Promise<string | null> {
    try {
      if (existed) await rotateBackups(configPath);
      await writeFileAtomic(configPath, text, fs);
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      throw new AppError(
        'IO_ERROR',
        `Could not write ${configPath}: ${err.code ?? ''} ${err.message}. The file was left as it was.`.trim(),
      );
    }
    return existed ? backupPath(configPath) : null;
  }

  function save(operations: readonly ConfigOperation[], baseHash?: string | null): Promise<SaveResult> {
    return serialize(async () => {
      assertWritable();
      const planned = await preview(operations, baseHash);
      if (planned.blockers.some((b) => b.includes('changed on disk'))) {
        throw new AppError('CONFIG_CHANGED_ON_DISK', planned.blockers[0]!);
      }
      if (planned.blockers.length) {
        throw new AppError('CONFIG_INVALID', `Not saved: ${planned.blockers.join('; ')}`, {
          blockers: planned.blockers,
          issues: planned.issues,
        });
      }
      if (!planned.changed) {
        return {
          path: planned.path,
          hash: planned.baseHash ?? hashText(planned.text),
          diff: '',
          notes: ['no change'],
          backup: null,
          openclaw: { ran: false, valid: true, issues: [], warnings: [] },
        };
      }
      const openclaw = await externalCheck(planned.path, planned.text);
      if (openclaw.ran && !openclaw.valid) {
        const list = openclaw.issues.map((i) => `${i.path}: ${i.message}`).join('; ') || openclaw.note || 'rejected';
        throw new AppError('CONFIG_INVALID', `Not saved: OpenClaw rejects the result: ${list}`, {
          issues: openclaw.issues,
        });
      }
      // Last look right before writing: an outside edit during validation must not be overwritten.
      const current = await readFile(planned.path, 'utf8').then(hashText, () => null);
      if (current !== planned.baseHash)
        throw new AppError(
          'CONFIG_CHANGED_ON_DISK',
          `${planned.path} changed on disk while saving; nothing was written`,
        );
      const backup = await writeWithBackup(planned.path, planned.text, planned.baseHash !== null);
      const hash = hashText(planned.text);
      await writeLastSave({ path: planned.path, writtenHash: hash, backupHash: planned.baseHash });
      const notes = openclaw.note ? [...planned.notes, openclaw.note] : planned.notes;
      return { path: planned.path, hash, diff: planned.diff, notes, backup, openclaw };
    });
  }

  function undo(): Promise<{ path: string; hash: string; diff: string }> {
    return serialize(async () => {
      assertWritable();
      const record = await readLastSave();
      const { path: configPath } = options.resolvePath();
      if (!record || record.path !== configPath)
        throw new AppError('NOT_FOUND', 'Nothing to undo: Claw Control has not saved this config');
      const currentText = await readFile(configPath, 'utf8').catch(() => null);
      if (currentText === null || hashText(currentText) !== record.writtenHash) {
        throw new AppError(
          'CONFIG_CHANGED_ON_DISK',
          `${configPath} changed after the last save; undo would lose those edits, so nothing was changed`,
        );
      }
      if (record.backupHash === null)
        throw new AppError('NOT_FOUND', 'The last save created the file; there is no earlier version to restore');
      const previous = await readFile(backupPath(configPath), 'utf8').catch(() => null);
      if (previous === null || hashText(previous) !== record.backupHash) {
        throw new AppError(
          'CONFIG_CHANGED_ON_DISK',
          `${backupPath(configPath)} no longer holds the version before the last save; nothing was changed`,
        );
      }
      await writeWithBackup(configPath, previous, true);
      await writeLastSave(null);
      const diff = createTwoFilesPatch(configPath, configPath, currentText, previous, '', '', { context: 3 });
      return { path: configPath, hash: hashText(previous), diff };
    });
  }

  async function validate(): Promise<{
    path: string;
    issues: ConfigIssue[];
    findings: Finding[];
    openclaw: OpenClawValidation;
  }> {
    const loaded = await load();
    if (!loaded.exists) throw new AppError('NOT_FOUND', `No config at ${loaded.path}`);
    const openclaw = await validateExternal(loaded.path);
    const issues = await validateSchema(loaded.resolved);
    if (loaded.includeError) issues.unshift({ path: '$include', message: loaded.includeError });
    return { path: loaded.path, issues, findings: checkConfig(loaded.resolved), openclaw };
  }

  /** The file with its typographic string quotes straightened, and the diff; throws when that would not parse. */
  async function previewQuoteRepair(): Promise<{ path: string; baseHash: string; diff: string; text: string }> {
    const { path: filePath } = options.resolvePath();
    const text = await readFile(filePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new AppError('IO_ERROR', `Cannot read ${filePath}: ${error.code ?? ''} ${error.message}`.trim());
    });
    const repaired = straightenTypographicQuotes(text);
    if (repaired.replaced === 0) throw new AppError('NOT_FOUND', `${filePath} has no typographic quotes to straighten`);
    try {
      if (!isPlainObject(parseJson5(repaired.text))) throw new Error('not an object');
    } catch (error) {
      const info = describeParseError(error);
      throw new AppError(
        'CONFIG_MALFORMED',
        `Straightening the quotes is not enough: the file would still not parse (${info.message}); fix it by hand`,
      );
    }
    const diff = createTwoFilesPatch(filePath, filePath, text, repaired.text, '', '', { context: 1 });
    return { path: filePath, baseHash: hashText(text), diff, text: repaired.text };
  }

  /** Writes the repaired text through the same safe path as every save (read-only check, backup, atomic write). */
  function repairQuotes(baseHash: string): Promise<SaveResult> {
    return serialize(async () => {
      assertWritable();
      const planned = await previewQuoteRepair();
      if (planned.baseHash !== baseHash)
        throw new AppError('CONFIG_CHANGED_ON_DISK', `${planned.path} changed on disk since the repair was shown`);
      const openclaw = await externalCheck(planned.path, planned.text);
      const current = await readFile(planned.path, 'utf8').then(hashText, () => null);
      if (current !== planned.baseHash)
        throw new AppError(
          'CONFIG_CHANGED_ON_DISK',
          `${planned.path} changed on disk while saving; nothing was written`,
        );
      const backup = await writeWithBackup(planned.path, planned.text, true);
      const hash = hashText(planned.text);
      await writeLastSave({ path: planned.path, writtenHash: hash, backupHash: planned.baseHash });
      const notes = ['typographic quotes straightened', ...(openclaw.note ? [openclaw.note] : [])];
      return { path: planned.path, hash, diff: planned.diff, notes, backup, openclaw };
    });
  }

  return { load, preview, save, undo, validate, previewQuoteRepair, repairQuotes };
}

export type ConfigStore = ReturnType<typeof createConfigStore>;
