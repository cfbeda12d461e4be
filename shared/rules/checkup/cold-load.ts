/** Check-up rule 4, cold load: the measured load against the provider's timeout, with a timeout to set. */
import { msg, type Message } from '../../i18n/message';
import type { GatheredFacts } from '../../checkup/facts';
import { OPENCLAW_DEFAULT_TIMEOUT_SECONDS } from '../../checkup/openclaw-limits';
import { LOAD_DEADLINE_ENV } from '../../checkup/step-deadlines';
import type { CheckResult } from '../../checkup/types';
import { LOCAL_TIMEOUT_SECONDS } from '../config/providers';
import type { ResolvedEntry } from './entry';
import { num, result } from './result';

/** At least twice the load, rounded up to 30 s. */
export function recommendedTimeout(loadSeconds: number): number {
  return Math.max(60, Math.ceil((2 * loadSeconds) / 30) * 30);
}

export function coldLoadCheck(entry: ResolvedEntry, facts: GatheredFacts, keptWarm: boolean): CheckResult {
  const load = facts.load;
  if (!load || !entry.provider || !facts.model?.present)
    return result('coldLoad', 'skip', msg('checkup.skip.noServer'));
  const configured = num(entry.provider.timeoutSeconds);
  const timeout = configured ?? OPENCLAW_DEFAULT_TIMEOUT_SECONDS;
  const evidence: Message[] = [
    configured
      ? msg('checkup.coldLoad.timeout', { seconds: configured })
      : msg('checkup.coldLoad.noTimeout', { seconds: OPENCLAW_DEFAULT_TIMEOUT_SECONDS }),
  ];
  if (keptWarm) evidence.push(msg('checkup.coldLoad.keptWarm'));
  if (load.method === 'always-loaded')
    return result(
      'coldLoad',
      'pass',
      msg('checkup.coldLoad.alwaysLoaded', { kind: facts.server?.kind ?? '' }),
      evidence,
    );
  if (load.error) {
    return result('coldLoad', 'fail', msg('checkup.coldLoad.failed'), [
      ...evidence,
      msg('checkup.evidence.error', { error: load.error }),
      ...(load.deadlineSeconds
        ? [msg('checkupSteps.loadPastDeadline', { seconds: load.deadlineSeconds, variable: LOAD_DEADLINE_ENV })]
        : []),
    ]);
  }
  if (load.method === 'none' && facts.model.loaded === false)
    return result(
      'coldLoad',
      configured ? 'pass' : 'warn',
      msg('checkup.coldLoad.notLoaded'),
      evidence,
      undefined,
      !keptWarm,
    );
  if (load.seconds === null) {
    if (configured) return result('coldLoad', 'pass', msg('checkup.coldLoad.notMeasured'), evidence);
    return result(
      'coldLoad',
      'warn',
      msg('checkup.coldLoad.notMeasuredNoTimeout'),
      evidence,
      {
        label: msg('checkup.fix.timeout', { seconds: LOCAL_TIMEOUT_SECONDS }),
        operations: [{ op: 'updateProvider', id: entry.providerKey!, set: { timeoutSeconds: LOCAL_TIMEOUT_SECONDS } }],
      },
      !keptWarm,
    );
  }
  const seconds = Math.round(load.seconds * 10) / 10;
  evidence.unshift(
    msg(load.method === 'explicit' ? 'checkup.coldLoad.measured' : 'checkup.coldLoad.firstRequest', { seconds }),
  );
  const need = Math.ceil(2 * load.seconds);
  const offer = !keptWarm && load.seconds >= 5;
  if (timeout >= need)
    return result('coldLoad', 'pass', msg('checkup.coldLoad.ok', { seconds, timeout }), evidence, undefined, offer);
  const recommended = recommendedTimeout(load.seconds);
  return result(
    'coldLoad',
    'fail',
    msg('checkup.coldLoad.tooShort', { seconds, timeout, need }),
    evidence,
    {
      label: msg('checkup.fix.timeout', { seconds: recommended }),
      operations: [{ op: 'updateProvider', id: entry.providerKey!, set: { timeoutSeconds: recommended } }],
    },
    !keptWarm,
  );
}
