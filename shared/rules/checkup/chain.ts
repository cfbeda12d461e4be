/** Check-up rule 6, chain sanity: the ref resolves, credentials are set, the server answers, the model fits this machine. */
import { asObject, providerModels, type ConfigObject } from '../../config/config-access';
import { BUNDLED_PROVIDER_IDS } from '../../config/openclaw-schema';
import { credentialEnvNames, effectiveEnv, type Env } from '../../config/env-refs';
import type { FitResult } from '../../fit/advisor';
import { msg, type Message } from '../../i18n/message';
import type { GatheredFacts } from '../../checkup/facts';
import { worstStatus, type CheckFix, type CheckResult, type CheckStatus } from '../../checkup/types';
import type { ResolvedEntry } from './entry';
import { result, updateRow } from './result';
import { appleLongContextWarning } from './apple-long-context';

export function credentialEvidence(
  entry: ResolvedEntry,
  config: ConfigObject,
  env: Env,
  /** The OpenClaw release reading the config (`${VAR:-fallback}` expands from 2026.9.7). */
  release: string | null = null,
): { status: CheckStatus; evidence: Message[] } {
  const key = entry.provider?.apiKey;
  const resolvable = effectiveEnv(config, env);
  if (key === undefined) {
    return {
      status: 'pass',
      evidence: [
        entry.location === 'hosted'
          ? msg('checkup.chain.keyFromOpenClaw', { provider: entry.providerId })
          : msg('checkup.chain.noKeyLocal'),
      ],
    };
  }
  if (typeof key === 'string') {
    const names = credentialEnvNames(key, release);
    const unset = names.filter((name) => !resolvable[name]);
    if (unset.length)
      return {
        status: 'fail',
        evidence: [msg('checkup.chain.varUnset', { name: unset.map((n) => `\${${n}}`).join(', ') })],
      };
    return {
      status: 'pass',
      evidence: [
        names.length
          ? msg('checkup.chain.varSet', { name: names.map((n) => `\${${n}}`).join(', ') })
          : msg('checkup.chain.keyPlain'),
      ],
    };
  }
  const ref = asObject(key);
  if (ref?.source === 'env' && typeof ref.id === 'string') {
    return resolvable[ref.id]
      ? { status: 'pass', evidence: [msg('checkup.chain.secretRefSet', { name: ref.id })] }
      : { status: 'fail', evidence: [msg('checkup.chain.secretRefUnset', { name: ref.id })] };
  }
  return {
    status: 'warn',
    evidence: [
      msg('checkup.chain.secretRefOther', { source: typeof ref?.source === 'string' ? ref.source : 'unknown' }),
    ],
  };
}

export function chainCheck(
  entry: ResolvedEntry,
  config: ConfigObject,
  facts: GatheredFacts,
  env: Env,
  fit: FitResult | null,
  release: string | null = null,
): CheckResult {
  if (!entry.providerId) return result('chain', 'fail', msg('checkup.chain.badRef', { ref: entry.ref }));
  const bundled = BUNDLED_PROVIDER_IDS.includes(entry.providerId);
  if (!entry.provider && !bundled)
    return result('chain', 'fail', msg('checkup.chain.providerMissing', { provider: entry.providerId }));
  const statuses: CheckStatus[] = [];
  const evidence: Message[] = [];
  if (entry.provider && !entry.row) {
    if (!bundled || providerModels(entry.provider).length > 0) {
      return result('chain', 'fail', msg('checkup.chain.modelMissing', { ref: entry.ref }), [
        msg('checkup.chain.modelsListed', {
          models: providerModels(entry.provider)
            .map((m) => String(m.id))
            .join(', '),
        }),
      ]);
    }
    evidence.push(msg('checkup.chain.bundledCatalog', { provider: entry.providerId }));
  }
  if (!entry.provider) evidence.push(msg('checkup.chain.bundledCatalog', { provider: entry.providerId }));
  const credentials = credentialEvidence(entry, config, env, release);
  statuses.push(credentials.status);
  evidence.push(...credentials.evidence);
  const server = facts.server;
  if (server) {
    if (server.problem) {
      statuses.push('fail');
      evidence.push(
        msg('checkup.chain.serverDown', {
          url: server.baseUrl,
          problem: server.problem.message,
          advice: server.problem.advice,
        }),
      );
    } else evidence.push(msg('checkup.chain.serverUp', { url: server.baseUrl }));
  }
  let fix: CheckFix | undefined;
  if (fit && entry.location === 'local') {
    if (fit.verdict === 'does-not-fit') {
      statuses.push('fail');
      evidence.push(msg('checkup.chain.doesNotFit', { tokens: fit.context }));
    } else if (fit.verdict === 'fits-smaller-context' && fit.maxContext && entry.row) {
      statuses.push('warn');
      evidence.push(msg('checkup.chain.fitsSmaller', { tokens: fit.context, max: fit.maxContext }));
      fix = {
        label: msg('checkup.fix.contextTokens', { tokens: fit.maxContext }),
        operations: [updateRow(entry, { contextTokens: fit.maxContext })],
      };
    } else if (fit.verdict === 'fits') evidence.push(msg('checkup.chain.fits', { tokens: fit.context }));
    // Apple silicon: a long context near the working-set limit (kernel panics reported, apple-long-context.ts).
    const apple = appleLongContextWarning(fit);
    if (apple) {
      statuses.push('warn');
      evidence.push(apple);
    }
  }
  const worst = worstStatus(statuses.map((s) => ({ status: s })));
  const status = worst === 'skip' ? 'pass' : worst;
  const summary =
    status === 'pass'
      ? msg('checkup.chain.ok')
      : server?.problem
        ? msg('checkup.chain.serverDownShort')
        : credentials.status === 'fail'
          ? msg('checkup.chain.credentialsMissing')
          : msg('checkup.chain.hardware');
  return result('chain', status, summary, evidence, fix);
}
