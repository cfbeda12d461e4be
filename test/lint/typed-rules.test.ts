/**
 * The type-aware lint rules are on and catch what they are for: the repo's own ESLint config,
 * run over small fixture files, reports a Message or an unknown in a string, a floating promise,
 * a promise where a void callback is expected and an await of a non-promise, and accepts the
 * same code written right.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = path.join(ROOT, 'test/lint/fixtures');
const NAMES = ['message-in-template', 'floating-promise', 'misused-promise', 'await-non-promise', 'clean'] as const;

/** Rule ids reported per fixture, with the line of each. */
let reported: Record<(typeof NAMES)[number], { rule: string | null; line: number; severity: number }[]>;

beforeAll(async () => {
  // The fixtures are in the config's ignores (the normal run must not fail on them): lint them anyway.
  const eslint = new ESLint({ cwd: ROOT, ignore: false });
  const results = await eslint.lintFiles(NAMES.map((name) => path.join(FIXTURES, `${name}.ts`)));
  reported = Object.fromEntries(
    results.map((result) => [
      path.basename(result.filePath, '.ts'),
      result.messages.map((m) => ({ rule: m.ruleId, line: m.line, severity: m.severity })),
    ]),
  ) as typeof reported;
}, 240_000);

describe('type-aware lint', () => {
  it('refuses a Message object in a template string and in String(), and an unknown in a template string', () => {
    expect(reported['message-in-template']).toEqual(
      expect.arrayContaining([
        { rule: '@typescript-eslint/restrict-template-expressions', line: 5, severity: 2 },
        { rule: '@typescript-eslint/no-base-to-string', line: 5, severity: 2 },
        { rule: '@typescript-eslint/no-base-to-string', line: 6, severity: 2 },
        { rule: '@typescript-eslint/restrict-template-expressions', line: 7, severity: 2 },
      ]),
    );
  });

  it('refuses a promise nobody awaits', () => {
    expect(reported['floating-promise']).toEqual([
      { rule: '@typescript-eslint/no-floating-promises', line: 7, severity: 2 },
    ]);
  });

  it('refuses an async function where a void callback is expected', () => {
    expect(reported['misused-promise']).toEqual([
      { rule: '@typescript-eslint/no-misused-promises', line: 7, severity: 2 },
    ]);
  });

  it('refuses awaiting what is not a promise', () => {
    expect(reported['await-non-promise']).toEqual([
      { rule: '@typescript-eslint/await-thenable', line: 7, severity: 2 },
    ]);
  });

  it('accepts awaited promises, reported fire-and-forget, numbers, booleans and a Message field in strings', () => {
    expect(reported.clean).toEqual([]);
  });
});
