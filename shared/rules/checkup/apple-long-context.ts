/**
 * Apple silicon, long context: a context whose working set (the fit's weights + KV cache + compute
 * buffer at that context, shared/fit) comes near Metal's working-set limit (the hardware's Apple budget)
 * is flagged. Long prefills near that limit were reported to panic the kernel (`IOGPUMemory.cpp:550`)
 * with MLX, LM Studio and exo at 100 K+ tokens on 48–128 GB Macs: lmstudio-bug-tracker#2249,
 * mlx#3186, exo#1972. The fit arithmetic is not repeated here: only its result is compared.
 */
import type { FitResult } from '../../fit/advisor';
import { msg, type Message } from '../../i18n/message';

/**
 * At this share of the working-set limit a long context is flagged: the fit counts one micro-batch's
 * compute buffer, while a long prefill (MLX, LM Studio's MLX engine, exo) holds larger transient
 * buffers on top, so a working set that "fits" can still reach the limit during the prefill.
 */
export const APPLE_NEAR_LIMIT_RATIO = 0.75;
/** Contexts from this long on (the reports were at 100 K+ tokens; a prefill of this size already takes minutes). */
export const APPLE_LONG_CONTEXT_TOKENS = 32_768;

/** The warning for this fit, or null (not unified memory, a short context, or well under the limit). */
export function appleLongContextWarning(fit: FitResult | null): Message | null {
  if (!fit || fit.budgetKind !== 'unified' || fit.verdict !== 'fits') return null;
  if (fit.totalBytes === null || !fit.budgetBytes || fit.context < APPLE_LONG_CONTEXT_TOKENS) return null;
  const share = fit.totalBytes / fit.budgetBytes;
  if (share < APPLE_NEAR_LIMIT_RATIO) return null;
  return msg('longContext.appleNearLimit', {
    tokens: fit.context,
    percent: Math.round(share * 100),
    needs: (fit.totalBytes / 1e9).toFixed(1),
    limit: (fit.budgetBytes / 1e9).toFixed(1),
  });
}
