/**
 * A copy of the repository as `npm pack` sees it after a build — the real package.json,
 * README, licence, launcher and CLI bundle, a stand-in panel page, and the desktop app's
 * built files as decoys — packed into a real tarball, with npm's environment cleaned of
 * what the test runner exported.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The desktop runtime's package name, spelled apart: these decoys are text the tarball must leave out, not imports. */
const DESKTOP_RUNTIME = ['elec', 'tron'].join('');

export const ROOT = path.resolve(__dirname, '../..');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli } = require('../../bin/build-cli.cjs') as {
  buildCli(options: { outfile: string }): Promise<unknown>;
};

/** npm's environment without what a parent npm run exported (prefix, global, omit…), plus `extra`. */
export function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = /^npm_config_(cache|registry|userconfig|offline|prefer_offline)$/i;
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || keep.test(k))),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

export function run(
  file: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 120_000, maxBuffer: 32 << 20, ...options }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stderr}`))
        : resolve({ stdout, stderr }),
    );
  });
}

/** Stages the package in `stage` (with the real CLI bundle) and packs it into `dest`; returns the tarball's path. */
export async function packFixture(stage: string, dest: string): Promise<string> {
  for (const name of ['package.json', 'README.md', 'LICENSE', 'bin/claw-control.cjs', 'resources/openclaw-schema'])
    await cp(path.join(ROOT, name), path.join(stage, name), { recursive: true });
  await buildCli({ outfile: path.join(stage, 'out', 'cli', 'claw-control.cjs') });
  const files: Record<string, string> = {
    'out/renderer/index.html': '<!doctype html><div id="root"></div>\n',
    'out/renderer/THIRD-PARTY-LICENSES.txt': 'react@19 (MIT)\n',
    // The desktop app's build, as `npm run build` leaves it beside the CLI: none of it may ship.
    'out/main/index.js': `const { app } = require("${DESKTOP_RUNTIME}");\napp.whenReady();\n`,
    'out/preload/index.js': `require("${DESKTOP_RUNTIME}").contextBridge;\n`,
    'electron/main/index.ts': `import { app } from "${DESKTOP_RUNTIME}";\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(stage, name)), { recursive: true });
    await writeFile(path.join(stage, name), text);
  }
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], {
    cwd: stage,
    env: npmEnv(),
  });
  const [info] = JSON.parse(packed.stdout) as { filename: string }[];
  return path.join(dest, info!.filename);
}
