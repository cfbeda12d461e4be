/**
 * `claw-control service install|uninstall|status`: the headless panel as a service that
 * starts at boot (systemd user unit, or as root a system unit, on Linux; LaunchAgent on macOS)
 * with a stable token file. Where no systemd answers it writes nothing and says what will work.
 */
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { msg, type Message } from '@shared/i18n/message';
import { createTranslator, languageFromEnv } from '@locales/translate';
import { defaultStateDir } from '@node/platform/app-paths';
import { osHome } from '@node/platform/home-dir';
import {
  AutostartError,
  createAutostart,
  isLoopbackHost,
  processRunner,
  type AutostartOptions,
} from '@node/host/autostart/autostart-service';
import { TokenFileError } from '@node/host/autostart/token-file';
import type { CliContext } from '../context';
import { CliError } from '../io';
import { DEFAULT_PANEL_PORT, parsePort } from './serve';

/** What the command takes from the machine; tests replace the runner, platform and paths. */
export interface ServiceDeps extends Omit<AutostartOptions, 'env' | 'stateDir'> {
  node: string;
  cli: string;
  hostname: string;
}

function defaultDeps(env: CliContext['io']['env']): ServiceDeps {
  const user = os.userInfo();
  return {
    platform: process.platform,
    home: osHome(env),
    run: processRunner(),
    uid: user.uid,
    user: user.username,
    node: process.execPath,
    cli: path.resolve(process.argv[1] ?? 'claw-control'),
    hostname: os.hostname(),
  };
}

export function registerService(program: Command, ctx: CliContext, overrides: Partial<ServiceDeps> = {}): void {
  const t = createTranslator(languageFromEnv(ctx.io.env));
  const say = (m: Message) => ctx.io.out(`${t.message(m)}\n`);
  const setup = () => {
    const deps = { ...defaultDeps(ctx.io.env), ...overrides };
    return {
      deps,
      autostart: createAutostart({ ...deps, env: ctx.io.env, stateDir: defaultStateDir(ctx.io.env, deps.platform) }),
    };
  };
  /** Runs an action, turning the services' message errors into translated CLI errors. */
  const translated =
    <A extends unknown[]>(action: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      try {
        await action(...args);
      } catch (error) {
        if (error instanceof AutostartError || error instanceof TokenFileError) {
          // The reason, then every way past it: the whole text goes with the non-zero exit.
          const help = error instanceof AutostartError ? error.help : [];
          const text = [error.detail, ...help].map((m) => t.message(m)).join('\n');
          throw new CliError(text, error.detail.code === 'ship.remoteRefused' ? 2 : 1);
        }
        throw error;
      }
    };

  const service = program.command('service').description(ctx.help('service.description'));

  service
    .command('install')
    .description(ctx.help('service.install'))
    .option('--port <n>', ctx.help('service.port'), parsePort, DEFAULT_PANEL_PORT)
    .option('--host <address>', ctx.help('common.host'), '127.0.0.1')
    .option('--allow-remote', ctx.help('service.allowRemote'))
    .option('--token-file <file>', ctx.help('service.tokenFile'))
    .option('--system', ctx.help('service.system'))
    .option('--json', ctx.help('common.json'))
    .action(
      translated(
        async (opts: {
          port: number;
          host: string;
          allowRemote?: boolean;
          tokenFile?: string;
          system?: boolean;
          json?: boolean;
        }) => {
          const { deps, autostart } = setup();
          const result = await autostart.install({
            node: deps.node,
            cli: deps.cli,
            host: opts.host,
            port: opts.port,
            allowRemote: Boolean(opts.allowRemote),
            tokenFile: opts.tokenFile ? path.resolve(opts.tokenFile) : undefined,
            configFile: ctx.configFlag ? path.resolve(ctx.configFlag) : undefined,
            system: Boolean(opts.system),
          });
          if (opts.json) ctx.printJson(result);
          else {
            if (result.enabled)
              say(
                result.scope === 'system'
                  ? msg('ship2.installedSystem', { file: result.file, user: deps.user })
                  : msg('ship.installed', { file: result.file }),
              );
            if (result.running) say(msg('ship2.running'));
            say(msg('ship.tokenFile', { file: result.tokenFile }));
            say(msg('ship.panelUrl', { url: result.url }));
            if (isLoopbackHost(opts.host))
              say(msg('ship.sshHint', { port: result.port, user: deps.user, host: deps.hostname }));
            else ctx.io.err(`${t.message(msg('ship.remoteWarning', { host: opts.host }))}\n`);
            for (const note of result.notes) say(note);
          }
          if (!result.enabled || result.running === false)
            throw new CliError(t.message(msg('ship.installedNotEnabled', { file: result.file })));
        },
      ),
    );

  service
    .command('uninstall')
    .description(ctx.help('service.uninstall'))
    .option('--json', ctx.help('common.json'))
    .action(
      translated(async (opts: { json?: boolean }) => {
        const result = await setup().autostart.uninstall();
        const failedSteps = result.steps.filter((s) => !s.ok);
        // Idempotent: nothing left is success, also when there was nothing to remove. What is left is said once, as the error.
        if (result.left) {
          if (opts.json) ctx.printJson(result);
          const said = result.notes.length
            ? result.notes
            : failedSteps.map((step) => msg('ship.stepFailed', { command: step.command, detail: step.detail }));
          throw new CliError(
            said.map((m) => t.message(m)).join('\n') || t.message(msg('ship.unitRemoved', { file: result.file })),
          );
        }
        if (opts.json) ctx.printJson(result);
        else if (result.notes.length) result.notes.forEach(say);
        else say(msg(!result.removed ? 'ship.notInstalled' : 'ship.uninstalled', { file: result.file }));
      }),
    );

  service
    .command('status')
    .description(ctx.help('service.status'))
    .option('--json', ctx.help('common.json'))
    .action(
      translated(async (opts: { json?: boolean }) => {
        const result = await setup().autostart.status();
        if (opts.json) ctx.printJson(result);
        else if (result.installed) {
          if (result.running) say(msg('ship.status', { file: result.file, state: result.state ?? 'running' }));
          if (result.url) say(msg('ship.panelUrl', { url: result.url }));
          for (const note of result.notes) say(note);
        }
        if (!result.installed) throw new CliError(t.message(msg('ship.notInstalled', { file: result.file })), 3);
        // 3 as in LSB's "program is not running", with the reason.
        if (!result.running)
          throw new CliError(
            t.message(
              msg('ship2.statusNotRunning', {
                file: result.file,
                reason: result.reason ?? msg('ship.stateUnknown'),
              }),
            ),
            3,
          );
      }),
    );
}
