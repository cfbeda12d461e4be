/** Check-up rule 1, the endpoint: the base URL and API fit the server kind, and a real Responses request works where it is used. */
import type { ConfigOperation } from '../../config/operations';
import { msg, type Message } from '../../i18n/message';
import type { GatheredFacts } from '../../checkup/facts';
import type { CheckResult } from '../../checkup/types';
import { entryApi, entryBaseUrl, type Obj, type ResolvedEntry } from './entry';
import { result, setAt, short } from './result';

function urlParts(raw: string): { origin: string; path: string } | null {
  try {
    const url = new URL(raw.trim());
    return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') };
  } catch {
    return null;
  }
}

export function endpointCheck(entry: ResolvedEntry, facts: GatheredFacts): CheckResult {
  const server = facts.server;
  if (!server || server.problem || !server.kind || !entry.provider)
    return result('endpoint', 'skip', msg('checkup.skip.noServer'));
  const baseUrl = entryBaseUrl(entry) ?? server.baseUrl;
  const api = entryApi(entry);
  const parts = urlParts(baseUrl);
  const evidence: Message[] = [msg('checkup.endpoint.seen', { kind: server.kind, baseUrl, api })];
  const problems: Message[] = [];
  const set: Obj = {};
  const endsV1 = parts?.path.endsWith('/v1') ?? false;
  if (server.kind === 'ollama') {
    if (api === 'ollama' && endsV1) {
      problems.push(msg('checkup.endpoint.ollamaNoV1'));
      set.baseUrl = parts!.origin;
    } else if (api === 'openai-completions') {
      problems.push(msg('checkup.endpoint.ollamaUseNative'));
      set.api = 'ollama';
      set.baseUrl = parts?.origin ?? baseUrl;
    }
  } else {
    if (api === 'ollama') {
      problems.push(msg('checkup.endpoint.notOllama', { kind: server.kind }));
      set.api = 'openai-completions';
    }
    if (parts && !endsV1 && (server.kind === 'lmstudio' || api.startsWith('openai'))) {
      problems.push(msg('checkup.endpoint.needsV1', { kind: server.kind }));
      set.baseUrl = `${parts.origin}${parts.path}/v1`;
    }
  }
  let failed = problems.length > 0;
  if (api === 'openai-responses' && facts.responses) {
    if (facts.responses.ok) evidence.push(msg('checkup.endpoint.responsesOk'));
    else {
      failed = true;
      problems.push(msg('checkup.endpoint.responsesFailed'));
      evidence.push(
        facts.responses.answer
          ? short(facts.responses.answer)
          : msg('checkup.evidence.error', { error: facts.responses.error }),
      );
      set.api = 'openai-completions';
    }
  }
  if (!failed) return result('endpoint', 'pass', msg('checkup.endpoint.ok', { kind: server.kind }), evidence);
  const operations: ConfigOperation[] = Object.entries(set).map(([key, value]) => setAt(entry, key, value));
  const merged = mergeOperations(operations);
  return result('endpoint', 'fail', problems[0]!, [...evidence, ...problems.slice(1)], {
    label: msg('checkup.fix.endpoint', {
      changes: Object.entries(set)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(', '),
    }),
    operations: merged,
  });
}

/** Folds operations on the same target into one. */
function mergeOperations(operations: ConfigOperation[]): ConfigOperation[] {
  const out: ConfigOperation[] = [];
  for (const op of operations) {
    const same = out.find(
      (o) =>
        o.op === op.op &&
        ((o.op === 'updateProvider' && op.op === 'updateProvider' && o.id === op.id) ||
          (o.op === 'updateModel' && op.op === 'updateModel' && o.provider === op.provider && o.id === op.id)),
    ) as (ConfigOperation & { set?: Obj }) | undefined;
    if (same && 'set' in op) same.set = { ...same.set, ...op.set };
    else out.push(structuredClone(op));
  }
  return out;
}
