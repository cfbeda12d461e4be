/**
 * Reads an exo cluster's `GET /state` (exo-explore/exo@b5375f8: src/exo/shared/types/state.py
 * `State`, serialised by FastAPI with camelCase aliases — profiling.py `MemoryUsage` as
 * `{ramTotal: {inBytes}, ramAvailable: {inBytes}}`, `NodeIdentity` as `{modelId, chipId,
 * friendlyName}`, worker/instances.py tagged `{MlxRingInstance: {shardAssignments}}`,
 * worker/shards.py tagged `{PipelineShardMetadata: {startLayer, endLayer, nLayers}}`; the
 * dashboard reads the same keys in dashboard/src/lib/stores/app.svelte.ts).
 */
import { appleUsableBytes } from './apple-usable';
import type { ClusterInstance, ClusterNode, ClusterSnapshot } from './cluster';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() && v !== 'Unknown' ? v : null);
const bytes = (v: unknown): number | null =>
  isObj(v) && typeof v.inBytes === 'number' && Number.isFinite(v.inBytes) && v.inBytes >= 0 ? v.inBytes : null;

/** A tagged union's one member (`{MlxRingInstance: {...}}` → its body and tag). */
function untag(value: unknown): { tag: string; body: Obj } | null {
  if (!isObj(value)) return null;
  const keys = Object.keys(value);
  if (keys.length === 1 && isObj(value[keys[0]!])) return { tag: keys[0]!, body: value[keys[0]!] as Obj };
  return { tag: '', body: value };
}

/** True when a body looks like exo's state (the keys its dashboard reads). */
export function looksLikeExoState(body: unknown): boolean {
  return isObj(body) && isObj(body.topology) && (isObj(body.nodeMemory) || isObj(body.nodeIdentities));
}

function nodesOf(state: Obj): ClusterNode[] {
  const memory = isObj(state.nodeMemory) ? state.nodeMemory : {};
  const identities = isObj(state.nodeIdentities) ? state.nodeIdentities : {};
  const topology = isObj(state.topology) && Array.isArray(state.topology.nodes) ? state.topology.nodes : [];
  const ids = [...new Set([...topology.filter((id): id is string => typeof id === 'string'), ...Object.keys(memory)])];
  return ids.map((id) => {
    const mem = isObj(memory[id]) ? (memory[id] as Obj) : {};
    const identity = isObj(identities[id]) ? (identities[id] as Obj) : {};
    const chip = str(identity.chipId);
    const totalBytes = bytes(mem.ramTotal);
    const availableBytes = bytes(mem.ramAvailable);
    const usable = appleUsableBytes(chip, totalBytes, availableBytes);
    return {
      id,
      label: str(identity.friendlyName) ?? str(identity.modelId) ?? id.slice(0, 12),
      chip,
      totalBytes,
      availableBytes,
      usableBytes: usable.bytes,
      usableIsEstimate: usable.estimate,
    };
  });
}

function instancesOf(state: Obj): ClusterInstance[] {
  const instances = isObj(state.instances) ? state.instances : {};
  return Object.entries(instances).flatMap(([id, tagged]) => {
    const body = untag(tagged)?.body;
    const assignments = body && isObj(body.shardAssignments) ? body.shardAssignments : null;
    if (!assignments) return [];
    const runnerToShard = isObj(assignments.runnerToShard) ? assignments.runnerToShard : {};
    const nodeToRunner = isObj(assignments.nodeToRunner) ? assignments.nodeToRunner : {};
    let sharding: ClusterInstance['sharding'] = 'unknown';
    const shards = Object.entries(nodeToRunner).flatMap(([nodeId, runnerId]) => {
      const shard = untag(runnerToShard[String(runnerId)]);
      if (!shard) return [];
      if (shard.tag.startsWith('Pipeline')) sharding = 'pipeline';
      else if (shard.tag.startsWith('Tensor')) sharding = 'tensor';
      const { startLayer, endLayer, nLayers } = shard.body;
      if (typeof startLayer !== 'number' || typeof endLayer !== 'number' || typeof nLayers !== 'number') return [];
      return [{ nodeId, startLayer, endLayer, nLayers }];
    });
    shards.sort((a, b) => a.startLayer - b.startLayer);
    return [{ id, modelId: typeof assignments.modelId === 'string' ? assignments.modelId : '', sharding, shards }];
  });
}

export function parseExoState(body: unknown): ClusterSnapshot | null {
  if (!looksLikeExoState(body)) return null;
  const state = body as Obj;
  return { engine: 'exo', nodes: nodesOf(state), instances: instancesOf(state) };
}
