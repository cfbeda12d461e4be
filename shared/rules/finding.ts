/** A finding: what one rule of the book found at one path, its message and, where one exists, its fix. */
import { z } from 'zod';
import { messageSchema } from '../i18n/message';
import { configOperationSchema } from '../config/operations';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const findingSchema = z.object({
  severity: z.enum(SEVERITIES),
  code: z.string(),
  path: z.string(),
  message: messageSchema,
  fix: z.object({ label: messageSchema, operations: z.array(configOperationSchema) }).optional(),
  /** The OpenClaw releases and source the rule holds for, for the release the findings were judged for. */
  ruleLine: messageSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;
export type FindingFix = NonNullable<Finding['fix']>;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Most important first; findings of the same severity keep their order (stable sort). */
export function bySeverity<T extends Pick<Finding, 'severity'>>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
