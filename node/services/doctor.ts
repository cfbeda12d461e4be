/**
 * Gathers the facts the doctor's view of the rule book needs from the other services (config,
 * OpenClaw, servers, hardware, the passive check-up) and runs it; and `validate`, which reports a
 * file that does not parse through the same file rules as the doctor.
 */
import { fileFindings, runDoctor } from '@shared/doctor/doctor';
import type { Finding } from '@shared/rules/finding';
import type { ConfigFileFacts } from '@shared/rules/facts';
import { localPrimaryEntry, rowContext } from '@shared/fit/config-fit';
import type { FitResult } from '@shared/fit/advisor';
import { problemOf, UNEXPECTED } from '@shared/api/problem';
import type { Services } from './container';
import type { ConfigRead } from './config/config-reader';
import { validateWithOpenClaw } from './config/openclaw-validator';
import { fitModel } from './fit/fit-model';

/** The local primary's fit as `fit` and the panel size it (one estimate); null when hosted, unset or not sizeable. */
async function primaryFitOf(services: Services, config: Record<string, unknown>): Promise<FitResult | null> {
  const entry = localPrimaryEntry(config);
  if (!entry) return null;
  const context = entry.row ? rowContext(entry.row) : undefined;
  return fitModel(services, { model: entry.ref, ...(context !== undefined ? { context } : {}) }).catch(
    (error: unknown) => {
      // A name nothing could size is the fit rule's "can't tell"; anything else is logged, and the doctor goes on.
      if (problemOf(error) === UNEXPECTED)
        console.error(
          `[doctor] the primary's fit was left out: ${error instanceof Error ? error.message : String(error)}`,
        );
      return null;
    },
  );
}

/** The file's own state as the file rules judge it. */
function fileFacts(read: ConfigRead): ConfigFileFacts {
  return {
    path: read.path,
    state: read.state,
    parseError:
      read.state === 'malformed'
        ? read.parseError
        : read.state === 'unreadable'
          ? { message: read.ioError, line: null, column: null }
          : null,
  };
}

export async function doctor(services: Services): Promise<{ path: string; findings: Finding[] }> {
  const doc = await services.config.document();
  const { read, path } = doc;
  // The config as OpenClaw reads it: a chain entry whose provider lives in an $include file is not "unknown".
  const value = doc.exists ? doc.resolved : null;
  if (!value)
    return {
      path,
      findings: runDoctor({ config: { ...fileFacts(read), value: null }, servers: [], primaryFit: null }),
    };
  const installed = await services.openclaw.installed();
  let hardwareFailure: string | null = null;
  const [openclaw, servers, hardware, validator] = await Promise.all([
    validateWithOpenClaw(path, services.options.env, undefined, installed.located?.path ?? null),
    services.servers.statuses(true),
    // A hardware probe that fails still leaves a doctor: the failure is a finding (hardware-unavailable).
    services.hardware.get().catch((error: unknown) => {
      hardwareFailure = error instanceof Error ? error.message : String(error);
      return null;
    }),
    services.openclaw.validator(),
  ]);
  const primaryFit = hardware ? await primaryFitOf(services, value) : null;
  // Passive: the doctor runs whenever the Overview opens, so it loads nothing (`check` measures cold loads).
  const checkup = await services.checkup.run({ passive: true });
  const findings = runDoctor({
    config: { ...fileFacts(read), value },
    issues: validator.validate(value),
    openclaw,
    servers,
    primaryFit,
    openclawVersion: installed.version,
    checkup,
    hardwareFailure,
  });
  return { path, findings };
}

type ValidationReport = Awaited<ReturnType<Services['configStore']['validate']>>;

/**
 * `validate`: the config store's report (our schema, the config rules, OpenClaw's own verdict); a
 * file that does not parse (or cannot be read) is the file rule's finding, worded as the doctor words it.
 */
export async function validate(services: Services): Promise<ValidationReport> {
  const doc = await services.config.document();
  const { read } = doc;
  if (read.state !== 'malformed' && read.state !== 'unreadable') return services.configStore.validate(doc);
  return {
    path: read.path,
    issues: [],
    findings: fileFindings(fileFacts(read)),
    openclawVersion: null,
    openclaw: { ran: false, valid: false, issues: [], warnings: [] },
    // A file that does not parse loads in no release: the file rule's error decides.
    verdict: { valid: false, by: 'schema', disagreement: null },
  };
}
