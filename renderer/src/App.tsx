/** The panel's shell: a navigation rail and the current page (each page its own chunk, loaded on first visit). */
import { createElement, lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangedOnDiskBanner, SaveBar } from './components/SaveBar';
import { WatchBanner } from './components/WatchBanner';
import { useShortcuts } from './hooks/useShortcuts';
import { PAGES, type Page } from './stores/app-store';
import { useAppStore, useEditor, useHardware, useServers } from './stores';

/** Pages whose chunk has arrived: rendered directly, so switching to them never suspends. */
const loaded: Partial<Record<Page, () => React.JSX.Element>> = {};
const PAGE_LOADERS: Record<Page, () => Promise<{ default: () => React.JSX.Element }>> = {
  overview: () => import('./pages/OverviewPage').then((m) => ({ default: (loaded.overview = m.OverviewPage) })),
  providers: () => import('./pages/ProvidersPage').then((m) => ({ default: (loaded.providers = m.ProvidersPage) })),
  models: () => import('./pages/ModelsPage').then((m) => ({ default: (loaded.models = m.ModelsPage) })),
  settings: () => import('./pages/SettingsPage').then((m) => ({ default: (loaded.settings = m.SettingsPage) })),
};
const LAZY_PAGES = Object.fromEntries(PAGES.map((p) => [p, lazy(PAGE_LOADERS[p])])) as Record<
  Page,
  React.LazyExoticComponent<() => React.JSX.Element>
>;
/** Decided once per page (the loaded component if its chunk is in, else the lazy one) so a page never remounts. */
const chosen: Partial<Record<Page, React.ComponentType>> = {};
const pageComponent = (page: Page): React.ComponentType => (chosen[page] ??= loaded[page] ?? LAZY_PAGES[page]);

export function App() {
  const { t } = useTranslation();
  const { page, setPage, refresh, loadError, config } = useAppStore();
  const loadHardware = useHardware((s) => s.load);
  const startPolling = useServers((s) => s.startPolling);
  useShortcuts();
  // The first page paints from its own chunk; the others load right after, so switching never waits.
  // Asked for before any API call: the browser opens six connections per host, and slow calls
  // (server statuses of 50 providers, hardware) must not hold every one while the chunks wait.
  useEffect(() => {
    for (const load of Object.values(PAGE_LOADERS))
      load().catch((error: unknown) => console.error('could not load a page of the panel', error));
  }, []);
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
        <WatchBanner />
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
            {createElement(pageComponent(page))}
          </Suspense>
        )}
      </main>
      <SaveBar />
    </div>
  );
}
