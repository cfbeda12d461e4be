/**
 * The `claw-control` command line: parses argv, registers every command, runs one,
 * and turns failures into a message on stderr and a non-zero exit code.
 */
import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../services/app-root';
import { registerDoctor } from './commands/doctor';
import { registerFixQuotes } from './commands/fix-quotes';
import { registerHardware } from './commands/hardware';
import { registerInfo } from './commands/info';
import { registerModels } from './commands/models';
import { registerOpenClaw } from './commands/openclaw';
import { registerProviders } from './commands/providers';
import { registerServe } from './commands/serve';
import { registerServers } from './commands/servers';
import { registerUndo } from './commands/undo';
import { registerValidate } from './commands/validate';
import { createCliContext } from './context';
import { extractGlobalOptions } from './global-options';
import { CliError, type CliIo } from './io';

export function buildProgram(io: CliIo, configFlag?: string, openclawFlag?: string): Command {
  const ctx = createCliContext(io, configFlag, openclawFlag);
  const program = new Command('claw-control')
    .description('Run OpenClaw on local LLMs without fear: hardware fit, local servers, and safe config edits.')
    .version(APP_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--config <path>', "OpenClaw config file (default: OpenClaw's own resolution)")
    .option(
      '--openclaw <path>',
      'the openclaw binary to use (default: the saved one, else OPENCLAW_BIN, PATH, npm, Homebrew)',
    )
    .showHelpAfterError('(run claw-control --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerServe(program, ctx);
  registerInfo(program, ctx);
  registerOpenClaw(program, ctx);
  registerValidate(program, ctx);
  const providers = registerProviders(program, ctx);
  registerServers(program, providers, ctx);
  registerModels(program, ctx);
  registerUndo(program, ctx);
  registerFixQuotes(program, ctx);
  registerHardware(program, ctx);
  registerDoctor(program, ctx);
  const configureAll = (command: Command) => {
    command.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
    command.commands.forEach(configureAll);
  };
  program.commands.forEach(configureAll);
  return program;
}

/** Runs one CLI invocation; resolves to the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let globals;
  try {
    globals = extractGlobalOptions(argv);
  } catch (error) {
    io.err(`claw-control: ${(error as Error).message}\n`);
    return 2;
  }
  const program = buildProgram(io, globals.config, globals.openclaw);
  try {
    if (globals.rest.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(globals.rest, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit "successfully"; parse errors were already printed by commander.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.err(`claw-control: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`claw-control: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}
