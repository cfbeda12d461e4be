/** What a drill rule is (its step id, the OpenClaw behaviour it reads with source and releases, its judge) and how it words a step. */
import type { Message } from '../../i18n/message';
import type { CheckFix, CheckStatus } from '../../checkup/types';
import { inRange, parseOpenClawVersion } from '../ranges';
import type { DrillFacts } from './facts';
import type { DrillStep, DrillStepId } from './report';

export interface DrillRule {
  id: DrillStepId;
  /** Where OpenClaw's behaviour is read from and the releases it holds for (shown with the step). */
  openclaw: { source: string; versions: string };
  /** Judges entry `index` of the chain (earlier entries' facts included: the hand-over needs them). */
  judge(facts: DrillFacts, index: number): DrillStep;
}

export const step = (
  id: DrillStepId,
  status: CheckStatus,
  summary: Message,
  evidence: Message[] = [],
  fix?: CheckFix,
): DrillStep => ({ id, status, summary, evidence, ...(fix ? { fix } : {}) });

/** Whether the installed release lies in `range`: null when the version is unknown or not a release. */
export function releaseIn(version: string | null, range: string): boolean | null {
  if (!version || !parseOpenClawVersion(version)) return null;
  return inRange(version, range);
}
