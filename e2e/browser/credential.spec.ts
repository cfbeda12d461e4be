/**
 * The panel's credential stays on its own port (issue 25, item 1): browsers send cookies by host,
 * not by port, so after the panel was opened another local web server the same browser visits must
 * receive nothing of it — no cookie, no Authorization header, no token in its URL.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { startPanel, type RunningPanel } from '../harness/panel';

let panel: RunningPanel | undefined;
let other: http.Server | undefined;

test.afterEach(async () => {
  await panel?.stop();
  await new Promise((resolve) => (other ? other.close(resolve) : resolve(undefined)));
  other?.closeAllConnections();
});

/** Another local web server (a model server, a dev server): it records what every request carried. */
async function startOtherServer(): Promise<{ origin: string; seen: http.IncomingHttpHeaders[]; urls: string[] }> {
  const seen: http.IncomingHttpHeaders[] = [];
  const urls: string[] = [];
  other = http.createServer((req, res) => {
    seen.push(req.headers);
    urls.push(req.url ?? '');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>another local server</title><p>hello</p>');
  });
  await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(other.address() as AddressInfo).port}`, seen, urls };
}

test('a second local server on another port receives no credential after the panel was opened', async ({ browser }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  const token = new URL(panel.url).searchParams.get('token')!;
  const local = await startOtherServer();
  const context = await browser.newContext();
  const page = await context.newPage();

  await page.goto(panel.url);
  await expect(page.getByTestId('config-state')).toHaveText('Loaded');
  await expect(page).toHaveURL(`${panel.origin}/`); // the token left the address bar
  expect(await context.cookies()).toEqual([]); // the panel set no cookie at all

  // The same browser then visits the other local server, in this tab and in a new one.
  await page.goto(`${local.origin}/`);
  await expect(page).toHaveTitle('another local server');
  const second = await context.newPage();
  await second.goto(`${local.origin}/other`);
  await expect(second).toHaveTitle('another local server');
  expect(local.seen.length).toBeGreaterThanOrEqual(2);
  for (const headers of local.seen) {
    expect(headers.cookie).toBeUndefined();
    expect(headers.authorization).toBeUndefined();
    expect(JSON.stringify(headers)).not.toContain(token);
  }
  for (const url of local.urls) expect(url).not.toContain(token);

  // Back on the panel, this tab still has its session (sessionStorage, this origin only).
  await page.goto(`${panel.origin}/`);
  await expect(page.getByTestId('config-state')).toHaveText('Loaded');
  await context.close();
});

test('the printed URL opens a second browser too (a session per visit)', async ({ browser }) => {
  panel = await startPanel({ fixture: 'seed-hybrid.json5' });
  const first = await browser.newContext();
  const second = await browser.newContext();
  for (const context of [first, second]) {
    const page = await context.newPage();
    await page.goto(panel.url);
    await expect(page.getByTestId('config-state')).toHaveText('Loaded');
    await expect(page.getByTestId('summary-providers')).toHaveText('lmstudio');
  }
  // A browser that never opened the link gets the page, but no answer from the API.
  const stranger = await browser.newContext();
  const page = await stranger.newPage();
  await page.goto(`${panel.origin}/`);
  await expect(page.getByText(/open the URL printed by `claw-control serve` again/).first()).toBeVisible();
  await Promise.all([first.close(), second.close(), stranger.close()]);
});
