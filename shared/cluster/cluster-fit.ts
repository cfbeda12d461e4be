/**
 * Will a model fit across several machines? The fit advisor sizes it (weights + KV cache)
 * against the nodes' combined usable memory, then the layers are split the way the engine
 * splits them (layer-split.ts) and every node's share is checked on its own: a cluster
 * only fits when each machine holds its part.
 */
import { z } from 'zod';
import { adviseFit, fitResultSchema, type FitInput } from '../fit/advisor';
import { findCatalogModel } from '../fit/catalog';
import type { ClusterNode } from './cluster';
import { splitAcrossNodes } from './layer-split';

export const clusterNodeShareSchema = z.object({
  id: z.string(),
  label: z.string(),
  layers: z.number(),
  needBytes: z.number(),
  usableBytes: z.number(),
  fits: z.boolean(),
});

export const clusterFitSchema = z.object({
  verdict: z.enum(['fits', 'does-not-fit', 'unknown']),
  nLayers: z.number().nullable(),
  /** The model sized against the nodes' combined usable memory. */
  total: fitResultSchema,
  nodes: z.array(clusterNodeShareSchema),
  /** Nodes left out because their memory is unknown (unreachable machines). */
  skipped: z.array(z.string()),
});
export type ClusterFit = z.infer<typeof clusterFitSchema>;

export function clusterFit(
  model: Pick<FitInput, 'modelId' | 'quant' | 'context' | 'knownWeightBytes'>,
  nodes: readonly ClusterNode[],
): ClusterFit {
  const known = nodes.filter((n) => n.usableBytes !== null && n.usableBytes > 0);
  const skipped = nodes.filter((n) => !known.includes(n)).map((n) => n.label);
  const budgetBytes = known.length ? known.reduce((sum, n) => sum + n.usableBytes!, 0) : null;
  const total = adviseFit({ ...model, budgetBytes, bandwidthGBs: null });
  const nLayers = findCatalogModel(model.modelId)?.layers ?? null;
  const unknown = { verdict: 'unknown' as const, nLayers, total, nodes: [], skipped };
  if (total.weightBytes === null || total.kvBytes === null || nLayers === null || !known.length) return unknown;
  const shares = splitAcrossNodes(
    known.map((n) => ({ id: n.id, splitBytes: n.availableBytes ?? n.usableBytes!, usableBytes: n.usableBytes! })),
    nLayers,
    total.weightBytes + total.kvBytes,
    total.overheadBytes,
  );
  if (!shares) return unknown;
  const labelled = shares.map((share, i) => ({ ...share, label: known[i]!.label }));
  return {
    verdict: labelled.every((s) => s.fits) ? 'fits' : 'does-not-fit',
    nLayers,
    total,
    nodes: labelled,
    skipped,
  };
}
