/** Checks of the built app in out/ (npm test builds it first): a CommonJS preload for the sandbox, the CSP in the page. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '@shared/api/csp';
import { CALL_NAMES } from '@shared/api/names';
import { REPO_ROOT } from '../harness/panel';

const out = (...parts: string[]) => path.join(REPO_ROOT, 'out', ...parts);

test('the preload is one CommonJS file that exposes the contract, and nothing else', () => {
  expect(readdirSync(out('preload'))).toEqual(['index.js']);
  const preload = readFileSync(out('preload', 'index.js'), 'utf8');
  expect(preload).toMatch(/require\("electron"\)/);
  expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  expect(preload).toContain('exposeInMainWorld("clawControl"');
  for (const name of CALL_NAMES) expect(preload).toContain(`"${name}"`);
  expect(preload).not.toMatch(/ZodError|safeParse/); // the contract's schemas stay in the main process
});

test('the built page carries the Content Security Policy', () => {
  const html = readFileSync(out('renderer', 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
  expect(csp).toBe(CONTENT_SECURITY_POLICY);
  expect(html).not.toMatch(/<script(?![^>]*src=)/); // no inline scripts
});

test('the main process never bundles the renderer’s HTTP transport or the fake servers', () => {
  const main = readFileSync(out('main', 'index.js'), 'utf8');
  expect(main).not.toContain('fake-servers');
  expect(main).toContain('setPermissionRequestHandler');
});
