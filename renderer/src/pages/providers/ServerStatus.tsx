/**
 * A provider card's server line: kind, health, latency, the problem with the guidance's advice,
 * Import, and — when the probe finds no /v1/responses — the API set from what it found (chat completions).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVER_LABELS } from '@shared/servers/probe-result';
import { useProbe } from '@renderer/components/server-status';
import { msg } from '@shared/i18n/message';
import { useMessage } from '@renderer/i18n/useMessage';
import { useEditor } from '@renderer/stores';
import { ImportDialog } from './ImportDialog';

export function ServerStatus({
  providerId,
  listed,
  disabled,
}: {
  providerId: string;
  listed: string[];
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const text = useMessage();
  const probe = useProbe(providerId);
  const [importing, setImporting] = useState(false);
  const apply = useEditor((s) => s.apply);
  if (!probe) return <p className="hint">{t('servers.checking')}</p>;
  return (
    <div className="server-status" data-testid={`server-status-${providerId}`}>
      {probe.problem ? (
        <p className="error" role="status">
          <span className="badge server-down">{t('servers.down')}</span> {text(probe.problem.message)} —{' '}
          {text(probe.problem.advice)}
        </p>
      ) : (
        <p>
          <span className="badge server-loaded">
            {probe.kind ? SERVER_LABELS[probe.kind] : t('servers.unknownKind')}
          </span>{' '}
          {t('servers.up', { ms: probe.latencyMs, version: probe.version ?? '' })}
          {probe.responsesApi === false && (
            <>
              <span className="field-warning"> {t('servers.noResponses')}</span>{' '}
              <button
                type="button"
                disabled={disabled}
                onClick={() => apply({ op: 'updateProvider', id: providerId, set: { api: 'openai-completions' } })}
              >
                {text(msg('forms.api.useCompletions'))}
              </button>
            </>
          )}{' '}
          <button type="button" disabled={disabled} onClick={() => setImporting(true)}>
            {t('servers.import')}
          </button>
        </p>
      )}
      {importing && (
        <ImportDialog
          providerId={providerId}
          models={probe.models}
          listed={listed}
          onClose={() => setImporting(false)}
        />
      )}
    </div>
  );
}
