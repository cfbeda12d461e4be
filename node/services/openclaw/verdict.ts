/**
 * Whose verdict blocks: when OpenClaw is installed and answered, its `config validate` verdict is
 * the one that decides (a save, `claw-control validate`); our schema check explains and locates.
 * Where the two disagree the disagreement is reported to the user as a note and logged as a
 * defect of Claw Control, never enforced against the user. Without an answer from OpenClaw, ours decides.
 */
import { issueDetail } from '@shared/config/issue-detail';
import type { ConfigIssue } from '@shared/config/validate';
import { msg, type Message } from '@shared/i18n/message';

export interface OpenClawAnswer {
  /** false when OpenClaw is not installed or gave no verdict. */
  ran: boolean;
  valid: boolean;
  issues: ConfigIssue[];
}

export interface Verdict {
  valid: boolean;
  /** Who decided. */
  by: 'openclaw' | 'schema';
  /** The issues that block (OpenClaw's when it decided, else ours). */
  blocking: ConfigIssue[];
  /** Set when our schema check and OpenClaw disagree: what to tell the user (nothing is blocked by it). */
  disagreement: Message | null;
}

export type DefectLog = (line: string) => void;

export function decideVerdict(
  ours: readonly ConfigIssue[],
  openclaw: OpenClawAnswer,
  version: string,
  log: DefectLog = (line) => console.error(line),
): Verdict {
  if (!openclaw.ran) return { valid: ours.length === 0, by: 'schema', blocking: [...ours], disagreement: null };
  const valid = openclaw.valid;
  let disagreement: Message | null = null;
  if (valid && ours.length > 0)
    disagreement = msg('openclawReading.weRefuse', {
      version,
      count: ours.length,
      first: msg('config.issue', { path: ours[0]!.path, detail: issueDetail(ours[0]!) }),
    });
  else if (!valid && ours.length === 0) disagreement = msg('openclawReading.weAccept', { version });
  if (disagreement)
    log(
      `[openclaw] defect: our schema check ${valid ? 'refuses' : 'accepts'} what OpenClaw ${version} ${valid ? 'accepts' : 'refuses'}; ours: ${JSON.stringify(ours.map((i) => [i.path, i.message]))}; OpenClaw: ${JSON.stringify(openclaw.issues.map((i) => [i.path, i.message]))}`,
    );
  return { valid, by: 'openclaw', blocking: valid ? [] : [...openclaw.issues], disagreement };
}
