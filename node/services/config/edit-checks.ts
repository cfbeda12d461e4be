/**
 * The checks of an edit plan, before anything is written: the lossless rewrite of the file's
 * text, our schema and the rule book (only problems the edit brings in block it), masked values
 * sent back as secrets, what the user must confirm, and the diff with every secret masked.
 */
import { createTwoFilesPatch } from 'diff';
import { checkConfig, newFindings } from '@shared/config/checks';
import type { Finding } from '@shared/rules/finding';
import type { ConfigObject } from '@shared/config/config-access';
import { rewriteConfigText } from '@shared/config/config-text';
import { issueDetail } from '@shared/config/issue-detail';
import { saveConfirmations } from '@shared/config/save-guard';
import { maskedValuesIntroduced, maskSecretsInText } from '@shared/config/secrets';
import type { ConfigIssue } from '@shared/config/validate';
import { mapMessageStrings, msg, type Message } from '@shared/i18n/message';
import { LosslessEditError } from '@shared/json5/lossless-edit';
import type { EditPlan } from './edit-plan';

/** The blocker that means "reload first" (a save refuses it as CONFIG_CHANGED_ON_DISK). */
export const CHANGED_ON_DISK = 'config.changedOnDisk';

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
  /** Our schema's issues that this edit brings in (each is also a blocker). */
  introducedIssues: ConfigIssue[];
  /** Why this edit cannot be saved (empty when it can). */
  blockers: Message[];
  /** What the user must confirm before saving (drops gateway.mode, shrinks the file by more than half). */
  confirmations: Message[];
  /** The new text of `file`. */
  text: string;
  /** The config as OpenClaw will read it after the save (includes resolved). */
  resolvedAfter: unknown;
}

export interface CheckInputs {
  path: string;
  baseHash: string | null;
  /** The hash the client's edit was made against (undefined: no compare). */
  expectedHash: string | null | undefined;
  /** Our JSON Schema check (OpenClaw's schema where installed). */
  validateSchema: (config: ConfigObject) => Promise<ConfigIssue[]>;
  /** The installed OpenClaw's version the findings are judged for. */
  openclawVersion: string | null;
}

/** Issues in `after` that `before` did not have (same path and message). */
export function newIssues(before: readonly ConfigIssue[], after: readonly ConfigIssue[]): ConfigIssue[] {
  const seen = new Set(before.map((i) => `${i.path}\u0000${i.message}`));
  return after.filter((i) => !seen.has(`${i.path}\u0000${i.message}`));
}

export async function checkEdit(planned: EditPlan, inputs: CheckInputs, blockers: Message[]): Promise<EditPreview> {
  const { before, after, notes } = planned;
  let text = planned.text;
  try {
    text = rewriteConfigText(planned.text, planned.current, planned.next, planned.at);
  } catch (error) {
    if (!(error instanceof LosslessEditError)) throw error;
    blockers.push(msg('config.losslessEdit', { detail: error.message }));
  }
  // Only problems this edit brings in block it: a file OpenClaw runs with is never locked out by us.
  const [issues, issuesBefore] = await Promise.all([inputs.validateSchema(after), inputs.validateSchema(before)]);
  const introducedIssues = newIssues(issuesBefore, issues);
  for (const issue of introducedIssues)
    blockers.push(msg('config.issue', { path: issue.path, detail: issueDetail(issue) }));
  const findings = checkConfig(after, inputs.openclawVersion);
  const introduced = newFindings(checkConfig(before, inputs.openclawVersion), findings);
  for (const finding of introduced) if (finding.severity === 'error') blockers.push(finding.message);
  // A masked value ("••••1234") sent back by a client must never be written as the secret.
  for (const p of maskedValuesIntroduced(before, after))
    blockers.push(msg('safety.maskedSecret', { path: p.join('.') }));
  if (inputs.expectedHash !== undefined && inputs.expectedHash !== inputs.baseHash)
    blockers.unshift(msg(CHANGED_ON_DISK, { path: inputs.path }));
  // Nothing quoted from the file leaves the service with a secret in clear.
  const mask = (t: string) => maskSecretsInText(t, before, after);
  const diff =
    text === planned.text
      ? ''
      : mask(createTwoFilesPatch(planned.file, planned.file, planned.text, text, '', '', { context: 3 }));
  return {
    path: inputs.path,
    file: planned.file,
    fileHash: planned.fileHash,
    baseHash: inputs.baseHash,
    changed: text !== planned.text,
    diff,
    notes: notes.map((note) => mapMessageStrings(note, mask)),
    issues,
    findings,
    introduced,
    introducedIssues,
    blockers: blockers.map((b) => mapMessageStrings(b, mask)),
    confirmations: saveConfirmations(before, after, planned.text, text),
    text,
    resolvedAfter: after,
  };
}
