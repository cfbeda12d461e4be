// The headless panel's transport and session, against a fake fetch that answers as node/serve/panel-server.ts does.
import { describe, expect, it } from 'vitest';
import { httpTransport } from './http-transport';
import { openPanelSession, SESSION_KEY } from './panel-session';

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(answer: (url: string, init: RequestInit) => Response) {
  const seen: Seen[] = [];
  const fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    seen.push({ url, init });
    return Promise.resolve(answer(url, init));
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('openPanelSession', () => {
  it('trades the token of the address for a session kept in sessionStorage, and drops it from the address', async () => {
    const { fetch, seen } = fakeFetch(() => json({ ok: true, data: { session: 'S-1' } }));
    const storage = memoryStorage();
    const urls: string[] = [];
    const session = await openPanelSession({
      location: { search: '?lang=zh&token=T0KEN', pathname: '/models', hash: '#top' },
      storage,
      replaceUrl: (url) => urls.push(url),
      fetch,
    });
    expect(session).toBe('S-1');
    expect(storage.items.get(SESSION_KEY)).toBe('S-1');
    expect(urls).toEqual(['/models?lang=zh#top']);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/api/session');
    expect(seen[0]!.init.method).toBe('POST');
    expect(seen[0]!.init.headers).toEqual({ Authorization: 'Bearer T0KEN' });
  });

  it('keeps the tab’s session across reloads, and has none when the token is refused', async () => {
    const kept = memoryStorage({ [SESSION_KEY]: 'S-kept' });
    const never = fakeFetch(() => json({}));
    const location = { search: '', pathname: '/', hash: '' };
    expect(await openPanelSession({ location, storage: kept, replaceUrl: () => {}, fetch: never.fetch })).toBe(
      'S-kept',
    );
    expect(never.seen).toHaveLength(0);
    const refused = fakeFetch(() => json({ ok: false, error: { code: 'FORBIDDEN' } }, 401));
    const stale = memoryStorage({ [SESSION_KEY]: 'S-old' });
    const session = await openPanelSession({
      location: { ...location, search: '?token=wrong' },
      storage: stale,
      replaceUrl: () => {},
      fetch: refused.fetch,
    });
    expect(session).toBeNull();
    expect(stale.items.has(SESSION_KEY)).toBe(false);
  });
});

describe('httpTransport', () => {
  it('sends the session as a bearer header on every call, never a cookie', async () => {
    const { fetch, seen } = fakeFetch(() => json({ ok: true, data: { pong: true } }));
    const transport = httpTransport({ fetch, session: () => Promise.resolve('S-1') });
    expect(await transport.call('getAppInfo', {})).toEqual({ ok: true, data: { pong: true } });
    expect(seen[0]!.url).toBe('/api/getAppInfo');
    expect(seen[0]!.init.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer S-1' });
    expect(seen[0]!.init.credentials).toBe('omit');
  });

  it('reports a refused session as expired', async () => {
    const { fetch } = fakeFetch(() => json({ ok: false }, 401));
    const transport = httpTransport({ fetch, session: () => Promise.resolve(null) });
    const answer = await transport.call('getAppInfo', {});
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: { code: 'panel.sessionExpired' } },
    });
  });

  it('reads the event stream with the session in a header, and stops when the last listener leaves', async () => {
    const frames = [
      ': connected\n\n',
      'data: {"name":"configChanged",',
      '"payload":{"path":"/c.json","change":"changed"}}\n\n',
    ];
    const { fetch, seen } = fakeFetch(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              for (const frame of frames) controller.enqueue(new TextEncoder().encode(frame));
            },
          }),
          { headers: { 'Content-Type': 'text/event-stream' } },
        ),
    );
    const transport = httpTransport({ fetch, session: () => Promise.resolve('S-1'), reconnectMs: 10 });
    const event = await new Promise((resolve) => {
      const stop = transport.subscribe((e) => {
        stop();
        resolve(e);
      });
    });
    expect(event).toEqual({ name: 'configChanged', payload: { path: '/c.json', change: 'changed' } });
    expect(seen[0]!.url).toBe('/api/events');
    expect(seen[0]!.init.headers).toEqual({ Authorization: 'Bearer S-1' });
    expect(seen[0]!.init.credentials).toBe('omit');
    expect(seen[0]!.init.signal?.aborted).toBe(true);
  });
});
