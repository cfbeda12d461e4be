/**
 * Decides whether an IPC message comes from our own page: a live frame, the main frame
 * (not an iframe), loaded from the app's own index.html (or the dev server's origin
 * in development). Pure, so it is unit-tested without Electron.
 */
import { fileURLToPath } from 'node:url';

export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export type TrustedRenderer = { kind: 'file'; indexPath: string } | { kind: 'dev-server'; origin: string };

export function isTrustedSender(frame: SenderFrameLike | null | undefined, trusted: TrustedRenderer): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (trusted.kind === 'dev-server') return url.origin === trusted.origin;
  if (url.protocol !== 'file:') return false;
  try {
    return fileURLToPath(url) === trusted.indexPath;
  } catch {
    return false;
  }
}
