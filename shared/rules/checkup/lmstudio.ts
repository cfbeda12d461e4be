/** Check-up rule 7, LM Studio's lifecycle: JIT loading and OpenClaw's preload agree. */
import { asObject } from '../../config/config-access';
import { msg, type Message } from '../../i18n/message';
import type { GatheredFacts } from '../../checkup/facts';
import type { CheckResult } from '../../checkup/types';
import type { ResolvedEntry } from './entry';
import { result } from './result';

export function lmstudioCheck(entry: ResolvedEntry, facts: GatheredFacts, keptWarm: boolean): CheckResult {
  const server = facts.server;
  if (!server || server.problem || server.kind !== 'lmstudio' || !entry.provider)
    return result('lmstudio', 'skip', msg('checkup.lmstudio.notLmStudio'));
  const params = asObject(entry.provider.params) ?? {};
  const preload = params.preload !== false;
  const evidence: Message[] = [
    msg(
      server.jit === true
        ? 'checkup.lmstudio.jitOn'
        : server.jit === false
          ? 'checkup.lmstudio.jitOff'
          : 'checkup.lmstudio.jitUnknown',
    ),
    msg(preload ? 'checkup.lmstudio.preloadOn' : 'checkup.lmstudio.preloadOff'),
  ];
  if (keptWarm) return result('lmstudio', 'pass', msg('checkup.lmstudio.keptWarm'), evidence);
  if (server.jit === true && preload) {
    return result('lmstudio', 'warn', msg('checkup.lmstudio.preloadDefeatsJit'), evidence, {
      label: msg('checkup.fix.preloadOff'),
      operations: [{ op: 'updateProvider', id: entry.providerKey!, set: { params: { ...params, preload: false } } }],
    });
  }
  if (server.jit === false && !preload) {
    const { preload: _preload, ...rest } = params;
    return result('lmstudio', 'fail', msg('checkup.lmstudio.nothingLoads'), evidence, {
      label: msg('checkup.fix.preloadOn'),
      operations: [
        { op: 'updateProvider', id: entry.providerKey!, set: { params: Object.keys(rest).length ? rest : null } },
      ],
    });
  }
  if (server.jit === true && !preload)
    return result('lmstudio', 'pass', msg('checkup.lmstudio.jitTtl'), evidence, undefined, true);
  return result('lmstudio', 'pass', msg('checkup.lmstudio.ok'), evidence);
}
