import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { messageStrings } from '@locales/messages';

const SRC = path.resolve(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [full] : [];
  });
}

function lookup(strings: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      strings,
    );
}

/** A key exists as a string, or as the plural forms i18next picks from (`key_one`, `key_other`). */
function exists(strings: object, key: string): boolean {
  return typeof lookup(strings, key) === 'string' || typeof lookup(strings, `${key}_other`) === 'string';
}

describe('every string the UI asks for exists', () => {
  const used = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(match[1]!);
    for (const match of text.matchAll(/\bt\(\s*`([a-zA-Z0-9_.-]+)\.\$\{/g)) prefixes.add(match[1]!);
  }

  it('finds the keys in the source', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it.each([
    ['en', { ...en, msg: messageStrings('en') }],
    ['zh-CN', { ...zhCN, msg: messageStrings('zh-CN') }],
  ])('in %s', (_name, strings) => {
    expect([...used].filter((key) => !exists(strings, key))).toEqual([]);
    expect([...prefixes].filter((prefix) => typeof lookup(strings, prefix) !== 'object')).toEqual([]);
  });
});
