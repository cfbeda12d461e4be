/**
 * Several machines as one budget (F2): the nodes of a cluster (an exo cluster's `/state`,
 * other machines' headless panels, machines typed in by hand), what each can give a model,
 * and the models the engine has placed across them.
 */
import { z } from 'zod';

export const clusterNodeSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** e.g. "Apple M3 Ultra", "NVIDIA H100 80GB HBM3"; null when the source does not say. */
  chip: z.string().nullable(),
  totalBytes: z.number().nullable(),
  /** What the engine splits layers by (exo: available RAM); null when unknown. */
  availableBytes: z.number().nullable(),
  /** What the node can really give a model (on a Mac at most its GPU working-set limit). */
  usableBytes: z.number().nullable(),
  usableIsEstimate: z.boolean(),
});
export type ClusterNode = z.infer<typeof clusterNodeSchema>;

export const clusterShardSchema = z.object({
  nodeId: z.string(),
  startLayer: z.number(),
  endLayer: z.number(),
  nLayers: z.number(),
});

export const clusterInstanceSchema = z.object({
  id: z.string(),
  modelId: z.string(),
  /** Pipeline (layers per node) or tensor parallel, as the engine says. */
  sharding: z.enum(['pipeline', 'tensor', 'unknown']),
  shards: z.array(clusterShardSchema),
});
export type ClusterInstance = z.infer<typeof clusterInstanceSchema>;

export const clusterSnapshotSchema = z.object({
  engine: z.enum(['exo']),
  nodes: z.array(clusterNodeSchema),
  instances: z.array(clusterInstanceSchema),
});
export type ClusterSnapshot = z.infer<typeof clusterSnapshotSchema>;
