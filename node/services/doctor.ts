/** Gathers what the doctor needs from the other services (config, OpenClaw, servers, hardware) and runs it. */
import { msg } from '@shared/i18n/message';
import { runDoctor } from '@shared/doctor/doctor';
import type { Finding } from '@shared/config/checks';
import { localPrimaryFit, totalBudget } from '@shared/fit/config-fit';
import { servedModels } from '@shared/servers/probe-result';
import type { Services } from './container';
import { resolveForRead } from './config/config-reader';
import { validateWithOpenClaw } from './config/openclaw-validator';
import { checkupFindings } from './checkup/doctor-findings';

export async function doctor(services: Services): Promise<{ path: string; findings: Finding[] }> {
  const read = await services.config.read();
  const { path } = read;
  // The config as OpenClaw reads it: a chain entry whose provider lives in an $include file is not "unknown".
  const value = read.state === 'ok' ? resolveForRead(read.config, path, services.options.env).resolved : null;
  if (!value) {
    return {
      path,
      findings: runDoctor({
        config: {
          path,
          state: read.state,
          parseError:
            read.state === 'malformed'
              ? read.parseError
              : read.state === 'unreadable'
                ? { message: read.ioError, line: null, column: null }
                : null,
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
  let hardwareFailure: string | null = null;
  const [openclaw, servers, hardware, settings, validator] = await Promise.all([
    validateWithOpenClaw(path, services.options.env, undefined, installed.located?.path ?? null),
    services.servers.statuses(true),
    // A hardware probe that fails still leaves a doctor: the failure becomes a finding below.
    services.hardware.get().catch((error: unknown) => {
      hardwareFailure = error instanceof Error ? error.message : String(error);
      return null;
    }),
    services.settings.get(),
    services.openclaw.validator(),
  ]);
  const budget = totalBudget(hardware, settings.extraMachines);
  const primaryFit = localPrimaryFit(value, budget, servedModels(servers))?.fit ?? null;
  const findings = runDoctor({
    config: { path, state: 'ok', value },
    issues: validator.validate(value),
    openclaw,
    servers,
    primaryFit,
    openclawVersion: installed.version,
  });
  // Passive: the doctor runs whenever the Overview opens, so it loads nothing (`check` measures cold loads).
  const checkup = await services.checkup.run({ passive: true });
  const extra = checkupFindings(checkup, findings);
  if (hardwareFailure)
    extra.push({
      severity: 'warning',
      code: 'hardware-unavailable',
      path: 'hardware',
      message: msg('doctor.hardwareUnavailable', { detail: hardwareFailure }),
    });
  const order = { error: 0, warning: 1, info: 2 } as const;
  return { path, findings: [...findings, ...extra].sort((a, b) => order[a.severity] - order[b.severity]) };
}
