/**
 * The fallback drill's report as the contract carries it: per chain entry, whether OpenClaw would
 * reach it when every earlier entry fails, whether it would answer, and one step per drill rule
 * (credentials, allow-list, a real answer, the hand-over from the entries before it).
 */
import { z } from 'zod';
import { messageSchema } from '../../i18n/message';
import { CHECK_STATUSES, checkFixSchema } from '../../checkup/types';

export const DRILL_STEP_IDS = ['credentials', 'allowed', 'answers', 'reached'] as const;
export type DrillStepId = (typeof DRILL_STEP_IDS)[number];

export const drillStepSchema = z.object({
  id: z.enum(DRILL_STEP_IDS),
  status: z.enum(CHECK_STATUSES),
  summary: messageSchema,
  evidence: z.array(messageSchema),
  fix: checkFixSchema.optional(),
});
export type DrillStep = z.infer<typeof drillStepSchema>;

export const drillEntrySchema = z.object({
  ref: z.string(),
  role: z.enum(['primary', 'fallback']),
  /** Would the chain get here when every entry before it fails. */
  reached: z.boolean(),
  /** Would it answer once reached: null when it was not asked (a hosted model) and nothing rules it out. */
  answers: z.boolean().nullable(),
  /** Why it would not be reached, or not answer (null when it would do both). */
  why: messageSchema.nullable(),
  steps: z.array(drillStepSchema),
});
export type DrillEntry = z.infer<typeof drillEntrySchema>;

export const drillReportSchema = z.object({
  checkedAt: z.string(),
  /** The OpenClaw release the drill judged for (null: unknown, version-dependent steps say so). */
  openclawVersion: z.string().nullable(),
  entries: z.array(drillEntrySchema),
  /** One line: the first entry that would not be reached, else the first that would not answer, else all well. */
  verdict: messageSchema,
});
export type DrillReport = z.infer<typeof drillReportSchema>;

export const drillInputSchema = z.object({}).strict();
