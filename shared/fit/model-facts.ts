/**
 * What is known about a model to size it — its shape, its weights, its quantisation — with
 * where each figure came from, and how that becomes the fit advisor's input.
 */
import { z } from 'zod';
import { messageSchema } from '../i18n/message';
import { SERVER_KINDS } from '../servers/probe-result';
import { fitResultSchema, type FitInput } from './advisor';
import { problemSchema } from '../api/problem';
import { gpuProcessSchema } from '../hardware/report';
import { KV_TYPES, modelShapeSchema, SHAPE_SOURCES } from './model-shape';
import { placementSchema } from './placement';

const sourceSchema = z.enum(SHAPE_SOURCES).nullable();

export const modelFactsSchema = z.object({
  shape: modelShapeSchema.nullable(),
  weightBytes: z.number().nullable(),
  quant: z.string().nullable(),
  sources: z.object({ shape: sourceSchema, weights: sourceSchema }),
  /** What a figure rests on when it is not read but estimated. */
  assumptions: z.array(messageSchema),
  /** The context and parallel slots the server runs the model with, when it says. */
  serverContext: z.number().nullable().optional(),
  serverParallel: z.number().nullable().optional(),
  /** Whether the server runs the model with flash attention, when it says (LM Studio's loaded instance). */
  serverFlashAttention: z.boolean().nullable().optional(),
  /** Whether the server has the model loaded now: the GPU memory in use is then (partly) its own. */
  serverLoaded: z.boolean().nullable().optional(),
  /** Why no source gave the shape, in words that say what to give instead. */
  shapeMissing: messageSchema.optional(),
});
export type ModelFacts = z.infer<typeof modelFactsSchema>;

/** The advisor's shape and weights from the facts (absent figures are left to the catalog). */
export function adviceInputOf(facts: ModelFacts | null): Pick<FitInput, 'shape' | 'knownWeightBytes'> {
  if (!facts) return {};
  const { shape } = facts;
  return {
    ...(shape
      ? {
          shape: {
            kvBytesPerTokenF16: shape.fullKvBytesPerTokenF16,
            swaKvBytesPerTokenF16: shape.swaKvBytesPerTokenF16,
            slidingWindow: shape.slidingWindow,
            maxContext: shape.maxContext,
            vocab: shape.vocab,
            activeShare: shape.activeShare,
            layers: shape.layers,
            expertShare: shape.expertShare ?? null,
            headCount: shape.headCount ?? null,
            paramCount: shape.paramCount,
          },
        }
      : {}),
    ...(facts.weightBytes !== null
      ? {
          knownWeightBytes: {
            bytes: facts.weightBytes,
            source: facts.sources.weights === 'gguf-file' || facts.sources.weights === 'gguf-url' ? 'gguf' : 'server',
          },
        }
      : {}),
  } as Pick<FitInput, 'shape' | 'knownWeightBytes'>;
}

/** `fitModel`'s input: the name as the user gave it and the settings that change memory. */
export const fitModelInputSchema = z
  .object({
    /** An alias, a provider/model, a model id a running server lists, a catalog id, or a GGUF path or URL. */
    model: z.string().trim().min(1).max(4096),
    /** A GGUF path or URL whose header gives the shape (overrides what `model` would resolve to). */
    gguf: z.string().trim().min(1).max(4096).optional(),
    quant: z.string().max(64).optional(),
    context: z.number().int().positive().max(10_000_000).optional(),
    kvType: z.enum(KV_TYPES).optional(),
    parallel: z.number().int().min(1).max(256).optional(),
    /** A vision projector GGUF (`--mmproj`): its size is added to the GPU. */
    mmproj: z.string().trim().min(1).max(4096).optional(),
    gpuLayers: placementSchema.shape.gpuLayers,
    /** Layers whose experts stay on the CPU (`--n-cpu-moe N`; `--cpu-moe` sends the largest count, meaning all). */
    cpuMoeLayers: placementSchema.shape.cpuMoeLayers,
    flashAttention: placementSchema.shape.flashAttention,
  })
  .strict();

/** `fitModel`'s answer: the fit, how the name was understood, and where the shape and weights came from. */
export const fitModelOutputSchema = fitResultSchema.extend({
  resolved: z.object({
    kind: z.enum(['gguf', 'mlx', 'alias', 'ref', 'server', 'catalog']),
    /** The ref, server ref, catalog id or GGUF the name resolved to. */
    ref: z.string(),
    server: z.enum(SERVER_KINDS).nullable(),
  }),
  sources: modelFactsSchema.shape.sources,
  kvType: z.enum(KV_TYPES),
  parallel: z.number(),
  /** Processes holding GPU memory (nvidia-smi), for "other processes hold N GB". */
  gpuProcesses: z.array(gpuProcessSchema).default([]),
});

/** The most names one `fitModels` call sizes (a server listing more has the rest left out). */
export const FIT_MODELS_MAX = 200;

const fitName = z.string().trim().min(1).max(4096);

/**
 * One name to size, with what the panel's unsaved edit says of it: the context the row budgets
 * (the draft's, not the saved file's) and a GGUF file the user pointed it at.
 */
export const fitRequestSchema = z
  .object({
    model: fitName,
    context: fitModelInputSchema.shape.context,
    gguf: fitModelInputSchema.shape.gguf,
  })
  .strict();
export type FitRequest = z.infer<typeof fitRequestSchema>;

/** One key per distinct request (the same name at another context or file is another answer). */
export function requestKey(request: FitRequest): string {
  return JSON.stringify([request.model, request.context ?? null, request.gguf ?? null]);
}

/** The ask a key was made from. */
export function requestOfKey(key: string): FitRequest {
  const [model, context, gguf] = JSON.parse(key) as [string, number | null, string | null];
  return { model, ...(context !== null ? { context } : {}), ...(gguf !== null ? { gguf } : {}) };
}

/**
 * `fitModels`: many names at once — every view's fit verdict (the Providers page's rows and
 * server list, the chain, the guidance) comes from it, so the panel says one thing per model.
 */
export const fitModelsInputSchema = z
  .object({
    models: z.array(z.union([fitName, fitRequestSchema])).max(FIT_MODELS_MAX),
    kvType: z.enum(KV_TYPES).optional(),
    parallel: z.number().int().min(1).max(256).optional(),
  })
  .strict();

export const fitModelsOutputSchema = z.object({
  results: z.array(
    z.object({ model: z.string(), fit: fitModelOutputSchema.nullable(), problem: problemSchema.nullable() }),
  ),
});
