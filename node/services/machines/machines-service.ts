/**
 * The machines the user added (other headless panels, exo clusters), kept in the app's
 * settings; reads each one's state on demand, all at once with a deadline each, and puts
 * together the nodes a model would be split across.
 */
import { randomBytes } from 'node:crypto';
import type { ClusterNode } from '@shared/cluster/cluster';
import type { MachineEntry, MachineKind, MachinesReport } from '@shared/cluster/machines';
import { AppError } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import type { HardwareService } from '../hardware/hardware-service';
import type { SettingsStore } from '../settings';
import { readMachine, nodeFromReport, splitPanelUrl } from './read-machine';
import { parseRpcEndpoint } from './rpc-client';
import { checkMachineAddress, type Lookup } from './machine-address';

/** A label as the settings keep it (machineEntrySchema): a remote's own name may be longer. */
export const MAX_LABEL_LENGTH = 80;
const clipLabel = (label: string): string =>
  label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label;

export interface AddMachineInput {
  kind: MachineKind;
  url: string;
  label?: string;
  token?: string;
}

export function createMachinesService(deps: {
  settings: SettingsStore;
  hardware: Pick<HardwareService, 'get'>;
  timeoutMs?: number;
  /** Resolves a machine's host name for the link-local check (tests pass a fake). */
  lookup?: Lookup;
}) {
  const { settings, hardware } = deps;

  async function thisMachine(): Promise<ClusterNode | null> {
    const report = await hardware.get();
    return report.budget.bytes ? nodeFromReport('this-machine', report.machine, report) : null;
  }

  const service = {
    async report(): Promise<MachinesReport> {
      const { machines: entries, extraMachines } = await settings.get();
      const [own, machines] = await Promise.all([
        thisMachine(),
        Promise.all(entries.map((entry) => readMachine(entry, deps.timeoutMs))),
      ]);
      const manual: ClusterNode[] = extraMachines.map((m, i) => ({
        id: `manual-${i}`,
        label: m.label,
        chip: null,
        totalBytes: m.memoryBytes,
        availableBytes: m.memoryBytes,
        usableBytes: m.memoryBytes,
        usableIsEstimate: false,
      }));
      const exoNodes = machines.filter((m) => m.kind === 'exo' && m.state === 'ok').flatMap((m) => m.nodes);
      const panelNodes = machines.filter((m) => m.kind !== 'exo' && m.state === 'ok').flatMap((m) => m.nodes);
      return exoNodes.length
        ? { thisMachine: own, machines, manual, clusterNodes: exoNodes, clusterSource: 'exo' }
        : {
            thisMachine: own,
            machines,
            manual,
            clusterNodes: [...(own ? [own] : []), ...panelNodes, ...manual],
            clusterSource: 'machines',
          };
    },

    /** Adds a machine after reading it once: a wrong token or a URL that is not a panel/exo is refused. */
    async add(input: AddMachineInput): Promise<MachinesReport> {
      let url = input.url.trim();
      let token = input.token?.trim() || undefined;
      if (input.kind === 'panel') {
        const split = (() => {
          try {
            return splitPanelUrl(url);
          } catch {
            throw new AppError('INVALID_INPUT', msg('cluster.urlNotRoot', { url }));
          }
        })();
        url = split.url;
        token ??= split.token ?? undefined;
        if (!token) throw new AppError('INVALID_INPUT', msg('cluster.tokenMissing'));
      } else if (input.kind === 'rpc') {
        const endpoint = parseRpcEndpoint(url);
        if (!endpoint) throw new AppError('INVALID_INPUT', msg('cluster.rpcEndpoint', { url }));
        url = `rpc://${endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
      } else url = url.replace(/\/+$/, '').replace(/\/v1$/, '');
      await checkMachineAddress(addressOf(input.kind, url), { lookup: deps.lookup });
      const current = await settings.get();
      const same = current.machines.find((m) => m.url === url);
      if (same) throw new AppError('CONFLICT', msg('cluster.duplicate', { label: same.label || same.url }));
      const entry: MachineEntry = {
        id: randomBytes(4).toString('hex'),
        kind: input.kind,
        label: input.label?.trim() ?? '',
        url,
        ...(token ? { token } : {}),
      };
      const status = await readMachine(entry, deps.timeoutMs);
      if (status.state !== 'ok') {
        const code =
          status.state === 'unauthorized' ? 'FORBIDDEN' : status.state === 'timeout' ? 'TIMEOUT' : 'UNREACHABLE';
        throw new AppError(code, status.problem ?? msg('cluster.unreachable', { url: entry.url }));
      }
      // The remote names itself: a name longer than the settings keep is clipped, not a failed save.
      if (!entry.label) entry.label = clipLabel(status.label);
      await settings.update((now) => ({ machines: [...now.machines, entry] }));
      return service.report();
    },

    async remove(id: string): Promise<MachinesReport> {
      const current = await settings.get();
      if (!current.machines.some((m) => m.id === id || m.label === id))
        throw new AppError('NOT_FOUND', msg('cluster.unknownMachine', { id }));
      await settings.update((now) => ({ machines: now.machines.filter((m) => m.id !== id && m.label !== id) }));
      return service.report();
    },
  };
  return service;
}

/** The host a machine is reached at, and its URL when it is one (panel, exo). */
function addressOf(kind: MachineKind, url: string): { url: string; host: string; httpRoot?: URL } {
  if (kind === 'rpc') return { url, host: parseRpcEndpoint(url)?.host ?? url };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('INVALID_INPUT', msg('cluster.urlNotRoot', { url }));
  }
  return { url, host: parsed.hostname, httpRoot: parsed };
}

export type MachinesService = ReturnType<typeof createMachinesService>;
