/**
 * Findings judged for one installed OpenClaw release (the doctor's and the config editor's one
 * rule): a finding whose rule is `absent` there is dropped, and each OpenClaw rule carries its
 * rule line for that release ("yours: …" where it holds, "not verified for …" where it was never
 * probed). With the version unknown (no OpenClaw found) nothing is dropped: every rule holds for
 * the pinned release the panel checks against then (shared/config/openclaw-release.ts).
 */
import type { Finding } from './finding';
import { PINNED_OPENCLAW_VERSION } from '../config/openclaw-release';
import { msg, type Message } from '../i18n/message';
import { ruleVerdict } from './ranges';
import { ruleLine } from './sources';

export function judgeFindings(findings: readonly Finding[], openclawVersion: string | null): Finding[] {
  return findings
    .filter((f) => ruleVerdict(f.code, openclawVersion) !== 'absent')
    .map((f) => {
      const line = ruleLine(f.code, openclawVersion);
      return line ? { ...f, ruleLine: line } : f;
    });
}

/** The line the editor shows above its findings: which OpenClaw release they were judged for. */
export function judgedForLine(openclawVersion: string | null): Message {
  return openclawVersion === null
    ? msg('judged.forPinned', { version: PINNED_OPENCLAW_VERSION })
    : msg('judged.forInstalled', { version: openclawVersion });
}
