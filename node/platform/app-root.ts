/**
 * Where the app lives on disk and its version: the nearest folder above this module (the
 * TypeScript source in node/services/host, or a bundle in out/main or out/cli) that holds
 * the package.json of claw-control.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'claw-control')
      return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

export const APP_ROOT = findRoot(__dirname);

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
