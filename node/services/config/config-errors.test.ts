/** A save the file system refuses is said with what to do, never as node's raw error (issue #24). */
import { createTranslator } from '@locales/translate';
import { describe, expect, it } from 'vitest';
import { writeError } from './config-errors';

/** As node throws it when the lock beside the config cannot be created (open(…, 'wx') in a read-only folder). */
const eacces = Object.assign(new Error("EACCES: permission denied, open '/home/u/.openclaw/.openclaw.json.lock'"), {
  code: 'EACCES',
  errno: -13,
  syscall: 'open',
  path: '/home/u/.openclaw/.openclaw.json.lock',
});

describe('write failures in words', () => {
  it('EACCES on the lock file names the folder and the fix, in English and Chinese, without the raw error', () => {
    const problem = writeError('/home/u/.openclaw/openclaw.json', eacces).problem;
    expect(problem.code).toBe('IO_ERROR');
    const en = createTranslator('en', 'panel').message(problem.message);
    expect(en).toContain('may not write in /home/u/.openclaw');
    expect(en).toContain('chmod u+w "/home/u/.openclaw"');
    expect(en).not.toContain('EACCES');
    const zh = createTranslator('zh-CN', 'panel').message(problem.message);
    expect(zh).toContain('没有 /home/u/.openclaw 的写入权限');
    expect(zh).not.toContain('EACCES');
  });

  it('a full disk says to free space', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const said = createTranslator('en', 'panel').message(
      writeError('/home/u/.openclaw/openclaw.json', full).problem.message,
    );
    expect(said).toContain('the disk holding /home/u/.openclaw is full');
  });
});
