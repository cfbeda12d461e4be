/**
 * Serves the built renderer (out/renderer) for the headless panel: known content types,
 * no path traversal, no directory listings, and index.html for client-side routes.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Resolves a URL path inside `root`; null when it escapes the root. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolved = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  return resolved === root || resolved.startsWith(rootWithSep) ? resolved : null;
}

async function readRegularFile(filePath: string): Promise<Buffer | null> {
  try {
    const s = await stat(filePath);
    return s.isFile() ? await readFile(filePath) : null;
  } catch {
    return null;
  }
}

export async function loadStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const target = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!target) return null;
  const body = await readRegularFile(target);
  if (body) {
    return { body, contentType: CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream' };
  }
  // Client-side routes (no extension) get the app shell; missing assets get a 404.
  if (path.extname(target) !== '') return null;
  const index = await readRegularFile(path.join(root, 'index.html'));
  return index ? { body: index, contentType: CONTENT_TYPES['.html']! } : null;
}
