/**
 * The CLI's quick start (bundled alone as out/cli/quick.cjs, which bin/claw-control.cjs asks
 * first): `--version`, `--help` (the help the build wrote from the real program, in the
 * locale's language) and a `hardware --json` whose snapshot is fresh, answered without
 * loading the CLI or any command. Anything else — or anything it cannot be sure of — is null:
 * the full CLI runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { languageFromEnv } from '@locales/language-from-env';
import { defaultStateDir } from '@node/platform/app-paths';
import { APP_VERSION } from '@node/platform/app-root';
import { hardwareSnapshotFile, probeKey, readHardwareSnapshot } from '@node/platform/hardware-snapshot';
import { hardwareJson } from './hardware-json';

type Env = Readonly<Record<string, string | undefined>>;

export interface QuickAnswer {
  out: string;
  code: number;
}

/** Where the build writes the help text of each language (beside the bundles). */
export const helpFile = (dir: string, language: string) => path.join(dir, `help.${language}.txt`);

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // not there: the full CLI answers instead
  }
}

/** `hardware --json` from the snapshot, when no added machine needs asking (their memory is read over the network). */
function hardwareFromSnapshot(env: Env): QuickAnswer | null {
  if (env.CLAW_CONTROL_HARDWARE_SNAPSHOT) return null;
  const stateDir = defaultStateDir(env);
  const settingsText = readOrNull(path.join(stateDir, 'settings.json'));
  if (settingsText !== null) {
    let settings: { extraMachines?: unknown[]; machines?: unknown[] };
    try {
      settings = JSON.parse(settingsText) as typeof settings;
    } catch {
      return null; // the full CLI reports a broken settings file
    }
    if (settings.extraMachines?.length || settings.machines?.length) return null;
  }
  const report = readHardwareSnapshot(hardwareSnapshotFile(stateDir), probeKey(process.platform, env.PATH));
  // No added machine: the total budget is this machine's own (totalBudget with none; the tests hold the two equal).
  return report
    ? { out: `${JSON.stringify(hardwareJson(report, [], report.budget.bytes), null, 2)}\n`, code: 0 }
    : null;
}

/** The answer for argv when it needs no command module; null when the full CLI must run. */
export function quickAnswer(argv: readonly string[], env: Env, dir: string): QuickAnswer | null {
  const args = argv.join(' ');
  if (args === '--version' || args === '-V') return { out: `${APP_VERSION}\n`, code: 0 };
  if (args === '' || args === '--help' || args === '-h') {
    const help = readOrNull(helpFile(dir, languageFromEnv(env)));
    return help === null ? null : { out: help, code: 0 };
  }
  if (args === 'hardware --json') return hardwareFromSnapshot(env);
  return null;
}
