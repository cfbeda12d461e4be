/**
 * What a cluster node can give a model. On Apple silicon the GPU can wire at most its
 * working-set limit, whatever RAM is free; a node that reports only RAM gets the macOS
 * default limit as an estimate (shared/hardware/classify.ts `defaultAppleWiredLimit`).
 */
import { defaultAppleWiredLimit } from '../hardware/classify';

export function appleUsableBytes(
  chip: string | null,
  totalBytes: number | null,
  availableBytes: number | null,
): { bytes: number | null; estimate: boolean } {
  const isApple = !!chip && /\bapple\b|\bm[1-9]\b/i.test(chip);
  if (!isApple || totalBytes === null) return { bytes: availableBytes ?? totalBytes, estimate: false };
  const limit = defaultAppleWiredLimit(totalBytes);
  return { bytes: availableBytes === null ? limit : Math.min(limit, availableBytes), estimate: true };
}
