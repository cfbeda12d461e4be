/**
 * The fit advisor (F2): does a model fit the GPU memory budget at its context window?
 * weights + KV cache (2 × layers × KV heads × head dim × context × bytes) + llama.cpp's
 * compute buffer (memory-estimate.ts, calibrated on measurements.json) against the budget → fits / fits at a smaller context (the largest that does) / does
 * not fit (by how much), plus a decode-speed estimate from memory bandwidth. Models it
 * cannot size get an honest "can't tell" that says what is missing.
 */
import { z } from 'zod';
import { messageSchema, msg, type Message } from '../i18n/message';
import { BPW, CATALOG, findCatalogModel, guessQuant, type CatalogModel } from './catalog';
import { computeBufferBytes, DEFAULT_VOCAB } from './memory-estimate';
import { KV_TYPES, kvCacheBytes, largestTokens, type KvType } from './model-shape';
import { placeMemory, type Placement, type PlacementShape } from './placement';

/** Share of the memory bandwidth decoding achieves: MoE models ~0.4, dense ~0.6 (reference/hardware.md §3.3). */
export const EFFICIENCY = { moe: 0.4, dense: 0.6 } as const;

/** What a user acts on: how much room is left, the context each KV type allows, the largest quant that fits. */
export const fitAnswersSchema = z.object({
  /** What the room is measured against: free GPU memory now (other processes' use taken off) or the budget. */
  against: z.enum(['free', 'budget']),
  againstBytes: z.number(),
  /** againstBytes − the estimate: positive is to spare, negative is over. */
  headroomBytes: z.number(),
  /** The largest context per slot (a multiple of 1024) at each KV cache type; `whole` when the model's own maximum fits. */
  contextByKvType: z.array(z.object({ kvType: z.enum(KV_TYPES), tokens: z.number(), whole: z.boolean() })),
  /** The largest llama.cpp quantisation that fits at the context checked; null when none does or the parameter count is unknown. */
  largestQuant: z.object({ quant: z.string(), weightBytes: z.number(), totalBytes: z.number() }).nullable(),
});
export type FitAnswers = z.infer<typeof fitAnswersSchema>;

export const fitResultSchema = z.object({
  verdict: z.enum(['fits', 'fits-smaller-context', 'does-not-fit', 'unknown']),
  catalogId: z.string().nullable(),
  quant: z.string().nullable(),
  context: z.number(),
  weightBytes: z.number().nullable(),
  weightSource: z.enum(['server', 'gguf', 'catalog', 'params', 'none']),
  kvBytes: z.number().nullable(),
  /** llama.cpp's compute buffer (estimated from the vocabulary). */
  overheadBytes: z.number(),
  /** What the budget is: GPU memory, the GPU's share of unified memory, or system RAM (no GPU). */
  budgetKind: z.enum(['gpu', 'unified', 'ram', 'unknown']),
  totalBytes: z.number().nullable(),
  budgetBytes: z.number().nullable(),
  /** The largest context that fits (when the requested one does not). */
  maxContext: z.number().nullable(),
  /** How much is missing at the smallest useful context. */
  shortByBytes: z.number().nullable(),
  decode: z
    .object({ tokensPerSecond: z.number(), atContext: z.number(), efficiency: z.number(), bandwidthGBs: z.number() })
    .nullable(),
  missing: z.array(messageSchema),
  assumptions: z.array(messageSchema),
  /**
   * Free GPU memory now, set only when the model fits the GPU but not what is free now:
   * other processes (or this model, already loaded) hold the rest.
   */
  freeNowBytes: z.number().nullable(),
  /** Weights and KV cache the settings leave in system RAM (layers not offloaded, experts on the CPU). */
  cpuBytes: z.number().default(0),
  /** The answers a user acts on (fit-answers.ts); null when the model cannot be sized. */
  answers: fitAnswersSchema.nullable().default(null),
});
export type FitResult = z.infer<typeof fitResultSchema>;

export interface FitInput {
  /** The model id as configured (e.g. `minimax-m2.1-gs32`) or a catalog id. */
  modelId: string;
  /** Explicit quantisation (overrides what the id says). */
  quant?: string;
  /** The context to check (tokens); defaults to the model's maximum. */
  context?: number;
  /** A size the server or a GGUF header reported, in bytes. */
  knownWeightBytes?: { bytes: number; source: 'server' | 'gguf' };
  /**
   * The attention shape when it comes from a GGUF header or a server rather than the catalog:
   * `kvBytesPerTokenF16` over the full-attention layers, plus sliding-window layers that hold at most their window.
   */
  shape?: {
    kvBytesPerTokenF16: number;
    maxContext: number | null;
    swaKvBytesPerTokenF16?: number;
    slidingWindow?: number | null;
    vocab?: number | null;
    /** Share of the weights one token reads (MoE), when known. */
    activeShare?: number | null;
    layers?: number | null;
    expertShare?: number | null;
    headCount?: number | null;
    paramCount?: number | null;
  };
  /** Settings that move memory on or off the GPU (placement.ts). */
  placement?: Placement;
  /** KV cache type (default f16). */
  kvType?: KvType;
  /** Parallel slots, each holding its own context (default 1). */
  parallel?: number;
  budgetBytes: number | null;
  bandwidthGBs: number | null;
  /** What the budget is (default: GPU memory). */
  budgetKind?: FitResult['budgetKind'];
  /** GPU memory free now (nvidia-smi's memory.free), when known. */
  freeBytes?: number | null;
}

