import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, hasMessage } from '@locales/translate';
import { msg } from '../i18n/message';
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

  it('counts in words: one model, two models (plurals, never "model(s)")', () => {
    const en = createTranslator('en');
    const header = (count: number) => en.message(msg('checkup.cli.header', { count, path: '/x.json' }));
    expect(header(1)).toBe('Check-up of 1 model in /x.json');
    expect(header(2)).toBe('Check-up of 2 models in /x.json');
    expect(en.message(msg('checkup.cli.failed', { count: 1 }))).toBe('1 check failed');
    expect(en.message(msg('checkup.cli.fixed', { count: 3 }))).toBe('Applied 3 fixes.');
  });
});
