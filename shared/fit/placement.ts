/**
 * The llama.cpp settings that move memory on or off the GPU, and what they move: a vision
 * projector (`--mmproj`, its whole file on the GPU), offloaded layers (`-ngl`/`--gpu-layers`:
 * the last N layers and their KV cache on the GPU, the rest in RAM), MoE experts on the CPU
 * (`--cpu-moe` for every layer, `--n-cpu-moe N` for the first N: their `*_exps` weights in RAM)
 * and flash attention (off: llama.cpp keeps an f32 score matrix of n_ubatch × n_kv × n_head
 * for a layer in its compute buffer, llama-graph.cpp build_attn_mha).
 */
import { z } from 'zod';
import { UBATCH } from './memory-estimate';

export const placementSchema = z
  .object({
    /** Bytes of the vision projector file (`--mmproj`). */
    mmprojBytes: z.number().nonnegative().max(1e13).optional(),
    /** Layers on the GPU (`-ngl`); all when absent. */
    gpuLayers: z.number().int().min(0).max(1000).optional(),
    /** Layers whose MoE experts stay on the CPU (`--n-cpu-moe`; `--cpu-moe` is every layer). */
    cpuMoeLayers: z.number().int().min(0).max(1000).optional(),
    /** Flash attention (`-fa`); on unless said otherwise (llama.cpp's `auto` turns it on on CUDA and Metal). */
    flashAttention: z.boolean().optional(),
  })
  .strict();
export type Placement = z.infer<typeof placementSchema>;

export interface PlacementShape {
  layers: number;
  /** Share of the weights in expert tensors (null: unknown). */
  expertShare: number | null;
  headCount: number | null;
}

export interface PlacedMemory {
  /** Weights on the GPU (with the projector). */
  gpuWeightBytes: number;
  /** KV cache on the GPU. */
  gpuKvBytes: number;
  /** Extra compute buffer without flash attention. */
  attentionScoresBytes: number;
  /** Weights and KV cache left in system RAM. */
  cpuBytes: number;
  /** What could not be placed for want of a figure (the experts' share or the head count). */
  unknown: ('expertShare' | 'headCount')[];
}

/** Where the weights and the KV cache go under these settings. */
export function placeMemory(
  weightBytes: number,
  kvBytes: number,
  context: number,
  shape: PlacementShape | null,
  placement: Placement = {},
): PlacedMemory {
  const unknown: PlacedMemory['unknown'] = [];
  const layers = shape?.layers ?? 0;
  const gpuLayers = layers && placement.gpuLayers !== undefined ? Math.min(placement.gpuLayers, layers) : layers;
  const onGpu = layers ? gpuLayers / layers : 1;
  // --n-cpu-moe N keeps the experts of layers 0..N-1 on the CPU; -ngl offloads the last layers, so
  // only the experts of CPU-MoE layers that are GPU layers at all leave the GPU.
  const cpuMoe = Math.min(placement.cpuMoeLayers ?? 0, layers);
  const movedExpertLayers = Math.max(0, cpuMoe - (layers - gpuLayers));
  let expertsOff = 0;
  if (movedExpertLayers > 0) {
    if (shape?.expertShare === null || shape?.expertShare === undefined) unknown.push('expertShare');
    else expertsOff = (weightBytes * shape.expertShare * movedExpertLayers) / layers;
  }
  const gpuWeightBytes = weightBytes * onGpu - expertsOff + (placement.mmprojBytes ?? 0);
  const gpuKvBytes = kvBytes * onGpu;
  let attentionScoresBytes = 0;
  if (placement.flashAttention === false) {
    if (shape?.headCount) attentionScoresBytes = UBATCH * context * shape.headCount * 4;
    else unknown.push('headCount');
  }
  return {
    gpuWeightBytes,
    gpuKvBytes,
    attentionScoresBytes,
    cpuBytes: weightBytes - (gpuWeightBytes - (placement.mmprojBytes ?? 0)) + (kvBytes - gpuKvBytes),
    unknown,
  };
}
