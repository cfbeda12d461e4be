/**
 * The panel's shell: a navigation rail and the current page. The Overview, where every start
 * opens, ships in the entry chunk (no second round trip before the first paint); every other page
 * is its own chunk, fetched once the browser is idle.
 */
import { createElement, lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from './components/LoadError';
import { ChangedOnDiskBanner, SaveBar } from './components/SaveBar';
import { WatchBanner } from './components/WatchBanner';
import { useShortcuts } from './hooks/useShortcuts';
import { OverviewPage } from './pages/OverviewPage';
import { PAGES, RAIL_PAGES, type Page } from './stores/app-store';
import { useRouteFocus } from './navigation/useRouteFocus';
import { useAppStore, useEditor, useHardware, useServers } from './stores';

/** Pages whose code is in: rendered directly, so switching to them never suspends. */
const loaded: Partial<Record<Page, () => React.JSX.Element>> = { overview: OverviewPage };
const PAGE_LOADERS: Record<Page, () => Promise<{ default: () => React.JSX.Element }>> = {
  overview: () => Promise.resolve({ default: OverviewPage }),
  providers: () => import('./pages/ProvidersPage').then((m) => ({ default: (loaded.providers = m.ProvidersPage) })),
  models: () => import('./pages/ModelsPage').then((m) => ({ default: (loaded.models = m.ModelsPage) })),
  settings: () => import('./pages/SettingsPage').then((m) => ({ default: (loaded.settings = m.SettingsPage) })),
  repair: () => import('./pages/RepairPage').then((m) => ({ default: (loaded.repair = m.RepairPage) })),
};
const LAZY_PAGES = Object.fromEntries(PAGES.map((p) => [p, lazy(PAGE_LOADERS[p])])) as Record<
  Page,
  React.LazyExoticComponent<() => React.JSX.Element>
>;
/** Runs `run` when the browser is idle (soon after the first paint). */
function whenIdle(run: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 50);
}

/**
 * Starts the first paint's work before React renders (main.tsx calls it first): the current page's
 * chunk (if it is not in already) and the calls it shows. The other pages load once the browser is
 * idle, so switching rarely waits: loading and running them earlier held the first page back by a
 * quarter of a second.
 */
export function startFirstPaint(): void {
  const report = (error: unknown) => console.error('could not load a page of the panel', error);
  const first = useAppStore.getState().page;
  const firstChunk = PAGE_LOADERS[first]();
  void useAppStore.getState().refresh();
  void useHardware.getState().load();
  void firstChunk.catch(report).then(() =>
    whenIdle(() => {
      for (const [p, load] of Object.entries(PAGE_LOADERS)) if (p !== first) load().catch(report);
    }),
  );
}

/** Decided once per page (the loaded component if its chunk is in, else the lazy one) so a page never remounts. */
const chosen: Partial<Record<Page, React.ComponentType>> = {};
const pageComponent = (page: Page): React.ComponentType => (chosen[page] ??= loaded[page] ?? LAZY_PAGES[page]);

export function App() {
  const { t } = useTranslation();
  const { page, setPage, refresh, loadError, config } = useAppStore();
  const startPolling = useServers((s) => s.startPolling);
  useShortcuts();
  useRouteFocus();
  // Server statuses (50 servers probed at scale) start once the summary is in: they would share the
  // services' time with the call the first paint waits for.
  const summaryIn = config !== null || loadError !== null;
  useEffect(() => (summaryIn ? startPolling() : undefined), [startPolling, summaryIn]);
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
        {RAIL_PAGES.map((p) => (
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
        {loadError && <LoadError message={loadError} onRetry={() => void refresh()} />}
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
