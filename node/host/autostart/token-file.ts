/**
 * The headless panel's stable token: a file only its owner may read (0600), created once
 * with a random token, so a service that restarts keeps the same URL. A file others can
 * read is refused, as ssh refuses a readable private key.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { msg, type Message } from '@shared/i18n/message';
import { problem, type Problem } from '@shared/api/problem';
import { FileRefusedError, readRegularFile } from '@node/platform/regular-file';

/** A token is 43 characters; anything past this is not a token file. */
const TOKEN_FILE_MAX_BYTES = 4096;

export const TOKEN_FILE_NAME = 'serve-token';

/** A failure the CLI shows as a translated message. */
export class TokenFileError extends Error {
  constructor(readonly detail: Message) {
    super(detail.code);
    this.name = 'TokenFileError';
  }

  /** What `problemOf` reads. */
  get problem(): Problem {
    return problem('IO_ERROR', this.detail);
  }
}

export const defaultTokenFile = (stateDir: string) => path.join(stateDir, TOKEN_FILE_NAME);

const isWindows = (platform: NodeJS.Platform) => platform === 'win32';

/** Reads the token, creating the file (0600, in a 0700 folder) when it does not exist yet. */
export async function ensureTokenFile(file: string, platform: NodeJS.Platform = process.platform): Promise<string> {
  try {
    return await readTokenFile(file, platform);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const token = randomBytes(24).toString('base64url');
  try {
    // 'wx': never replace a token another process just wrote; mode applies on creation.
    await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readTokenFile(file, platform);
    throw new TokenFileError(msg('ship.tokenFileUnwritable', { file, detail: (error as Error).message }));
  }
  if (!isWindows(platform)) await chmod(file, 0o600); // the umask may have narrowed it further, never widened
  return token;
}

/** Reads an existing token file; refuses one that group or others may read, or that holds no token. */
export async function readTokenFile(file: string, platform: NodeJS.Platform = process.platform): Promise<string> {
  const info = await stat(file); // ENOENT goes to the caller
  if (!isWindows(platform) && (info.mode & 0o077) !== 0)
    throw new TokenFileError(msg('ship.tokenFileTooOpen', { file, mode: (info.mode & 0o777).toString(8) }));
  // A regular file only, opened without blocking, of at most TOKEN_FILE_MAX_BYTES: a pipe or /dev/zero at that path never hangs the panel.
  const bytes = await readRegularFile(file, TOKEN_FILE_MAX_BYTES).catch((error: unknown) => {
    if (error instanceof FileRefusedError) throw new TokenFileError(msg('ship.tokenFileInvalid', { file }));
    throw error;
  });
  const token = bytes.toString('utf8').trim();
  if (!/^[A-Za-z0-9_-]{16,}$/.test(token)) throw new TokenFileError(msg('ship.tokenFileInvalid', { file }));
  return token;
}
