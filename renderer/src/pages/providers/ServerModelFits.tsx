/**
 * A local provider's fit verdicts: every model in its config and every model its running server
 * lists, each with "fits with N GB to spare" / "over by N GB" / "can't tell: why", what it was
 * measured against, the largest context per KV type, the largest quant and where the figures
 * came from — sized by the services in one `fitModels` call (a few at a time, answers kept briefly).
 */
import { useEffect, useState } from 'react';
import type { CallOutput } from '@shared/api/contract';
import { againstMessages, detailMessages, headlineMessage, sourcesMessage } from '@shared/fit/answer-messages';
import { FIT_MODELS_MAX } from '@shared/fit/model-facts';
import { msg } from '@shared/i18n/message';
import { api } from '@renderer/api';
import { useProbe } from '@renderer/components/server-status';
import { useMessage } from '@renderer/i18n/useMessage';
import { failure, type Failure } from '@renderer/stores/failure';

type Result = CallOutput<'fitModels'>['results'][number];

/** The model ids to size: the configured ones, then those only the server lists (not its embedding models). */
function namesOf(configured: readonly string[], listed: readonly { id: string; type: string | null }[]): string[] {
  const ids = [...configured];
  for (const model of listed) if (model.type !== 'embedding' && !ids.includes(model.id)) ids.push(model.id);
  return ids.slice(0, FIT_MODELS_MAX);
}

function Verdict({
  providerId,
  id,
  result,
  inConfig,
}: {
  providerId: string;
  id: string;
  result: Result | undefined;
  inConfig: boolean;
}) {
  const text = useMessage();
  const fit = result?.fit ?? null;
  const headline = result?.problem
    ? msg('fitAnswers.unknown', { why: result.problem.message })
    : fit
      ? headlineMessage(fit)
      : msg('fitAnswers.panel.checking');
  const tone = !fit ? 'unknown' : !fit.answers ? 'unknown' : fit.answers.headroomBytes >= 0 ? 'fits' : 'does-not-fit';
  return (
    <li data-testid={`fit-verdict-${providerId}/${id}`} aria-label={text(msg('fitAnswers.panel.model', { model: id }))}>
      <code>{id}</code>{' '}
      {!inConfig && <span className="badge badge-info">{text(msg('fitAnswers.panel.notListed'))}</span>}{' '}
      <span className={`badge fit-${tone}`}>{text(headline)}</span>
      {fit && (
        <span className="hint">
          {' '}
          {[...againstMessages(fit, fit.gpuProcesses), ...detailMessages(fit), sourcesMessage(fit)]
            .map((m) => text(m))
            .join(' · ')}
        </span>
      )}
    </li>
  );
}

export function ServerModelFits({ providerId, configured }: { providerId: string; configured: readonly string[] }) {
  const text = useMessage();
  const probe = useProbe(providerId);
  const ids = namesOf(configured, probe && !probe.problem ? probe.models : []);
  const key = ids.join('\n');
  const [results, setResults] = useState<Map<string, Result>>(new Map());
  const [error, setError] = useState<Failure | null>(null);
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const refs = key.split('\n').map((id) => `${providerId}/${id}`);
    api.fitModels({ models: refs }).then(
      ({ results: answered }) => {
        if (cancelled) return;
        setResults(new Map(answered.map((r) => [r.model.slice(providerId.length + 1), r])));
        setError(null);
      },
      (e: unknown) => !cancelled && setError(failure(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [providerId, key]);
  if (!ids.length) return null;
  return (
    <section
      className="server-model-fits"
      aria-label={text(msg('fitAnswers.panel.title'))}
      data-testid={`fits-${providerId}`}
    >
      <p className="label">{text(msg('fitAnswers.panel.title'))}</p>
      {error && <p className="error">{text(msg('fitAnswers.panel.failed', { why: error }))}</p>}
      <ul>
        {ids.map((id) => (
          <Verdict
            key={id}
            providerId={providerId}
            id={id}
            result={results.get(id)}
            inConfig={configured.includes(id)}
          />
        ))}
      </ul>
    </section>
  );
}