const SMALLEST_USEFUL_CONTEXT = 8192;

function weightsFor(
  model: CatalogModel | null,
  input: FitInput,
  assumptions: Message[],
): { bytes: number | null; source: FitResult['weightSource']; quant: string | null } {
  if (input.knownWeightBytes)
    return {
      bytes: input.knownWeightBytes.bytes,
      source: input.knownWeightBytes.source,
      quant: input.quant ?? guessQuant(input.modelId)?.quant ?? null,
    };
  // A catalog quant named exactly (UD-IQ2_M, MLX-4bit-gs32, FP8-native…) wins over pattern guessing.
  const named = (input.quant ?? input.modelId).toLowerCase();
  const exact =
    model &&
    Object.keys(model.quants).find((key) =>
      input.quant ? named === key.toLowerCase() : named.includes(key.toLowerCase()),
    );
  if (model && exact) return { bytes: model.quants[exact]! * 1e9, source: 'catalog', quant: exact };
  const guess = guessQuant(input.quant ?? input.modelId);
  if (guess?.assumption) assumptions.push(guess.assumption);
  if (!model) return { bytes: null, source: 'none', quant: guess?.quant ?? null };
  if (guess && model.quants[guess.quant] !== undefined)
    return { bytes: model.quants[guess.quant]! * 1e9, source: 'catalog', quant: guess.quant };
  if (guess) return { bytes: (model.totalParamsB * 1e9 * guess.bpw) / 8, source: 'params', quant: guess.quant };
  assumptions.push(msg('hardware.fit.assumedQuant', { quant: 'Q4_K_M', bpw: 4.89 }));
  const q4 = model.quants.Q4_K_M;
  return q4 !== undefined
    ? { bytes: q4 * 1e9, source: 'catalog', quant: 'Q4_K_M' }
    : { bytes: (model.totalParamsB * 1e9 * 4.89) / 8, source: 'params', quant: 'Q4_K_M' };
}

/** The bytes of weights at a quantisation: the catalog's file size when it lists one, else parameters × bits. */
function quantBytes(model: CatalogModel | null, quant: string, params: number): number {
  const listed = model?.quants[quant];
  return listed !== undefined ? listed * 1e9 : (params * BPW[quant]!) / 8;
}

