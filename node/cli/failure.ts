/**
 * How a failed CLI run is said: the problem (`problemOf`, the one decoder) translated on stderr,
 * or with `--json` as `{ok: false, error: {code, message, text}}` on stdout (message in English
 * from the catalog, text the Message itself). A fault nobody worded also gets its cause on stderr.
 */
import { problemOf, UNEXPECTED } from '@shared/api/problem';
import { createTranslator, englishOf, languageFromEnv } from '@locales/translate';
import { CliError, type CliIo } from './io';

/** Prints the failure; `json` only where stdout holds nothing yet. Returns the exit code (a CliError's, else 1). */
export function printFailure(error: unknown, io: CliIo, json: boolean): number {
  const problem = problemOf(error);
  const cause = problem === UNEXPECTED ? ` (${error instanceof Error ? error.message : String(error)})` : '';
  if (json) {
    const said = { code: problem.code, message: englishOf(problem.message), text: problem.message };
    io.out(`${JSON.stringify({ ok: false, error: said }, null, 2)}\n`);
    if (cause) io.err(`claw-control:${cause}\n`);
  } else {
    io.err(`claw-control: ${createTranslator(languageFromEnv(io.env)).message(problem.message)}${cause}\n`);
  }
  return error instanceof CliError ? error.exitCode : 1;
}
