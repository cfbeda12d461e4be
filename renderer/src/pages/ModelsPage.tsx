/** Models: the primary model and its fallback chain, in the order OpenClaw tries them. */
import { useTranslation } from 'react-i18next';
import { Card } from '../components/Card';
import { useAppStore } from '../stores';

export function ModelsPage() {
  const { t } = useTranslation();
  const summary = useAppStore((s) => s.config?.summary);
  return (
    <div className="page">
      <Card title={t('models.title')}>
        {!summary?.primary ? (
          <p className="hint">{t('models.empty')}</p>
        ) : (
          <ol className="chain" aria-label={t('models.title')}>
            {[summary.primary, ...summary.fallbacks].map((ref, index) => (
              <li key={`${index}-${ref}`}>
                <span className="chain-role">
                  {index === 0 ? t('models.primary') : t('models.fallback', { n: index })}
                </span>
                <code>{ref}</code>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
