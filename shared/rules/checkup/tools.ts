/** Check-up rule 5, tool calling: a real tool-call round trip, with the schema profile or API that makes it work. */
import { asObject } from '../../config/config-access';
import { msg } from '../../i18n/message';
import type { GatheredFacts } from '../../checkup/facts';
import { PROVIDERS_WITH_GBNF_CLEANER } from '../../checkup/openclaw-limits';
import type { CheckFix, CheckResult } from '../../checkup/types';
import type { ResolvedEntry } from './entry';
import { result, setAt, short, updateRow } from './result';

export function toolsCheck(entry: ResolvedEntry, facts: GatheredFacts): CheckResult {
  const tools = facts.tools;
  if (!tools && facts.model?.present && facts.model.loaded === false)
    return result('tools', 'skip', msg('checkup.skip.notLoaded'));
  if (!tools || !facts.model?.present) return result('tools', 'skip', msg('checkup.skip.noServer'));
  const route = tools.route === 'responses' ? '/v1/responses' : '/v1/chat/completions';
  const answer = tools.answer ? [short(tools.answer)] : [];
  if (tools.error)
    return result('tools', 'fail', msg('checkup.tools.error', { route }), [
      msg('checkup.evidence.error', { error: tools.error }),
    ]);
  if (tools.schemaRejected) {
    const builtIn = (PROVIDERS_WITH_GBNF_CLEANER as readonly string[]).includes(entry.providerId ?? '');
    const evidence = [...answer];
    if (tools.cleanedSchemaWorks) evidence.push(msg('checkup.tools.cleanedWorks'));
    if (builtIn) evidence.push(msg('checkup.tools.builtInCleaner', { provider: entry.providerId }));
    const compat = asObject(entry.row?.compat) ?? {};
    const fix: CheckFix | undefined =
      !builtIn && entry.row && tools.cleanedSchemaWorks
        ? {
            label: msg('checkup.fix.toolSchemaProfile'),
            operations: [updateRow(entry, { compat: { ...compat, toolSchemaProfile: 'llamacpp' } })],
          }
        : undefined;
    return result('tools', 'fail', msg('checkup.tools.schemaRejected', { route }), evidence, fix);
  }
  if (tools.answer && tools.answer.status >= 400)
    return result('tools', 'fail', msg('checkup.tools.httpError', { route, status: tools.answer.status }), answer);
  if (!tools.called) return result('tools', 'warn', msg('checkup.tools.notCalled', { route }), answer);
  if (!tools.argumentsOk) {
    const fix: CheckFix | undefined =
      tools.route === 'responses' && tools.chatCompletionsWorks
        ? {
            label: msg('checkup.fix.api', { api: 'openai-completions' }),
            operations: [setAt(entry, 'api', 'openai-completions')],
          }
        : undefined;
    const evidence = [
      msg('checkup.tools.arguments', { args: tools.arguments === '' ? '""' : (tools.arguments ?? '—') }),
      ...answer,
    ];
    if (tools.chatCompletionsWorks) evidence.push(msg('checkup.tools.chatWorks'));
    return result('tools', 'fail', msg('checkup.tools.emptyArguments', { route }), evidence, fix);
  }
  return result('tools', 'pass', msg('checkup.tools.ok', { route }), [
    msg('checkup.tools.arguments', { args: tools.arguments ?? '' }),
  ]);
}
