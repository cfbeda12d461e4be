/**
 * `claw-control serve`: runs the services and the panel in a browser for machines
 * without a display. Prints the URL (with its token) and runs until interrupted.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { createTranslator, languageFromEnv } from '@locales/translate';
import { msg } from '@shared/i18n/message';
import { startPanelServer } from '@node/serve/panel-server';
import { RENDERER_DIR } from '@node/platform/app-root';
import { ensureTokenFile, TokenFileError } from '@node/host/autostart/token-file';
import { underServiceManager } from '@node/host/autostart/unit-files';
import type { CliContext } from '../context';
import { CliError } from '../io';

export const DEFAULT_PANEL_PORT = 7420;

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(msg('cliUsage.port', { value }), 2);
  }
  return port;
}

const isLoopback = (host: string) => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);

/** Names a browser may use to reach a panel bound to every interface. */
function machineNames(): string[] {
  const addresses = Object.values(os.networkInterfaces())
    .flat()
    .filter((info) => info !== undefined)
    .map((info) => info.address);
  return [os.hostname(), ...addresses];
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description(ctx.help('serve.description'))
    .option('--port <n>', ctx.help('serve.port'), parsePort, DEFAULT_PANEL_PORT)
    .option('--host <address>', ctx.help('common.host'), '127.0.0.1')
    .option('--renderer-dir <dir>', ctx.help('serve.rendererDir'), RENDERER_DIR)
    .option('--token-file <file>', ctx.help('serve.tokenFile'))
    .action(async (opts: { port: number; host: string; rendererDir: string; tokenFile?: string }) => {
      const rendererDir = path.resolve(opts.rendererDir);
      if (!existsSync(path.join(rendererDir, 'index.html'))) {
        throw new CliError(msg('cli.serve.notBuilt', { file: path.join(rendererDir, 'index.html') }));
      }
      let token: string | undefined;
      if (opts.tokenFile) {
        try {
          token = await ensureTokenFile(path.resolve(opts.tokenFile));
        } catch (error) {
          if (error instanceof TokenFileError)
            throw new CliError(createTranslator(languageFromEnv(ctx.io.env)).message(error.detail));
          throw error;
        }
      }
      const services = await ctx.services('headless');
      await services.start();
      const panelDispatcher = await ctx.dispatcher();
      let panel;
      try {
        panel = await startPanelServer({
          dispatcher: panelDispatcher,
          events: services.events,
          rendererDir,
          host: opts.host,
          port: opts.port,
          token,
          extraHostNames: isLoopback(opts.host) ? [] : machineNames(),
        });
      } catch (error) {
        services.stop();
        const err = error as NodeJS.ErrnoException;
        if (err.code === 'EADDRINUSE') throw new CliError(msg('cli.serve.portInUse', { port: opts.port }));
        throw new CliError(msg('cli.serve.cannotStart', { host: opts.host, port: opts.port, detail: err.message }));
      }
      // Ready when printed: the editor's document (masked copy, checks, schema issues; at 50 × 200 a
      // quarter of a second, OpenClaw's schema compile included) is built before the URL appears, so
      // the first visit, often at once, does not wait behind it. The call answers, it never throws:
      // a failure reaches the page that asks.
      await panelDispatcher.call('getConfigDocument', {});
      const { path: configPath } = services.config.resolvePath();
      const say = (code: string, params?: Record<string, string | number>) => `${ctx.text(msg(code, params))}\n`;
      // Under systemd or launchd the log keeps every line: the URL goes there without its token.
      const shownUrl = underServiceManager(ctx.io.env) ? panel.url.replace(/[?&]token=[^&#]*/, '') : panel.url;
      ctx.io.out(say('cli.serve.panel', { url: shownUrl }));
      ctx.io.out(say('cli.serve.config', { path: configPath }));
      if (!isLoopback(opts.host)) ctx.io.err(say('cli.serve.remote', { host: opts.host }));
      else ctx.io.out(say('cli.serve.tunnel', { port: panel.port }));
      ctx.io.out(say('cli.serve.stop'));
      // Detect the hardware while the user opens the page: it is kept (until a refresh), so the first
      // visit does not wait for it. Up to 10 s on a wedged driver, so not before the URL is printed.
      // The dispatcher does not reject (a failure is an {ok: false} answer, logged); the page asks again and shows it.
      void panelDispatcher.call('getHardware', { refresh: false });
      await new Promise<void>((resolve) => {
        if (ctx.io.signal.aborted) resolve();
        else ctx.io.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      await panel.close();
      services.stop();
    });
}
