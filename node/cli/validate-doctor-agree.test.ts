import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';

const CURLY = path.resolve(__dirname, '../../test/fixtures/configs/seed-curly-quotes.json5');
const run = (env: Record<string, string>, ...argv: string[]) =>
  cli(['--config', CURLY, ...argv], { HOME: '/nonexistent', ...env });

/** The sentence a numbered doctor finding prints (` 1. error   <sentence>`). */
const doctorSentence = (stdout: string) => /^\s*1\.\s+\S+\s+(.+)$/m.exec(stdout)![1]!;

describe('validate and doctor on a file with typographic quotes', () => {
  it.each([
    ['en', { LANG: 'en_US.UTF-8' }, 'typographic quotes', 'Fix it by hand'],
    ['zh-CN', { LANG: 'zh_CN.UTF-8' }, '弯引号', '请手动修复'],
  ])('say the same thing in %s: the quotes, and that fix-quotes repairs them', async (_l, env, quotes, byHand) => {
    const validated = await run(env, 'validate');
    const doctored = await run(env, 'doctor');
    expect(validated.code).toBe(1);
    expect(doctored.code).toBe(1);
    const sentence = doctorSentence(doctored.stdout);
    expect(sentence).toContain(quotes);
    expect(sentence).toContain('claw-control fix-quotes');
    // The same line, severity and all: nothing else (no "judged for" release line, no path repeated).
    const doctorLine = /^\s*1\.\s+(.+)$/m.exec(doctored.stdout)![1]!;
    expect(validated.stdout.trim()).toBe(doctorLine.trim());
    expect(validated.stdout + validated.stderr).not.toContain(byHand);
  });

  it('--json carries the same finding from both', async () => {
    const validated = JSON.parse((await run({}, 'validate', '--json')).stdout) as {
      valid: boolean;
      findings: unknown[];
    };
    const doctored = JSON.parse((await run({}, 'doctor', '--json')).stdout) as { findings: { rule: unknown }[] };
    expect(validated.valid).toBe(false);
    const { rule: _rule, ...finding } = doctored.findings[0]!;
    expect(finding).toMatchObject({
      code: 'config-malformed',
      message: { code: 'config.malformedAt', params: { remedy: { code: 'config.remedyQuotes' } } },
    });
    expect(validated.findings).toEqual([finding]);
  });
});
