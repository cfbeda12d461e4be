/**
 * Unit and integration tests (vitest). 'electron' is aliased to a stub so no test can
 * trigger the runtime download; e2e specs belong to Playwright, not here.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { electron: fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url)) } },
  test: {
    include: ['{shared,electron,renderer,test,locales}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
