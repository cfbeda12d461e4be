import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createCliContext } from './context';
import { COMMANDS, commandsFor } from './main';

const io = { out: () => {}, err: () => {}, env: {}, signal: AbortSignal.abort() };

describe('lazy command registration', () => {
  it('each entry registers exactly the top-level commands it names', async () => {
    for (const entry of COMMANDS) {
      const program = new Command('claw-control');
      (await entry.load())(program, createCliContext(io));
      expect(program.commands.map((c) => c.name()).sort()).toEqual([...entry.names].sort());
    }
  });

  it('loads nothing for --version, only the named command for a run, everything for help or a typo', () => {
    expect(commandsFor(['--version'])).toEqual([]);
    expect(commandsFor(['-V'])).toEqual([]);
    expect(commandsFor(['models', 'fallbacks', 'list']).map((e) => e.names)).toEqual([['models']]);
    expect(commandsFor(['warm', 'a/b', '--keep']).map((e) => e.names)).toEqual([['providers', 'probe', 'warm']]);
    expect(commandsFor(['--help'])).toBe(COMMANDS);
    expect(commandsFor([])).toBe(COMMANDS);
    expect(commandsFor(['help', 'models'])).toBe(COMMANDS);
    expect(commandsFor(['-h', 'models'])).toBe(COMMANDS);
    expect(commandsFor(['modles'])).toBe(COMMANDS);
  });
});
