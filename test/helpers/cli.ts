/** Runs the CLI in-process with captured output, as a user's shell would see it. */
import { runCli } from '@node/cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    env: { PATH: process.env.PATH, ...env },
    signal: AbortSignal.abort(),
  });
  return { code, stdout, stderr };
}
