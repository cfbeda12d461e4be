/**
 * Reads one added machine over the network, with a deadline: another Claw Control's
 * headless panel through the same API its own browser uses (`POST /api/getHardware` with
 * its token), or an exo cluster's `GET /state`. Every failure becomes a state and a message.
 */
import type { ClusterNode } from '@shared/cluster/cluster';
import { parseExoState } from '@shared/cluster/exo-state';
import type { MachineEntry, MachineStatus } from '@shared/cluster/machines';
import { hardwareReportSchema, type HardwareReport } from '@shared/hardware/report';
import { msg } from '@shared/i18n/message';
import { HttpError, httpRequest } from '../servers/http-client';
import { parseRpcEndpoint, readRpcWorker, RpcError } from './rpc-client';

export const MACHINE_TIMEOUT_MS = 4000;
/** exo's /state carries every task and download; a big cluster's is a few MB. */
const MAX_STATE_BYTES = 16 * 1024 * 1024;
/** The panel's token header (node/serve/request-guard.ts TOKEN_HEADER). */
const TOKEN_HEADER = 'x-claw-token';

/** A panel URL as `claw-control serve` prints it: the token may ride in `?token=`. */
export function splitPanelUrl(raw: string): { url: string; token: string | null } {
  const url = new URL(raw);
  const token = url.searchParams.get('token');
  url.search = '';
  url.hash = '';
  return { url: url.toString().replace(/\/$/, ''), token };
}

/** The node a panel's hardware report describes. */
export function nodeFromReport(id: string, label: string, report: HardwareReport): ClusterNode {
  return {
    id,
    label: label || report.machine,
    chip: report.apple?.chip ?? report.gpus.find((g) => g.vramBytes)?.model ?? null,
    totalBytes: report.apple?.unifiedMemoryBytes ?? report.memory.totalBytes,
    availableBytes: report.budget.bytes,
    usableBytes: report.budget.bytes,
    usableIsEstimate: report.apple?.wiredLimitIsEstimate ?? false,
  };
}

type Outcome = Pick<MachineStatus, 'state' | 'problem' | 'nodes' | 'instances'> &
  Partial<Pick<MachineStatus, 'servers' | 'keptWarm'>>;

function failure(error: unknown, url: string, timeoutMs: number): Outcome {
  const empty = { nodes: [], instances: [] };
  if (error instanceof RpcError && error.failure === 'version')
    return { ...empty, state: 'bad-answer', problem: msg('cluster.rpcVersion', { url, detail: error.text }) };
  if (error instanceof RpcError && error.failure !== 'protocol')
    return error.failure === 'timeout'
      ? { ...empty, state: 'timeout', problem: msg('cluster.timeout', { url, seconds: timeoutMs / 1000 }) }
      : { ...empty, state: 'unreachable', problem: msg('cluster.unreachable', { url }) };
  if (error instanceof HttpError && error.failure === 'timeout')
    return { ...empty, state: 'timeout', problem: msg('cluster.timeout', { url, seconds: timeoutMs / 1000 }) };
  if (error instanceof HttpError && error.failure !== 'too-large')
    return { ...empty, state: 'unreachable', problem: msg('cluster.unreachable', { url }) };
  return {
    ...empty,
    state: 'bad-answer',
    problem: msg('cluster.badAnswer', {
      url,
      detail: error instanceof RpcError ? error.text : error instanceof Error ? error.message : String(error),
    }),
  };
}

