/**
 * Global options that may stand before or after the command (`claw-control --config X
 * doctor` and `claw-control doctor --config X` mean the same): pulled out of argv before
 * the command parser sees it.
 */
export interface GlobalOptions {
  config?: string;
  /** `--force`: confirm a save that drops gateway.mode or shrinks the file by more than half. */
  force?: boolean;
  rest: string[];
}

export function extractGlobalOptions(argv: readonly string[]): GlobalOptions {
  const rest: string[] = [];
  let config: string | undefined;
  let force: boolean | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--force') {
      force = true;
    } else if (arg === '--config') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error('--config needs a file path');
      config = value;
      i++;
    } else if (arg.startsWith('--config=')) {
      config = arg.slice('--config='.length);
      if (!config) throw new Error('--config needs a file path');
    } else {
      rest.push(arg);
    }
  }
  return force ? { config, force, rest } : { config, rest };
}
