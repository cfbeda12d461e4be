/**
 * A local provider's fit verdicts: every model in its config and every model its running server
 * lists, each with "fits with N GB to spare" / "over by N GB" / "can't tell: why", what it was
 * measured against, the largest context per KV type, the largest quant and where the figures
 * came from — the same answers the rows' badges show (one fits store, one `fitModels` call).
 */
import { againstMessages, detailMessages, headlineMessage, sourcesMessage } from '@shared/fit/answer-messages';
import { FIT_MODELS_MAX, type FitRequest } from '@shared/fit/model-facts';
import { msg } from '@shared/i18n/message';
import { requestOfRow, useFitAnswers, type FitShown } from '@renderer/components/fit-answers';
import { useProbe } from '@renderer/components/server-status';
import { useFits } from '@renderer/stores';
import { useMessage } from '@renderer/i18n/useMessage';

/** The asks: the configured rows (at their draft context), then the models only the server lists (not its embedding models). */
function useRequests(providerId: string, configured: readonly Record<string, unknown>[]): FitRequest[] {
  const probe = useProbe(providerId);
  const gguf = useFits((s) => s.gguf);
  const requests: FitRequest[] = configured.map((row) => requestOfRow(providerId, row, gguf));
  const ids = new Set(configured.map((row) => String(row.id)));
  for (const model of probe && !probe.problem ? probe.models : [])
    if (model.type !== 'embedding' && !ids.has(model.id)) {
      ids.add(model.id);
      requests.push({ model: `${providerId}/${model.id}` });
    }
  return requests.slice(0, FIT_MODELS_MAX);
}

function Verdict({ providerId, shown, inConfig }: { providerId: string; shown: FitShown; inConfig: boolean }) {
  const text = useMessage();
  const id = shown.request.model.slice(providerId.length + 1);
  const fit = shown.answer?.fit ?? null;
  const problem = shown.answer?.problem?.message ?? shown.error;
  const headline = problem
    ? msg('fitAnswers.unknown', { why: problem })
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

export function ServerModelFits({
  providerId,
  configured,
}: {
  providerId: string;
  configured: readonly Record<string, unknown>[];
}) {
  const text = useMessage();
  const shown = useFitAnswers(useRequests(providerId, configured));
  if (!shown.length) return null;
  return (
    <section
      className="server-model-fits"
      aria-label={text(msg('fitAnswers.panel.title'))}
      data-testid={`fits-${providerId}`}
    >
      <p className="label">{text(msg('fitAnswers.panel.title'))}</p>
      <ul>
        {shown.map((one, i) => (
          <Verdict key={one.request.model} providerId={providerId} shown={one} inConfig={i < configured.length} />
        ))}
      </ul>
    </section>
  );
}
