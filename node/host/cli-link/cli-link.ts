/**
 * "Install command line tool": links `claw-control` on PATH to the launcher the app
 * carries (as VS Code links `code` and LM Studio `lms`). Only a link of ours, or of an
 * older copy of the app, is ever replaced; anything else at that name is left alone.
 */
import { access, constants, lstat, mkdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { msg, type Message } from '@shared/i18n/message';

export const CLI_NAME = 'claw-control';

export interface CliLinkOptions {
  /** The launcher to link to: resources/cli/claw-control in the packaged app. */
  target: string;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  /** Folders to try, best first (tests pass their own); default: linkDirs(). */
  dirs?: string[];
}

export interface CliLinkResult {
  ok: boolean;
  link: string | null;
  /** What to tell the user: the link made, PATH advice, or why nothing was linked. */
  messages: Message[];
}

/** Folders to link into, best first: a system-wide one when this user may write it, else ~/.local/bin. */
export function linkDirs(options: Pick<CliLinkOptions, 'platform' | 'home'>): string[] {
  const local = path.join(options.home, '.local', 'bin');
  return options.platform === 'darwin' ? ['/usr/local/bin', local] : [local, '/usr/local/bin'];
}

const onPath = (dir: string, env: CliLinkOptions['env']) =>
  (env.PATH ?? '').split(path.delimiter).some((entry) => entry && path.resolve(entry) === path.resolve(dir));

async function writable(dir: string): Promise<boolean> {
  return access(dir, constants.W_OK).then(
    () => true,
    () => false, // not writable or absent: try the next folder
  );
}

/** True when `link` is a symlink to a Claw Control launcher (this copy of the app or another). */
async function isOurLink(link: string): Promise<boolean | null> {
  const info = await lstat(link).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!info) return null;
  if (!info.isSymbolicLink()) return false;
  const points = await readlink(link);
  // The app's launcher ends in bin/claw-control; npm's own link (…/bin/claw-control.cjs) is npm's to manage.
  return /[\\/]bin[\\/]claw-control$/.test(points);
}

export async function installCliLink(options: CliLinkOptions): Promise<CliLinkResult> {
  if (options.platform === 'win32') return { ok: false, link: null, messages: [msg('ship.cliUnsupported')] };
  const exists = await stat(options.target).then(
    (s) => s.isFile(),
    () => false, // a build without the CLI: said below
  );
  if (!exists) return { ok: false, link: null, messages: [msg('ship.cliMissing', { target: options.target })] };
  const dirs = options.dirs ?? linkDirs(options);
  const local = path.join(options.home, '.local', 'bin');
  let mkdirFailure: string | null = null;
  for (const dir of dirs) {
    if (dir === local)
      // An unwritable home: the folder is skipped below, and the reason goes with the final message.
      await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        mkdirFailure = `${dir}: ${error.code ?? error.message}`;
      });
    if (!(await writable(dir))) continue;
    const link = path.join(dir, CLI_NAME);
    const ours = await isOurLink(link);
    if (ours === false) return { ok: false, link, messages: [msg('ship.cliLinkTaken', { link })] };
    // A new link beside the old one, then renamed over it: the name never disappears.
    const temp = `${link}.${process.pid}.tmp`;
    await rm(temp, { force: true });
    await symlink(options.target, temp);
    await rename(temp, link);
    const messages = [msg('ship.cliInstalled', { link, target: options.target })];
    if (!onPath(dir, options.env)) messages.push(msg('ship.cliNotOnPath', { dir }));
    return { ok: true, link, messages };
  }
  const messages = [msg('ship.cliNoWritableDir', { dirs: dirs.join(', ') })];
  if (mkdirFailure) messages.push(msg('ship.cliMkdirFailed', { detail: mkdirFailure }));
  return { ok: false, link: null, messages };
}
