/** Config issues in words: OpenClaw's own texts (a real recording), zod's issues and the fallback. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTranslator, hasMessage } from '@locales/translate';
import type { Message } from '../i18n/message';
import { issueDetail, openclawIssueDetail, zodIssueDetail } from './issue-detail';
import { configOperationSchema } from './operations';

/** `openclaw config validate --json` of OpenClaw 2026.9.6 on a config with ten kinds of mistake (see its `source`). */
const recorded = JSON.parse(
  readFileSync(path.join(__dirname, '../../test/fixtures/openclaw-validate/invalid-2026.9.6.json'), 'utf8'),
) as { output: { issues: { path: string; message: string; allowedValues?: unknown[] }[] } };

const en = createTranslator('en');
const zh = createTranslator('zh-CN');
/** Every code in a message, nested ones too. */
const codes = (m: Message): string[] => [
  m.code,
  ...Object.values(m.params ?? {}).flatMap((v) => (v && typeof v === 'object' ? codes(v) : [])),
];
/** English words a Chinese reader should not see (values, keys and product names aside). */
const ENGLISH = /\b(Invalid|expected|received|Too small|Too big|Unrecognized|must|input|option)\b/;

describe('OpenClaw 2026.9.6’s own issue texts, in words', () => {
  it('reads every issue of the recorded run, and says it in both languages', () => {
    expect(recorded.output.issues.length).toBeGreaterThanOrEqual(10);
    for (const issue of recorded.output.issues) {
      const detail = openclawIssueDetail(issue.message, issue.allowedValues);
      expect(detail, issue.message).toBeDefined();
      for (const code of codes(detail!)) expect(hasMessage(code), code).toBe(true);
      expect(zh.message(detail!), issue.message).not.toMatch(ENGLISH);
    }
  });

  it('says what each shape means', () => {
    const words = (text: string, allowed?: unknown[]) => en.message(openclawIssueDetail(text, allowed)!);
    expect(words('Invalid input: expected string, received number')).toBe('must be text, not a number');
    expect(words('Invalid input: expected string, received undefined')).toBe('is required');
    expect(words('Too small: expected number to be >0 (must be greater than 0)')).toBe('must be more than 0');
    expect(words('Too small: expected number to be >=1024')).toBe('must be at least 1024');
    expect(words('Too big: expected string to have <=64 characters')).toBe('must be at most 64 characters long');
    expect(words('Too small: expected string to have >=1 characters')).toBe('must not be empty');
    expect(words('Too small: expected array to have >=1 items')).toBe('must list at least 1 entries');
    expect(words('Invalid option: expected one of "merge"|"replace"')).toBe('must be one of: merge, replace');
    expect(words('Invalid input (allowed: "text", "image")')).toBe('must be one of: text, image');
    expect(words('Unrecognized key: "extra"')).toBe('unknown key “extra”: OpenClaw does not read it');
    expect(words('Unrecognized keys: "a", "b"')).toBe('unknown keys a, b: OpenClaw does not read them');
    expect(zh.message(openclawIssueDetail('Invalid input: expected string, received number')!)).toBe(
      '必须是文本，而不是数字',
    );
  });

  it('quotes a text of a shape it does not know as OpenClaw’s, never drops it', () => {
    expect(openclawIssueDetail('Gateway bind must be loopback in this mode')).toBeUndefined();
    const detail = issueDetail({ path: 'gateway.bind', message: 'Gateway bind must be loopback in this mode' });
    expect(zh.message(detail)).toBe('OpenClaw 提示：“Gateway bind must be loopback in this mode”');
  });

  it('prefers the words the check that found it gave', () => {
    const detail = issueDetail({ path: 'x', message: 'is required', detail: { code: 'schemaIssue.notEmpty' } });
    expect(detail).toEqual({ code: 'schemaIssue.notEmpty' });
  });
});

describe('zod issues (the fields check what is typed), in words', () => {
  const first = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) throw new Error('expected a failure');
    return en.message(zodIssueDetail(result.error.issues[0]!));
  };

  it('names the bound, the type, the values and the unknown keys', () => {
    expect(first(z.number().int(), 1.5)).toBe('must be a whole number');
    expect(first(z.number().positive(), 0)).toBe('must be more than 0');
    expect(first(z.number().min(30), 10)).toBe('must be at least 30');
    expect(first(z.number().max(600), 900)).toBe('must be at most 600');
    expect(first(z.string().min(1), '')).toBe('must not be empty');
    expect(first(z.string(), 5)).toBe('must be text');
    expect(first(z.string(), undefined)).toBe('is required');
    expect(first(z.enum(['merge', 'replace']), 'x')).toBe('must be one of: merge, replace');
    expect(first(z.object({}).strict(), { extra: 1 })).toBe('unknown key “extra”: OpenClaw does not read it');
    expect(first(z.string().regex(/^a/), 'b')).toBe('does not have the form OpenClaw expects (/^a/)');
  });

  it('a refinement says its own words (a provider id in capitals)', () => {
    const result = configOperationSchema.safeParse({ op: 'addProvider', id: 'LMStudio', provider: {} });
    expect(result.success).toBe(false);
    const detail = zodIssueDetail(result.error!.issues[0]!);
    expect(detail.code).toBe('schemaIssue.providerIdForm');
    expect(zh.message(detail)).not.toMatch(ENGLISH);
  });
});
