/**
 * Serves the built renderer (out/renderer) for the headless panel: known content types,
 * no path traversal, no directory listings, index.html for client-side routes, and each file
 * kept in memory (with its ETag and gzip copy) until it changes on disk.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

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

/** A served file as the cache keeps it. */
export interface CachedStaticFile extends StaticFile {
  /** Strong validator: a hash of the bytes. */
  etag: string;
  /** Vite names every file under assets/ by its content hash: a browser may keep it for good. */
  immutable: boolean;
  /** The gzip copy (made once, on first demand); null for types not worth compressing. */
  gzipped(): Promise<Buffer | null>;
}

/** Text types compress well; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.map']);
/** `name-HASH.ext` as Vite writes it under assets/ (the hash is 8 URL-safe characters). */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

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

/** The file a URL path serves (the app shell for client-side routes), with its size and mtime; null for a 404. */
async function locate(root: string, urlPath: string): Promise<{ filePath: string; stamp: string } | null> {
  const target = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!target) return null;
  for (const candidate of [target, path.join(root, 'index.html')]) {
    try {
      const s = await stat(candidate);
      if (s.isFile()) return { filePath: candidate, stamp: `${s.size}:${s.mtimeMs}` };
    } catch {
      // Missing: a route may still get the shell below; the caller answers 404 otherwise.
    }
    // Client-side routes (no extension) get the app shell; missing assets get a 404.
    if (path.extname(target) !== '') return null;
  }
  return null;
}

/**
 * Reads each file once per version (size and mtime, checked on every request so a rebuild is
 * served at once) and answers from memory: the panel's first visit is a dozen files at once.
 */
export function createStaticFiles(root: string): (urlPath: string) => Promise<CachedStaticFile | null> {
  const cache = new Map<string, { stamp: string; file: CachedStaticFile }>();
  return async (urlPath) => {
    const found = await locate(root, urlPath);
    if (!found) return null;
    const hit = cache.get(found.filePath);
    if (hit?.stamp === found.stamp) return hit.file;
    const body = await readRegularFile(found.filePath);
    if (!body) return null;
    const ext = path.extname(found.filePath);
    let gzipped: Promise<Buffer | null> | undefined;
    const file: CachedStaticFile = {
      body,
      contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      immutable: HASHED_ASSET.test(`/${path.relative(root, found.filePath).split(path.sep).join('/')}`),
      gzipped: () =>
        (gzipped ??= COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipAsync(body) : Promise.resolve(null)),
    };
    cache.set(found.filePath, { stamp: found.stamp, file });
    return file;
  };
}

/**
 * Reads and gzips the app shell and everything under assets/ ahead of the first visit (which asks
 * for them all at once): the panel's URL is printed once they are in memory. A file that cannot be
 * read now is left for its request, which answers 404 for it as usual.
 */
export async function warmStaticFiles(
  root: string,
  staticFile: (urlPath: string) => Promise<CachedStaticFile | null>,
): Promise<void> {
  const assets = await readdir(path.join(root, 'assets')).catch(() => [] /* no assets folder: only the shell */);
  await Promise.all(
    ['/', ...assets.map((name) => `/assets/${name}`)].map(async (urlPath) => {
      const file = await staticFile(urlPath);
      await file?.gzipped();
    }),
  );
}

/** Whether an Accept-Encoding header takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  const quality = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name) quality.set(name.trim(), q === undefined ? 1 : Number(q.slice(2)));
  }
  const q = quality.get('gzip') ?? quality.get('*') ?? 0;
  return q > 0;
}
