/** Providers: the providers configured in models.providers. */
import { useTranslation } from 'react-i18next';
import { Card } from '../components/Card';
import { useAppStore } from '../stores';

export function ProvidersPage() {
  const { t } = useTranslation();
  const summary = useAppStore((s) => s.config?.summary);
  return (
    <div className="page">
      <Card title={t('providers.title')}>
        {!summary || summary.providerIds.length === 0 ? (
          <p className="hint">{t('providers.empty')}</p>
        ) : (
          <ul className="plain-list" aria-label={t('providers.title')}>
            {summary.providerIds.map((id) => (
              <li key={id}>
                <code>{id}</code>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
