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
        const split = splitPanelUrl(url);
        url = split.url;
        token ??= split.token ?? undefined;
        if (!token) throw new AppError('INVALID_INPUT', msg('cluster.tokenMissing'));
      } else if (input.kind === 'rpc') {
        const endpoint = parseRpcEndpoint(url);
        if (!endpoint) throw new AppError('INVALID_INPUT', msg('cluster.rpcEndpoint', { url }));
        url = `rpc://${endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
      } else url = url.replace(/\/+$/, '').replace(/\/v1$/, '');
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
      if (!entry.label) entry.label = status.label;
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

export type MachinesService = ReturnType<typeof createMachinesService>;
