/** Why loading failed, as an alert with a Retry button. */
import { useTranslation } from 'react-i18next';

export function LoadError({ message, onRetry }: { message: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <p className="error" role="alert">
      {t('errors.loadFailed', { message })}{' '}
      <button type="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </p>
  );
}