async function readPanel(entry: MachineEntry, timeoutMs: number): Promise<Outcome> {
  const response = await httpRequest(`${entry.url}/api/getHardware`, {
    method: 'POST',
    body: {},
    headers: entry.token ? { [TOKEN_HEADER]: entry.token } : {},
    timeoutMs,
  });
  if (response.status === 401 || response.status === 403)
    return {
      state: 'unauthorized',
      problem: msg('cluster.unauthorized', { url: entry.url }),
      nodes: [],
      instances: [],
    };
  const envelope = response.json as { ok?: boolean; data?: { report?: unknown } } | undefined;
  const report = hardwareReportSchema.safeParse(envelope?.data?.report);
  if (response.status !== 200 || envelope?.ok !== true || !report.success)
    return failure(new Error(`HTTP ${response.status}`), entry.url, timeoutMs);
  const [servers, keptWarm] = await Promise.all([panelServers(entry, timeoutMs), panelKeptWarm(entry, timeoutMs)]);
  return {
    state: 'ok',
    problem: null,
    nodes: [nodeFromReport(entry.id, entry.label, report.data)],
    instances: [],
    servers,
    keptWarm,
  };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** One more call on the remote panel; its answer's `data`, or null (the hardware already made the machine ok). */
async function panelCall(entry: MachineEntry, name: string, timeoutMs: number): Promise<Obj | null> {
  try {
    const response = await httpRequest(`${entry.url}/api/${name}`, {
      method: 'POST',
      body: {},
      headers: entry.token ? { [TOKEN_HEADER]: entry.token } : {},
      timeoutMs,
    });
    const envelope = response.json;
    return isObj(envelope) && envelope.ok === true && isObj(envelope.data) ? envelope.data : null;
  } catch {
    // The machine answered its hardware a moment ago; a server list it cannot give is shown as none.
    return null;
  }
}

async function panelServers(entry: MachineEntry, timeoutMs: number): Promise<MachineStatus['servers']> {
  const data = await panelCall(entry, 'getServerStatuses', timeoutMs);
  return list(data?.servers).map((server) => {
    const probe = isObj(server.probe) ? server.probe : {};
    return {
      providerId: typeof server.providerId === 'string' ? server.providerId : '',
      kind: typeof probe.kind === 'string' ? probe.kind : null,
      reachable: probe.reachable === true,
      loaded: list(probe.models)
        .filter((m) => m.loaded === true)
        .map((m) => String(m.id)),
    };
  });
}

async function panelKeptWarm(entry: MachineEntry, timeoutMs: number): Promise<MachineStatus['keptWarm']> {
  const data = await panelCall(entry, 'getKeepWarm', timeoutMs);
  return list(data?.kept).map((kept) => ({
    ref: typeof kept.ref === 'string' ? kept.ref : '',
    lastResult: isObj(kept.lastResult) && typeof kept.lastResult.result === 'string' ? kept.lastResult.result : null,
  }));
}

async function readExo(entry: MachineEntry, timeoutMs: number): Promise<Outcome> {
  const response = await httpRequest(`${entry.url}/state`, { timeoutMs, maxBytes: MAX_STATE_BYTES });
  const snapshot = response.status === 200 ? parseExoState(response.json) : null;
  if (!snapshot)
    return { state: 'bad-answer', problem: msg('cluster.notExo', { url: entry.url }), nodes: [], instances: [] };
  return { state: 'ok', problem: null, nodes: snapshot.nodes, instances: snapshot.instances };
}

/** A llama.cpp rpc-server: one node per device, split by its free memory (llama.cpp's default tensor split). */
async function readRpc(entry: MachineEntry, timeoutMs: number): Promise<Outcome> {
  const endpoint = parseRpcEndpoint(entry.url);
  if (!endpoint) throw new RpcError('protocol', msg('cluster.rpcEndpoint', { url: entry.url }));
  const worker = await readRpcWorker(endpoint.host, endpoint.port, timeoutMs);
  const name = entry.label || `${endpoint.host}:${endpoint.port}`;
  const nodes = worker.devices.map((device) => ({
    id: `${entry.id}-${device.index}`,
    label: worker.devices.length > 1 ? `${name} #${device.index}` : name,
    chip: null,
    totalBytes: device.totalBytes,
    availableBytes: device.freeBytes,
    usableBytes: device.freeBytes,
    usableIsEstimate: false,
  }));
  return { state: 'ok', problem: null, nodes, instances: [] };
}

const READERS = { panel: readPanel, exo: readExo, rpc: readRpc } as const;

export async function readMachine(entry: MachineEntry, timeoutMs = MACHINE_TIMEOUT_MS): Promise<MachineStatus> {
  let outcome: Outcome;
  try {
    outcome = await READERS[entry.kind](entry, timeoutMs);
  } catch (error) {
    outcome = failure(error, entry.url, timeoutMs);
  }
  return {
    id: entry.id,
    kind: entry.kind,
    label: entry.label || outcome.nodes[0]?.label || entry.url,
    url: entry.url,
    hasToken: !!entry.token,
    servers: [],
    keptWarm: [],
    ...outcome,
    checkedAt: new Date().toISOString(),
  };
}
