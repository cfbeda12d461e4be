/** Entry point of the `claw-control` binary. */
import { runCli } from './main';
import { processIo } from './io';

void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
