/** The page and the address in step: a page change pushes its address, back and forward show the page the address names. */
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '@renderer/test-support/fake-api';
import { createAppStore } from '../stores/app-store';
import { followAddress } from './follow-address';
import { routeOf } from './hash-route';

/** A window's address and history as the browser keeps them: pushState adds an entry, back and forward fire popstate. */
function fakeWindow(hash = '') {
  const target = new EventTarget();
  const entries = [hash];
  let at = 0;
  const location = { pathname: '/', search: '', hash };
  const go = (step: number) => {
    at += step;
    location.hash = entries[at]!;
    target.dispatchEvent(new Event('popstate'));
  };
  return {
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    location,
    history: {
      state: null,
      pushState: (_s: unknown, _t: string, url: string) => {
        entries.splice(at + 1, entries.length, url.slice(url.indexOf('#')));
        at = entries.length - 1;
        location.hash = entries[at]!;
      },
      replaceState: (_s: unknown, _t: string, url: string) => {
        entries[at] = url.slice(url.indexOf('#'));
        location.hash = entries[at]!;
      },
    },
    entries,
    back: () => go(-1),
    forward: () => go(1),
  };
}

describe('page addresses', () => {
  it('an address it cannot read is rewritten to the page shown', () => {
    const win = fakeWindow('#/nowhere');
    const stop = followAddress(createAppStore(createFakeApi().api, routeOf(win.location.hash)), win as never);
    expect(win.location.hash).toBe('#/overview');
    stop();
  });

  it('a reload opens the page its address names', () => {
    const win = fakeWindow('#/models/lmstudio/qwen3');
    const store = createAppStore(createFakeApi().api, routeOf(win.location.hash));
    const stop = followAddress(store, win as never);
    expect(store.getState()).toMatchObject({ page: 'models', detail: 'lmstudio/qwen3' });
    stop();
  });

  it('each page change is an address; back and forward walk them', () => {
    const win = fakeWindow('');
    const store = createAppStore(createFakeApi().api);
    const stop = followAddress(store, win as never);
    // The printed URL (no hash) is the Overview as it is.
    expect(win.location.hash).toBe('');
    store.getState().setPage('providers');
    store.getState().setPage('models', 'anthropic/claude-opus-4-5');
    expect(win.entries).toEqual(['', '#/providers', '#/models/anthropic/claude-opus-4-5']);
    win.back();
    expect(store.getState()).toMatchObject({ page: 'providers', detail: null });
    win.back();
    expect(store.getState().page).toBe('overview');
    win.forward();
    expect(store.getState().page).toBe('providers');
    // Going back does not add an entry of its own.
    expect(win.entries).toHaveLength(3);
    stop();
  });
});
