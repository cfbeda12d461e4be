/**
 * Keeps the page and the address in step: a page change pushes its address (so back and forward
 * walk the pages), and back, forward or an edited address show the page it names.
 */
import type { StoreApi } from 'zustand';
import type { AppState } from '../stores/app-store';
import { hashOf, routeOf, sameRoute } from './hash-route';

type AddressWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
};

export function followAddress(store: StoreApi<AppState>, win: AddressWindow = window): () => void {
  const here = () => routeOf(win.location.hash);
  const url = (hash: string) => `${win.location.pathname}${win.location.search}${hash}`;
  // The store was created from the address; one it could not read is rewritten to the page shown
  // (an address without a hash, the printed URL, stays as it is: it is the Overview).
  const first = store.getState();
  if (win.location.hash && win.location.hash !== hashOf(first))
    win.history.replaceState(win.history.state, '', url(hashOf(first)));
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.page === prev.page && next.detail === prev.detail) return;
    if (!sameRoute(next, here())) win.history.pushState(null, '', url(hashOf(next)));
  });
  const onAddress = () => {
    const route = here();
    const now = store.getState();
    if (!sameRoute(route, now)) now.setPage(route.page, route.detail);
  };
  win.addEventListener('popstate', onAddress);
  win.addEventListener('hashchange', onAddress);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onAddress);
    win.removeEventListener('hashchange', onAddress);
  };
}
