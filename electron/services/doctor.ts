/** Gathers what the doctor needs from the other services (config, OpenClaw, servers, hardware) and runs it. */
import { runDoctor } from '../../shared/doctor/doctor';
import type { Finding } from '../../shared/config/checks';
import { localPrimaryFit, totalBudget } from '../../shared/fit/config-fit';
import { servedModels } from '../../shared/servers/probe-result';
import type { Services } from '.';
import { readConfigFile } from './config/config-file';
import { validateWithOpenClaw } from './config/openclaw-validator';

export async function doctor(services: Services): Promise<{ path: string; findings: Finding[] }> {
  const { path } = services.config.resolvePath();
  const read = await readConfigFile(path);
  const value =
    read.state === 'ok' && typeof read.value === 'object' && read.value !== null
      ? (read.value as Record<string, unknown>)
      : null;
  if (!value) {
    return {
      path,
      findings: runDoctor({
        config: {
          path,
          state: read.state,
          parseError: read.state === 'malformed' ? read.parseError : null,
          value: null,
        },
        issues: [],
        openclaw: null,
        servers: [],
        primaryFit: null,
      }),
    };
  }
  const installed = await services.openclaw.installed();
  const [openclaw, servers, hardware, settings, validator] = await Promise.all([
    validateWithOpenClaw(path, services.options.env, undefined, installed.located?.path ?? null),
    services.servers.statuses(true),
    services.hardware.get().catch(() => null),
    services.settings.get(),
    services.openclaw.validator(),
  ]);
  const budget = totalBudget(hardware, settings.extraMachines);
  const primaryFit = localPrimaryFit(value, budget, servedModels(servers))?.fit ?? null;
  return {
    path,
    findings: runDoctor({
      config: { path, state: 'ok', value },
      issues: validator.validate(value),
      openclaw,
      servers,
      primaryFit,
    }),
  };
}
