/** A model's state on its server (loaded / not loaded / missing / server down) as a small badge. */
import { useTranslation } from 'react-i18next';
import { modelServerState, useProbe } from './server-status';

export function ServerBadge({ providerId, modelId }: { providerId: string; modelId: string }) {
  const { t } = useTranslation();
  const { state, model } = modelServerState(useProbe(providerId), modelId);
  const context = model?.contextLength ? t('servers.loadedContext', { tokens: model.contextLength }) : '';
  const advice = state === 'missing' || state === 'not-loaded' || state === 'down' ? t(`servers.advice.${state}`) : '';
  return (
    <span
      className={`badge server-${state}`}
      data-testid={`server-${providerId}/${modelId}`}
      title={[context, advice].filter(Boolean).join(' — ') || undefined}
    >
      {t(`servers.model.${state}`)}
    </span>
  );
}
