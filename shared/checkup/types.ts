/**
 * The model check-up's results as the contract carries them: per chain entry (or local
 * model row), one result per check with a status, its evidence as messages, and where
 * one exists a fix (config operations saved through the normal safe save) or a keep-warm offer.
 */
import { z } from 'zod';
import { configOperationSchema } from '../config/operations';
import { messageSchema } from '../i18n/message';
import { SERVER_KINDS } from '../servers/probe-result';

export const CHECK_IDS = ['chain', 'endpoint', 'presence', 'context', 'coldLoad', 'tools', 'lmstudio'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const CHECK_STATUSES = ['pass', 'warn', 'fail', 'skip'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const checkFixSchema = z.object({
  label: messageSchema,
  operations: z.array(configOperationSchema).min(1),
});
export type CheckFix = z.infer<typeof checkFixSchema>;

export const checkResultSchema = z.object({
  id: z.enum(CHECK_IDS),
  status: z.enum(CHECK_STATUSES),
  /** One line: what was found. */
  summary: messageSchema,
  /** What the check saw: numbers, the server's own answer. */
  evidence: z.array(messageSchema),
  fix: checkFixSchema.optional(),
  /** Offer to keep this model warm (cold loads). */
  offerKeepWarm: z.boolean().optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const checkupEntrySchema = z.object({
  ref: z.string(),
  role: z.enum(['primary', 'fallback', 'local']),
  providerId: z.string().nullable(),
  modelId: z.string().nullable(),
  serverKind: z.enum(SERVER_KINDS).nullable(),
  checks: z.array(checkResultSchema),
  checkedAt: z.string(),
});
export type CheckupEntry = z.infer<typeof checkupEntrySchema>;

export const checkupReportSchema = z.object({
  checkedAt: z.string(),
  entries: z.array(checkupEntrySchema),
});
export type CheckupReport = z.infer<typeof checkupReportSchema>;

export const checkupInputSchema = z
  .object({
    /** Refs to check; none = the whole chain. */
    refs: z.array(z.string().min(1).max(512)).max(64).optional(),
    /** Unload a loaded model first to measure a real cold load (LM Studio ≥ 0.4, Ollama). */
    cold: z.boolean().optional(),
  })
  .strict();

const RANK: Record<CheckStatus, number> = { fail: 3, warn: 2, pass: 1, skip: 0 };

/** The worst status among results (skip when there are none). */
export function worstStatus(checks: readonly Pick<CheckResult, 'status'>[]): CheckStatus {
  return checks.reduce<CheckStatus>((worst, c) => (RANK[c.status] > RANK[worst] ? c.status : worst), 'skip');
}

/** Every fix of the failing or warning checks, in check order. */
export function fixesOf(entries: readonly CheckupEntry[]): { ref: string; check: CheckId; fix: CheckFix }[] {
  return entries.flatMap((entry) =>
    entry.checks
      .filter((c) => c.fix && (c.status === 'fail' || c.status === 'warn'))
      .map((c) => ({ ref: entry.ref, check: c.id, fix: c.fix! })),
  );
}
