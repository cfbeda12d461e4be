/** The fit answers as messages, in the order a user reads them — one wording for `fit`, `fit --json` and the panel. */
import type { GpuProcess } from '../hardware/report';
import { msg, type Message } from '../i18n/message';
import type { FitResult } from './advisor';

const gb = (bytes: number) => (Math.abs(bytes) / 1e9).toFixed(1);
const tokens = (n: number) => n.toLocaleString('en-US');

/** "fits with N GB to spare" / "over by N GB" / "can't tell: …". */
export function headlineMessage(fit: Pick<FitResult, 'answers' | 'missing'>): Message {
  if (!fit.answers) return msg('fitAnswers.unknown', { why: fit.missing[0] ?? msg('hardware.fit.missingShape') });
  return fit.answers.headroomBytes >= 0
    ? msg('fitAnswers.spare', { gb: gb(fit.answers.headroomBytes) })
    : msg('fitAnswers.over', { gb: gb(fit.answers.headroomBytes) });
}

/** What the room is measured against, and who else holds GPU memory. */
export function againstMessages(
  fit: Pick<FitResult, 'answers' | 'budgetKind' | 'budgetBytes'>,
  processes: readonly GpuProcess[] = [],
): Message[] {
  if (!fit.answers) return [];
  const { against, againstBytes } = fit.answers;
  const lines = [msg(`fitAnswers.against.${against === 'free' ? 'free' : fit.budgetKind}`, { gb: gb(againstBytes) })];
  const held = fit.budgetBytes !== null && against === 'free' ? fit.budgetBytes - againstBytes : 0;
  if (held > 0.05e9) {
    const named = processes.filter((p) => p.usedBytes !== null);
    lines.push(
      named.length
        ? msg('fitAnswers.others', {
            gb: gb(held),
            list: named.map((p) => `${p.name ?? '?'} (pid ${p.pid}) ${gb(p.usedBytes!)} GB`).join(', '),
          })
        : msg('fitAnswers.othersUnnamed', { gb: gb(held) }),
    );
  }
  return lines;
}

/** The largest context at each KV type, the largest quant, and what stays in RAM. */
export function detailMessages(fit: Pick<FitResult, 'answers' | 'context' | 'cpuBytes'>): Message[] {
  if (!fit.answers) return [];
  const list = fit.answers.contextByKvType.map((c) =>
    c.tokens === 0
      ? msg('fitAnswers.contextNone', { kvType: c.kvType })
      : msg(c.whole ? 'fitAnswers.contextWhole' : 'fitAnswers.context', { kvType: c.kvType, tokens: tokens(c.tokens) }),
  );
  const lines: Message[] = [msg('fitAnswers.contexts', { list: listOf(list) })];
  const q = fit.answers.largestQuant;
  lines.push(
    q
      ? msg('fitAnswers.largestQuant', { context: tokens(fit.context), quant: q.quant, total: gb(q.totalBytes) })
      : msg('fitAnswers.noQuant', { context: tokens(fit.context) }),
  );
  if (fit.cpuBytes > 0.05e9) lines.push(msg('fitAnswers.cpu', { gb: gb(fit.cpuBytes) }));
  return lines;
}

/** A list of messages as one parameter: each is translated, then joined (`common.list`). */
function listOf(items: Message[]): Message {
  return msg('fitAnswers.list', Object.fromEntries(items.map((m, i) => [`i${i}`, m])));
}

/** Where the shape and the weights came from (the catalog when no file or server gave them). */
export function sourcesMessage(
  fit: Pick<FitResult, 'catalogId' | 'weightSource'> & { sources: { shape: string | null; weights: string | null } },
): Message {
  const from = (source: string | null) => msg(`fit.source.${source ?? 'none'}`);
  const shape = fit.sources.shape ?? (fit.catalogId ? 'catalog' : null);
  return msg(shape ? 'fitAnswers.sourced' : 'fitAnswers.sourcedNoShape', {
    shape: from(shape),
    weights: from(
      fit.sources.weights ??
        (fit.weightSource === 'catalog' ? 'catalog' : fit.weightSource === 'params' ? 'estimate' : null),
    ),
  });
}
