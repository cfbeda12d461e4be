/** The panel's shell: a navigation rail and the current page. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangedOnDiskBanner, SaveBar } from './components/SaveBar';
import { useShortcuts } from './hooks/useShortcuts';
import { ModelsPage } from './pages/ModelsPage';
import { OverviewPage } from './pages/OverviewPage';
import { ProvidersPage } from './pages/ProvidersPage';
import { SettingsPage } from './pages/SettingsPage';
import { PAGES, type Page } from './stores/app-store';
import { useAppStore, useHardware, useServers } from './stores';

const PAGE_COMPONENTS: Record<Page, () => React.JSX.Element> = {
  overview: OverviewPage,
  providers: ProvidersPage,
  models: ModelsPage,
  settings: SettingsPage,
};

export function App() {
  const { t } = useTranslation();
  const { page, setPage, refresh, loadError, config } = useAppStore();
  const loadHardware = useHardware((s) => s.load);
  const startPolling = useServers((s) => s.startPolling);
  useShortcuts();
  useEffect(() => {
    void refresh();
    void loadHardware();
  }, [refresh, loadHardware]);
  useEffect(() => startPolling(), [startPolling]);
  const Current = PAGE_COMPONENTS[page];
  return (
    <div className="shell">
      <nav className="rail" aria-label={t('nav.label')}>
        <div className="brand">
          <strong>{t('app.title')}</strong>
          <span>{t('app.tagline')}</span>
        </div>
        {PAGES.map((p) => (
          <button
            key={p}
            type="button"
            className={p === page ? 'rail-item active' : 'rail-item'}
            aria-current={p === page ? 'page' : undefined}
            onClick={() => setPage(p)}
          >
            {t(`nav.${p}`)}
          </button>
        ))}
      </nav>
      <main className="content">
        <h1>{t(`nav.${page}`)}</h1>
        <ChangedOnDiskBanner />
        {loadError && (
          <p className="error" role="alert">
            {t('errors.loadFailed', { message: loadError })}{' '}
            <button type="button" onClick={() => void refresh()}>
              {t('common.retry')}
            </button>
          </p>
        )}
        {!config && !loadError ? <p className="hint">{t('common.loading')}</p> : <Current />}
      </main>
      <SaveBar />
    </div>
  );
}
