/** Why loading failed, as an alert with a Retry button. */
import { useTranslation } from 'react-i18next';
import { useFailure } from '../i18n/useMessage';
import type { Failure } from '../stores/failure';

export function LoadError({ message, onRetry }: { message: Failure; onRetry(): void }) {
  const { t } = useTranslation();
  const shown = useFailure();
  return (
    <p className="error" role="alert">
      {t('errors.loadFailed', { message: shown(message) })}{' '}
      <button type="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </p>
  );
}
