import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage } from '@locales/translate';
import { CHECK_IDS, CHECK_STATUSES } from './types';

const SOURCES = [
  ...readdirSync(path.resolve(__dirname, '../rules/checkup'))
    .filter((name) => !name.endsWith('.test.ts'))
    .map((name) => `shared/rules/checkup/${name}`),
  'shared/checkup/rules.ts',
  'node/cli/commands/check.ts',
];

describe('check-up messages', () => {
  it('every code the check-up emits has a text in English and Chinese', () => {
    const root = path.resolve(__dirname, '../..');
    const codes = SOURCES.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/'(checkup\.[A-Za-z0-9_.]+)'/g)].map((m) => m[1]!),
    );
    codes.push(...CHECK_IDS.map((id) => `checkup.check.${id}`), ...CHECK_STATUSES.map((s) => `checkup.status.${s}`));
    expect(codes.length).toBeGreaterThan(80);
    expect(codes.filter((code) => !hasMessage(code))).toEqual([]);
  });
});
