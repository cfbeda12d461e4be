/**
 * Where the app lives on disk and its version. Both the TypeScript sources
 * (electron/services) and the build output (out/main) sit two folders below the root.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const APP_ROOT = path.resolve(__dirname, '..', '..');

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const APP_VERSION = readVersion();

/** The built renderer that the headless panel serves. */
export const RENDERER_DIR = path.join(APP_ROOT, 'out', 'renderer');
