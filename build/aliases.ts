// The path aliases (@shared, @node, …) for Vite, Vitest and esbuild, read from the one place they are written: tsconfig.base.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `{ '@shared': '/abs/shared', … }` from compilerOptions.paths (`"@shared/*": ["./shared/*"]`). */
export function pathAliases(): Record<string, string> {
  const { compilerOptions } = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, [string]> };
  };
  return Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([key, [target]]) => [
      key.replace(/\/\*$/, ''),
      path.join(ROOT, target.replace(/\/\*$/, '')),
    ]),
  );
}
