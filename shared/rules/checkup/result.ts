/** How a check-up rule words its result: the result itself, the server's answer as evidence, and fixes at the row or the provider. */
import type { ConfigOperation } from '../../config/operations';
import { msg, type Message } from '../../i18n/message';
import type { HttpAnswer } from '../../checkup/facts';
import type { CheckFix, CheckId, CheckResult, CheckStatus } from '../../checkup/types';
import type { Obj, ResolvedEntry } from './entry';

export const result = (
  id: CheckId,
  status: CheckStatus,
  summary: Message,
  evidence: Message[] = [],
  fix?: CheckFix,
  offerKeepWarm?: boolean,
): CheckResult => ({
  id,
  status,
  summary,
  evidence,
  ...(fix ? { fix } : {}),
  ...(offerKeepWarm ? { offerKeepWarm } : {}),
});

export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);
export const short = (answer: HttpAnswer | null): Message =>
  msg('checkup.evidence.serverAnswer', { status: answer?.status ?? null, body: answer?.body ?? '' });

/** A change at the model row when the row already sets the key, else at the provider. */
export function setAt(entry: ResolvedEntry, key: string, value: unknown): ConfigOperation {
  if (entry.row && entry.row[key] !== undefined)
    return { op: 'updateModel', provider: entry.providerKey!, id: entry.modelId!, set: { [key]: value } };
  return { op: 'updateProvider', id: entry.providerKey!, set: { [key]: value } };
}

export const updateRow = (entry: ResolvedEntry, set: Obj): ConfigOperation => ({
  op: 'updateModel',
  provider: entry.providerKey!,
  id: entry.modelId!,
  set,
});
