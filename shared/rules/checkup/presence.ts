/** Check-up rule 2, presence: the server lists the exact id, loaded or not, and no duplicate instances. */
import { msg, type Message } from '../../i18n/message';
import type { GatheredFacts } from '../../checkup/facts';
import type { CheckResult } from '../../checkup/types';
import type { ResolvedEntry } from './entry';
import { result } from './result';

export function presenceCheck(entry: ResolvedEntry, facts: GatheredFacts): CheckResult {
  const model = facts.model;
  if (!facts.server || facts.server.problem || !model) return result('presence', 'skip', msg('checkup.skip.noServer'));
  if (!model.present) {
    return result('presence', 'fail', msg('checkup.presence.missing', { id: entry.modelId }), [
      model.near.length
        ? msg('checkup.presence.near', { ids: model.near.join(', ') })
        : msg('checkup.presence.listed', { ids: facts.server.ids.slice(0, 12).join(', ') }),
    ]);
  }
  const evidence: Message[] = [
    msg(
      model.loaded === true
        ? 'checkup.presence.loaded'
        : model.loaded === false
          ? 'checkup.presence.notLoaded'
          : 'checkup.presence.listedOnly',
      {
        id: entry.modelId,
      },
    ),
  ];
  if (model.duplicates.length) {
    return result(
      'presence',
      'warn',
      msg('checkup.presence.duplicates', { id: entry.modelId, count: model.duplicates.length + 1 }),
      [...evidence, msg('checkup.presence.duplicateIds', { ids: model.duplicates.join(', ') })],
    );
  }
  return result('presence', 'pass', msg('checkup.presence.ok', { id: entry.modelId }), evidence);
}
