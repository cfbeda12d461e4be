/**
 * Starts the real headless panel (`bin/claw-control.cjs serve`) as a child process with
 * a temporary HOME and config file, and hands back its printed URL. This is the same
 * command a user runs; nothing is mocked.
 */
import type { Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'configs');

export interface RunningPanel {
  url: string;
  origin: string;
  home: string;
  configPath: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function startPanel(
  options: { fixture?: string; configText?: string; env?: Record<string, string> } = {},
): Promise<RunningPanel> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'claw-e2e-'));
  const configPath = path.join(home, '.openclaw', 'openclaw.json');
  if (options.fixture || options.configText !== undefined) await mkdir(path.dirname(configPath), { recursive: true });
  if (options.fixture) await copyFile(path.join(FIXTURES, options.fixture), configPath);
  if (options.configText !== undefined) await writeFile(configPath, options.configText);
  const env = {
    ...process.env,
    HOME: home,
    OPENCLAW_HOME: '',
    OPENCLAW_CONFIG_PATH: '',
    OPENCLAW_STATE_DIR: '',
    ...options.env,
  };
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(REPO_ROOT, 'bin', 'claw-control.cjs'), 'serve', '--port', '0'],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Claw Control panel: (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code ?? signal ?? 'no status'}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    home,
    configPath,
    output: () => output,
    async stop() {
      // Killed by a signal, a child keeps exitCode null: check both, so a second stop() does not wait forever.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(home, { recursive: true, force: true });
    },
  };
}

/**
 * For specs that share one panel across tests: the printed URL opens a session per visit, so each
 * page (each browser context) simply opens it again.
 */
export async function openSharedPanel(page: Page, panel: RunningPanel): Promise<void> {
  await page.goto(panel.url);
}
