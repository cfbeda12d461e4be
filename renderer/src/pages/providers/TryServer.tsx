/** The Add-provider dialog's live test of the server typed: what answered (or why not, with the advice), the API it supports, and its models to import in the same step. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { msg } from '@shared/i18n/message';
import type { ProbedModel } from '@shared/servers/probe-result';
import { SERVER_LABELS } from '@shared/servers/probe-result';
import { api as clawApi } from '@renderer/api';
import { useFailure, useMessage } from '@renderer/i18n/useMessage';
import type { ImportContext } from '@shared/servers/import';
import { ImportChoices } from './ImportChoices';
import { createServerTrial, type ServerTrial, type Trial } from './try-server';

/** The trial of `input`, probed after a pause in typing; stopped when the dialog closes. */
export function useServerTrial(input: { baseUrl: string; apiKey?: string } | null): Trial {
  const [trial, setTrial] = useState<Trial>({ state: 'idle' });
  const runner = useRef<ServerTrial | null>(null);
  useEffect(() => {
    const made = createServerTrial(clawApi, setTrial);
    runner.current = made;
    return () => made.stop();
  }, []);
  const key = input ? JSON.stringify(input) : '';
  useEffect(() => {
    runner.current?.update(key ? (JSON.parse(key) as { baseUrl: string; apiKey?: string }) : null);
  }, [key]);
  return trial;
}

export function TryServer({
  trial,
  api,
  onUseCompletions,
  importable,
  chosen,
  onChoose,
  context,
  onContext,
}: {
  trial: Trial;
  api: string;
  onUseCompletions(): void;
  importable: ProbedModel[];
  chosen: string[];
  onChoose(ids: string[]): void;
  context: ImportContext;
  onContext(context: ImportContext): void;
}) {
  const { t } = useTranslation();
  const text = useMessage();
  const shown = useFailure();
  if (trial.state === 'idle') return null;
  if (trial.state === 'checking')
    return (
      <p className="hint" role="status" data-testid="try-server">
        {t('msg.tryProvider.checking', { url: trial.baseUrl })}
      </p>
    );
  if (trial.state === 'failed')
    return (
      <p className="field-error" role="status" data-testid="try-server">
        {shown(trial.error)}
      </p>
    );
  const { probe } = trial;
  if (probe.problem)
    return (
      <p className="field-error" role="status" data-testid="try-server">
        {text(probe.problem.message)} — {text(probe.problem.advice)}
      </p>
    );
  return (
    <div className="try-server" data-testid="try-server">
      <p role="status">
        {t('msg.tryProvider.answered', {
          kind: probe.kind ? SERVER_LABELS[probe.kind] : t('msg.tryProvider.unknownKind'),
          ms: probe.latencyMs ?? 0,
          count: probe.models.length,
        })}
      </p>
      {probe.responsesApi === false && api === 'openai-responses' && (
        <p className="field-warning">
          {t('servers.noResponses')}{' '}
          <button type="button" onClick={onUseCompletions}>
            {text(msg('forms.api.useCompletions'))}
          </button>
        </p>
      )}
      {importable.length > 0 ? (
        <fieldset>
          <legend>{t('msg.tryProvider.importLegend')}</legend>
          <ImportChoices
            models={importable}
            chosen={chosen}
            onChoose={onChoose}
            context={context}
            onContext={onContext}
            label={t('msg.tryProvider.importLegend')}
          />
        </fieldset>
      ) : (
        <p className="hint">{t('msg.tryProvider.importNone')}</p>
      )}
    </div>
  );
}
