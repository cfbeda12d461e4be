/**
 * How a pipeline-parallel engine splits a model's layers across machines: in proportion
 * to each machine's memory, largest remainder first, at least one layer each. This is exo's
 * rule (exo-explore/exo@b5375f8, src/exo/master/placement_utils.py,
 * `allocate_layers_proportionally` and `_allocate_and_validate_layers`); llama.cpp RPC's
 * default `--tensor-split` is likewise proportional to each device's free memory.
 */

/** Layers per node for the given memory fractions; null when there are fewer layers than nodes. */
export function allocateLayersProportionally(totalLayers: number, fractions: readonly number[]): number[] | null {
  const n = fractions.length;
  if (n === 0 || totalLayers < n) return null;
  const raw = fractions.map((f) => f * totalLayers);
  const result = raw.map((r) => Math.floor(r));
  const byRemainder = [...raw.keys()].sort((a, b) => raw[b]! - result[b]! - (raw[a]! - result[a]!));
  const remainder = totalLayers - result.reduce((sum, x) => sum + x, 0);
  for (let i = 0; i < remainder; i++) result[byRemainder[i]!]! += 1;
  return ensureMinimumOne(result);
}

function ensureMinimumOne(result: number[]): number[] {
  for (let i = 0; i < result.length; i++) {
    if (result[i] === 0) {
      let maxIdx = 0;
      for (let j = 1; j < result.length; j++) if (result[j]! > result[maxIdx]!) maxIdx = j;
      result[maxIdx]! -= 1;
      result[i] = 1;
    }
  }
  return result;
}

export interface SplitNode {
  id: string;
  /** What the engine splits by (exo: the node's available RAM). */
  splitBytes: number;
  /** What the node can really give the model (on a Mac: at most the GPU working-set limit). */
  usableBytes: number;
}

export interface NodeShare {
  id: string;
  layers: number;
  /** The share of weights + KV cache its layers carry, plus the per-node overhead. */
  needBytes: number;
  usableBytes: number;
  fits: boolean;
}

/**
 * Splits `modelBytes` (weights + KV cache, which both scale with layers) over the nodes the
 * way the engine does, adds each node's fixed overhead, and checks every share.
 */
export function splitAcrossNodes(
  nodes: readonly SplitNode[],
  nLayers: number,
  modelBytes: number,
  overheadPerNodeBytes: number,
): NodeShare[] | null {
  const total = nodes.reduce((sum, node) => sum + node.splitBytes, 0);
  if (total <= 0) return null;
  const layers = allocateLayersProportionally(
    nLayers,
    nodes.map((node) => node.splitBytes / total),
  );
  if (!layers) return null;
  return nodes.map((node, i) => {
    const needBytes = (modelBytes * layers[i]!) / nLayers + overheadPerNodeBytes;
    return {
      id: node.id,
      layers: layers[i]!,
      needBytes,
      usableBytes: node.usableBytes,
      fits: needBytes <= node.usableBytes,
    };
  });
}
