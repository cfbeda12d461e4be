/**
 * The `claw-control` command line: parses argv, registers every command, runs one,
 * and turns failures into a message on stderr and a non-zero exit code.
 */
import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '@node/platform/app-root';
import { msg } from '@shared/i18n/message';
import { createCliContext, type CliContext } from './context';
import { extractGlobalOptions } from './global-options';
import { configureProgramText } from './help-text';
import { terminalSafeIo, type CliIo } from './io';

type Register = (program: Command, ctx: CliContext) => void;

/**
 * Every command, in --help order: the top-level names it adds and how to load its module.
 * A run loads only the module of the command it names (all of them for help or an unknown
 * name), so `--version`, `--help` and read-only commands do not pay for the others.
 * To add a command: one line here.
 */
export const COMMANDS: readonly { names: readonly string[]; load: () => Promise<Register> }[] = [
  { names: ['serve'], load: async () => (await import('./commands/serve')).registerServe },
  { names: ['service'], load: async () => (await import('./commands/service')).registerService },
  { names: ['info'], load: async () => (await import('./commands/info')).registerInfo },
  { names: ['validate'], load: async () => (await import('./commands/validate')).registerValidate },
  {
    names: ['check-upgrade'],
    load: async () => (await import('./commands/check-upgrade')).registerCheckUpgrade,
  },
  {
    names: ['providers', 'probe', 'warm'],
    load: async () => {
      const [{ registerProviders }, { registerServers }] = await Promise.all([
        import('./commands/providers'),
        import('./commands/servers'),
      ]);
      return (program, ctx) => registerServers(program, registerProviders(program, ctx), ctx);
    },
  },
  { names: ['models'], load: async () => (await import('./commands/models')).registerModels },
  { names: ['openclaw'], load: async () => (await import('./commands/openclaw')).registerOpenClaw },
  { names: ['fix-quotes'], load: async () => (await import('./commands/fix-quotes')).registerFixQuotes },
  { names: ['undo'], load: async () => (await import('./commands/undo')).registerUndo },
  { names: ['hardware', 'fit'], load: async () => (await import('./commands/hardware')).registerHardware },
  { names: ['doctor'], load: async () => (await import('./commands/doctor')).registerDoctor },
  { names: ['check'], load: async () => (await import('./commands/check')).registerCheck },
  { names: ['machines'], load: async () => (await import('./commands/machines')).registerMachines },
];

/** The commands an argv needs registered: none for --version, the named one, or all (help, unknown names). */
export function commandsFor(argv: readonly string[]): typeof COMMANDS {
  const first = argv.findIndex((arg) => !arg.startsWith('-'));
  if (first === -1) return argv.some((arg) => arg === '-V' || arg === '--version') ? [] : COMMANDS;
  if (first > 0) return COMMANDS; // an option before the command (e.g. -h models): keep the full picture
  const named = COMMANDS.filter((entry) => entry.names.includes(argv[first]!));
  return named.length > 0 ? named : COMMANDS;
}

export async function buildProgram(
  io: CliIo,
  argv: readonly string[],
  configFlag?: string,
  force = false,
  openclawFlag?: string,
): Promise<Command> {
  const ctx = createCliContext(io, configFlag, force, openclawFlag);
  // The language is the context's (picked from the locale); every command inherits these texts.
  const program = configureProgramText(
    new Command('claw-control').configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) }),
    ctx.text,
  )
    .description(ctx.help('program.description'))
    .version(APP_VERSION, '-V, --version', ctx.text(msg('cliUsage.version')))
    .option('--config <path>', ctx.help('program.config'))
    .option('--openclaw <path>', ctx.help('program.openclaw'))
    .option('--force', ctx.help('program.force'))
    .exitOverride();
  const registers = await Promise.all(commandsFor(argv).map((entry) => entry.load()));
  for (const register of registers) register(program, ctx);
  const configureAll = (command: Command) => {
    command.exitOverride();
    command.commands.forEach(configureAll);
  };
  program.commands.forEach(configureAll);
  return program;
}

/** Runs one CLI invocation; resolves to the process exit code. */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = terminalSafeIo(rawIo);
  // `--json` failures go to stdout as JSON, unless the command already printed its report there.
  let printed = false;
  const tracked: CliIo = {
    ...io,
    out: (text) => {
      printed = true;
      io.out(text);
    },
  };
  try {
    const globals = extractGlobalOptions(argv);
    const program = await buildProgram(tracked, globals.rest, globals.config, globals.force ?? false, globals.openclaw);
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
    // Loaded only here: a run that succeeds never needs the translations.
    const { printFailure } = await import('./failure');
    return printFailure(error, io, !printed && argv.includes('--json'));
  }
}
