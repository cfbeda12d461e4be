/**
 * An installed `openclaw` that only answers `--version`, for tests of what follows the installed
 * release. A replay of the real output shape: OpenClaw 2026.9.6 prints `OpenClaw 2026.9.6 (eb377ac)`
 * (run from ~/.cache/openclaw-validate; also node/services/openclaw/openclaw-service.test.ts).
 * The commit of other releases is not recorded here, so it prints zeros. Anything else it is asked
 * fails with a line on stderr (the panel then checks with the schema it ships).
 */
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function fakeOpenClawVersion(dir: string, version: string): Promise<string> {
  const bin = path.join(dir, 'openclaw');
  await writeFile(
    bin,
    `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "OpenClaw ${version} (0000000)"; exit 0; fi\necho "replay of --version only" >&2\nexit 1\n`,
  );
  await chmod(bin, 0o755);
  return bin;
}
