/**
 * Fit of the configured local models: each model row checked at the context OpenClaw will
 * use (contextTokens, else contextWindow) against this machine's budget plus any other
 * machines the user added (exo, llama.cpp RPC, MLX distributed count as one budget).
 */
import { modelChain, providerModels, providersOf, type ConfigObject } from '../config/config-access';
import { isLocalRef } from '../config/local-refs';
import { parseModelRef } from '../config/model-ref';
import type { HardwareReport } from '../hardware/report';
import type { ProbedModel } from '../servers/probe-result';
import { adviseFit, type FitResult } from './advisor';

export interface ExtraMachine {
  label: string;
  memoryBytes: number;
}

export interface TotalBudget {
  bytes: number | null;
  bandwidthGBs: number | null;
  machines: number;
  /** What the budget is made of (system RAM on a machine without a GPU). */
  kind?: FitResult['budgetKind'];
  /** GPU memory free now on this machine alone (no MIG, no other machines), when known. */
  freeBytes?: number | null;
}

function budgetKind(report: HardwareReport | null): FitResult['budgetKind'] {
  const source = report?.budget.source;
  if (source === 'system-ram') return 'ram';
  if (source === 'apple-wired-limit' || source === 'apple-default-estimate') return 'unified';
  if (source === 'nvidia-vram' || source === 'amd-vram') return 'gpu';
  return 'unknown';
}

export function totalBudget(report: HardwareReport | null, extras: readonly ExtraMachine[]): TotalBudget {
  const extra = extras.reduce((sum, machine) => sum + machine.memoryBytes, 0);
  const own = report?.budget.bytes ?? null;
  return {
    bytes: own === null ? (extras.length ? extra : null) : own + extra,
    bandwidthGBs: report?.budget.bandwidthGBs ?? null,
    machines: 1 + extras.length,
    kind: budgetKind(report),
    // Free memory only speaks for one machine's whole GPUs: not across machines, not inside a MIG slice.
    freeBytes: extras.length || report?.gpus.some((g) => g.mig.length) ? null : (report?.budget.freeBytes ?? null),
  };
}

/** The context OpenClaw budgets for a model row: contextTokens, else contextWindow. */
export function rowContext(row: Record<string, unknown>): number | undefined {
  const tokens = row.contextTokens ?? row.contextWindow;
  return typeof tokens === 'number' && tokens > 0 ? tokens : undefined;
}

/** What the model's server says about it; its size is the most exact source there is. */
export type ServedModel = Pick<ProbedModel, 'sizeBytes' | 'quant'> & Partial<Pick<ProbedModel, 'loaded'>>;

/** What a local GGUF file's header says: its real size and attention shape. */
export interface GgufShape {
  weightBytes: number;
  kvBytesPerTokenF16: number;
  maxContext: number | null;
}

/**
 * A model row's fit at the context OpenClaw budgets for it. Its weights come from what its
 * server reports, else from a GGUF file the user pointed at, else from the catalog.
 */
export function fitForRow(
  row: Record<string, unknown>,
  budget: TotalBudget,
  served?: ServedModel | null,
  gguf?: GgufShape | null,
): FitResult {
  const sizedByServer = served?.sizeBytes ? { bytes: served.sizeBytes, source: 'server' as const } : undefined;
  return adviseFit({
    modelId: typeof row.id === 'string' ? row.id : '',
    context: rowContext(row),
    knownWeightBytes: sizedByServer ?? (gguf ? { bytes: gguf.weightBytes, source: 'gguf' } : undefined),
    shape: gguf ?? undefined,
    quant: sizedByServer ? (served?.quant ?? undefined) : undefined,
    budgetBytes: budget.bytes,
    bandwidthGBs: budget.bandwidthGBs,
    budgetKind: budget.kind,
    freeBytes: budget.freeBytes,
  });
}

/** The primary model when it is local: its ref, its provider's key and its row (when configured); null when hosted or unset. */
export function localPrimaryEntry(
  config: ConfigObject,
): { ref: string; modelId: string; providerKey: string | null; row: Record<string, unknown> | null } | null {
  const { primary } = modelChain(config);
  if (!primary || !isLocalRef(config, primary)) return null;
  const ref = parseModelRef(primary);
  if (!ref) return null;
  const providers = providersOf(config);
  const providerKey = Object.keys(providers).find((id) => id.toLowerCase() === ref.provider) ?? null;
  const row = providerModels(providerKey ? providers[providerKey] : undefined).find((m) => m.id === ref.model) ?? null;
  return { ref: primary, modelId: ref.model, providerKey, row };
}
