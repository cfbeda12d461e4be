/** Entry point of the `claw-control` binary. */
import { runCli } from './main';
import { processIo } from './io';

// runCli does not reject: every failure is printed and becomes the exit code.
void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