export function adviseFit(input: FitInput): FitResult {
  const model = findCatalogModel(input.modelId) ?? CATALOG.find((m) => m.id === input.modelId) ?? null;
  const assumptions: Message[] = [];
  const missing: Message[] = [];
  const { bytes: weightBytes, source, quant } = weightsFor(model, input, assumptions);
  const kvPerTokenF16 = input.shape?.kvBytesPerTokenF16 ?? model?.kvBytesPerTokenF16 ?? null;
  const kvShape =
    kvPerTokenF16 === null
      ? null
      : {
          fullKvBytesPerTokenF16: kvPerTokenF16,
          swaKvBytesPerTokenF16: input.shape?.swaKvBytesPerTokenF16 ?? 0,
          slidingWindow: input.shape?.slidingWindow ?? null,
        };
  const kvAt = (tokens: number, kvType = input.kvType) =>
    kvShape ? kvCacheBytes(kvShape, tokens, { kvType, parallel: input.parallel }) : 0;
  const kvPerToken = kvShape ? kvAt(1) : null;
  const context = input.context ?? input.shape?.maxContext ?? model?.maxContext ?? SMALLEST_USEFUL_CONTEXT;
  if (kvPerToken === null) missing.push(msg('hardware.fit.missingShape'));
  if (weightBytes === null) missing.push(msg('hardware.fit.missingWeights'));
  if (input.budgetBytes === null) missing.push(msg('hardware.fit.missingBudget'));

  const vocab = input.shape?.vocab ?? model?.vocab;
  if (!vocab) assumptions.push(msg('hardware.fit.assumedVocab', { tokens: DEFAULT_VOCAB.toLocaleString('en-US') }));
  const overheadBytes = computeBufferBytes(vocab ?? DEFAULT_VOCAB);
  const layers = input.shape?.layers ?? model?.layers ?? null;
  const placementShape: PlacementShape | null = layers
    ? {
        layers,
        expertShare: input.shape?.expertShare ?? (model && model.activeParamsB === model.totalParamsB ? 0 : null),
        headCount: input.shape?.headCount ?? null,
      }
    : null;
  /** What the GPU holds at a context, KV type and weight size under the settings given. */
  const placedAt = (tokens: number, kvType = input.kvType, weights = weightBytes ?? 0) => {
    const placed = placeMemory(
      weights,
      kvAt(tokens, kvType),
      tokens * (input.parallel ?? 1),
      placementShape,
      input.placement,
    );
    return {
      ...placed,
      total: placed.gpuWeightBytes + placed.gpuKvBytes + placed.attentionScoresBytes + overheadBytes,
    };
  };
  const placed = placedAt(context);
  if (input.placement && (input.placement.gpuLayers !== undefined || input.placement.cpuMoeLayers) && !placementShape)
    assumptions.push(msg('fitAnswers.assumed.noLayers'));
  for (const figure of placed.unknown) assumptions.push(msg(`fitAnswers.assumed.${figure}`));

  const kvBytes = kvShape ? placed.gpuKvBytes : null;
  const totalBytes = weightBytes !== null && kvBytes !== null ? placed.total : null;
  const base = {
    catalogId: model?.id ?? null,
    quant,
    context,
    weightBytes: weightBytes === null ? null : placed.gpuWeightBytes,
    weightSource: source,
    kvBytes,
    overheadBytes: overheadBytes + placed.attentionScoresBytes,
    budgetKind: input.budgetKind ?? 'gpu',
    totalBytes,
    budgetBytes: input.budgetBytes,
    missing,
    assumptions,
    cpuBytes: weightBytes === null ? 0 : placed.cpuBytes,
  };
  let decode: FitResult['decode'] = null;
  const activeShare = input.shape?.activeShare ?? (model ? model.activeParamsB / model.totalParamsB : null);
  if (activeShare !== null && input.bandwidthGBs && weightBytes !== null && kvShape) {
    const efficiency = activeShare < 1 ? EFFICIENCY.moe : EFFICIENCY.dense;
    const activeBytes = weightBytes * activeShare;
    const atContext = Math.min(context, SMALLEST_USEFUL_CONTEXT);
    // One slot decodes against its own context.
    const kvRead = kvCacheBytes(kvShape, atContext, { kvType: input.kvType });
    decode = {
      tokensPerSecond: (input.bandwidthGBs * 1e9 * efficiency) / (activeBytes + kvRead),
      atContext,
      efficiency,
      bandwidthGBs: input.bandwidthGBs,
    };
  }
  if (totalBytes === null || input.budgetBytes === null || kvPerToken === null || weightBytes === null) {
    return {
      verdict: 'unknown',
      ...base,
      maxContext: null,
      shortByBytes: null,
      decode,
      freeNowBytes: null,
      answers: null,
    };
  }
  const budgetBytes = input.budgetBytes;
  const free = input.freeBytes ?? null;
  // The room a user has now: free GPU memory when the GPU says it (other processes hold the rest), else the budget.
  const againstBytes = free !== null ? Math.min(free, budgetBytes) : budgetBytes;
  const ceiling = input.shape?.maxContext ?? model?.maxContext ?? Math.max(context, 10_000_000);
  const params = input.shape?.paramCount ?? (model ? model.totalParamsB * 1e9 : null);
  const ladder = Object.keys(BPW).sort((a, b) => BPW[b]! - BPW[a]!);
  const largestQuant =
    params === null
      ? null
      : (ladder
          .map((q) => {
            const weights = quantBytes(model, q, params);
            return { quant: q, weightBytes: weights, totalBytes: placedAt(context, input.kvType, weights).total };
          })
          .find((q) => q.totalBytes <= againstBytes) ?? null);
  const answers: FitAnswers = {
    against: free !== null ? 'free' : 'budget',
    againstBytes,
    headroomBytes: againstBytes - totalBytes,
    contextByKvType: KV_TYPES.map((kvType) => {
      const tokens = largestTokens((t) => placedAt(t, kvType).total, againstBytes, ceiling);
      return { kvType, tokens, whole: tokens >= Math.floor(ceiling / 1024) * 1024 };
    }),
    largestQuant,
  };
  const done = { decode, answers };
  const freeNow = (needs: number) => (free !== null && needs > free ? free : null);
  if (totalBytes <= budgetBytes)
    return {
      verdict: 'fits',
      ...base,
      maxContext: null,
      shortByBytes: null,
      ...done,
      freeNowBytes: freeNow(totalBytes),
    };
  const maxContext = largestTokens((t) => placedAt(t).total, budgetBytes, context);
  if (maxContext >= SMALLEST_USEFUL_CONTEXT)
    return {
      verdict: 'fits-smaller-context',
      ...base,
      maxContext,
      shortByBytes: null,
      ...done,
      freeNowBytes: freeNow(placedAt(maxContext).total),
    };
  const shortBy = placedAt(SMALLEST_USEFUL_CONTEXT).total - budgetBytes;
  return { verdict: 'does-not-fit', ...base, maxContext: null, shortByBytes: shortBy, ...done, freeNowBytes: null };
}

/** "does not fit …" in the words the budget calls for: GPU memory, unified memory, or RAM on a machine without a GPU. */
export function doesNotFitMessage(fit: Pick<FitResult, 'budgetKind'>): Message {
  return fit.budgetKind === 'ram'
    ? msg('hardware.fit.doesNotFitRam')
    : fit.budgetKind === 'unified'
      ? msg('hardware.fit.doesNotFitUnified')
      : msg('hardware.fit.doesNotFitGpu');
}
