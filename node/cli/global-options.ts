/**
 * Global options that may stand before or after the command (`claw-control --config X
 * doctor` and `claw-control doctor --config X` mean the same): pulled out of argv before
 * the command parser sees it. `--config` picks the OpenClaw config, `--openclaw` the
 * OpenClaw binary, `--force` confirms a save that drops gateway.mode or shrinks the file
 * by more than half.
 */
import { msg } from '@shared/i18n/message';
import { CliError } from './io';

export interface GlobalOptions {
  config?: string;
  openclaw?: string;
  force?: boolean;
  rest: string[];
}

const GLOBALS = { '--config': 'config', '--openclaw': 'openclaw' } as const;

/** A usage error (exit 2): the flag was given without its value. */
const needsValue = (key: 'config' | 'openclaw') => new CliError(msg(`cliUsage.needsValue.${key}`), 2);

export function extractGlobalOptions(argv: readonly string[]): GlobalOptions {
  const rest: string[] = [];
  const found: { config?: string; openclaw?: string; force?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--force') {
      found.force = true;
      continue;
    }
    const flag = Object.keys(GLOBALS).find((f) => arg === f || arg.startsWith(`${f}=`)) as
      keyof typeof GLOBALS | undefined;
    if (!flag) {
      rest.push(arg);
      continue;
    }
    const key = GLOBALS[flag];
    if (arg === flag) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw needsValue(key);
      found[key] = value;
      i++;
    } else {
      found[key] = arg.slice(flag.length + 1);
      if (!found[key]) throw needsValue(key);
    }
  }
  return { ...found, rest };
}
