/** The panel's shell: a navigation rail and the current page (each page its own chunk, loaded on first visit). */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangedOnDiskBanner, SaveBar } from './components/SaveBar';
import { useShortcuts } from './hooks/useShortcuts';
import { PAGES, type Page } from './stores/app-store';
import { useAppStore, useEditor, useHardware, useServers } from './stores';

const PAGE_COMPONENTS: Record<Page, React.LazyExoticComponent<() => React.JSX.Element>> = {
  overview: lazy(() => import('./pages/OverviewPage').then((m) => ({ default: m.OverviewPage }))),
  providers: lazy(() => import('./pages/ProvidersPage').then((m) => ({ default: m.ProvidersPage }))),
  models: lazy(() => import('./pages/ModelsPage').then((m) => ({ default: m.ModelsPage }))),
  settings: lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
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
  // A save (or reload) that changes the file can add the first local provider: poll again.
  useEffect(
    () =>
      useEditor.subscribe((next, prev) => {
        if (next.document?.hash !== prev.document?.hash) useServers.getState().wake();
      }),
    [],
  );
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
        {!config && !loadError ? (
          <p className="hint">{t('common.loading')}</p>
        ) : (
          <Suspense fallback={<p className="hint">{t('layout.loadingPage')}</p>}>
            <Current />
          </Suspense>
        )}
      </main>
      <SaveBar />
    </div>
  );
}
