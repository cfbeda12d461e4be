/**
 * Unit, renderer and integration tests (vitest), as three projects that `npm test` runs together:
 * `unit` (shared/, locales/, renderer/ stores: pure code, no files, processes or sockets; fast),
 * `renderer` (the `*.test.tsx` under renderer/: React components in happy-dom against the one
 * fake API of renderer/src/test-support/) and `integration` (node/, electron/, test/: real files, HTTP servers
 * on 127.0.0.1, processes; generous timeouts for a loaded 2-core machine). Run one with `--project unit`.
 * 'electron' is aliased to a stub so no test can trigger the runtime download; e2e
 * specs belong to Playwright, not here.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { pathAliases } from './build/aliases';

const alias = { ...pathAliases(), electron: fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url)) };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['{shared,locales,renderer}/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'renderer/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 10_000,
          pool: 'threads',
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['renderer/src/test-support/setup-dom.ts'],
          testTimeout: 10_000,
          pool: 'threads',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['{electron,node,test}/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
          pool: 'forks',
        },
      },
    ],
  },
});
