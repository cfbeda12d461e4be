/**
 * A model's fit on this machine, as the services size it (the same answer as every other view):
 * a badge with the numbers in its tooltip, the context fix when one exists, and — when it can't
 * tell — a way to point the model at its GGUF file.
 */
import { gbNumber } from '@shared/units/memory';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { doesNotFitMessage, type FitResult } from '@shared/fit/advisor';
import { msg, type Message } from '@shared/i18n/message';
import { useMessage } from '../i18n/useMessage';
import { useEditor } from '../stores';
import { GgufDialog } from './GgufDialog';
import { useFitAnswers, useFitRequest } from './fit-answers';

const gb = gbNumber;

export function fitTooltip(
  fit: FitResult,
  t: (key: string, options?: Record<string, unknown>) => string,
  message: (m: Message) => string,
): string {
  const lines = [
    t('fit.numbers', {
      weights: gb(fit.weightBytes),
      quant: fit.quant ?? '?',
      source: t(`fit.source.${fit.weightSource}`),
      kv: gb(fit.kvBytes),
      context: fit.context,
      overhead: gb(fit.overheadBytes),
      total: gb(fit.totalBytes),
      budget: gb(fit.budgetBytes),
    }),
  ];
  if (fit.maxContext) lines.push(t('fit.maxContext', { tokens: fit.maxContext }));
  if (fit.verdict === 'does-not-fit') lines.push(message(doesNotFitMessage(fit)));
  if (fit.shortByBytes) lines.push(t('fit.shortBy', { gb: gb(fit.shortByBytes) }));
  if (fit.freeNowBytes !== null)
    lines.push(
      message(msg('hardware.fit.freeNow', { free: `${gb(fit.freeNowBytes)} GB`, needs: `${gb(fit.totalBytes)} GB` })),
    );
  if (fit.decode)
    lines.push(
      t('fit.decode', {
        tps: fit.decode.tokensPerSecond.toFixed(0),
        context: fit.decode.atContext,
        bandwidth: fit.decode.bandwidthGBs,
        efficiency: fit.decode.efficiency,
      }),
    );
  for (const missing of fit.missing) lines.push(t('fit.missing', { what: message(missing) }));
  for (const assumption of fit.assumptions) lines.push(t('fit.assumed', { what: message(assumption) }));
  return lines.join('\n');
}

export function FitBadge({
  providerId,
  row,
  disabled,
}: {
  providerId: string;
  row: Record<string, unknown>;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const apply = useEditor((s) => s.apply);
  const request = useFitRequest(providerId, row);
  const [shown] = useFitAnswers([request]);
  const { answer, error } = shown ?? {};
  const [choosingGguf, setChoosingGguf] = useState(false);
  const problem = answer?.problem?.message ?? error;
  if (problem)
    return (
      <span className="fit" data-testid={`fit-${providerId}/${String(row.id)}`}>
        <span className="badge fit-unknown" tabIndex={0} title={message(problem)}>
          {t('fit.verdict.unknown')}
        </span>
      </span>
    );
  const fit = answer?.fit;
  if (!fit) return <span className="badge badge-info">{t('fit.checking')}</span>;
  return (
    <span className="fit" data-testid={`fit-${providerId}/${String(row.id)}`}>
      <span
        className={`badge fit-${fit.verdict}`}
        title={fitTooltip(fit, t, message)}
        tabIndex={0}
        aria-label={`${t(`fit.verdict.${fit.verdict}`)}. ${fitTooltip(fit, t, message)}`}
      >
        {t(`fit.verdict.${fit.verdict}`)}
      </span>
      {fit.verdict === 'fits-smaller-context' && fit.maxContext && (
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            apply({
              op: 'updateModel',
              provider: providerId,
              id: String(row.id),
              set: { contextTokens: fit.maxContext },
            })
          }
        >
          {t('fit.useContext', { tokens: fit.maxContext })}
        </button>
      )}
      {fit.verdict === 'unknown' && fit.budgetBytes !== null && (
        <button type="button" className="link" onClick={() => setChoosingGguf(true)}>
          {t('fit.gguf.open')}
        </button>
      )}
      {choosingGguf && <GgufDialog request={request} onClose={() => setChoosingGguf(false)} />}
    </span>
  );
}
