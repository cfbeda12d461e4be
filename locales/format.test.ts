import { describe, expect, it } from 'vitest';
import { msg } from '@shared/i18n/message';
import { createTranslator } from './translate';

describe('formatMessage', () => {
  it('a parameter named "context" is not taken as i18next’s variant option (it printed "at cli tokens")', () => {
    const m = msg('checkup.chain.fits', { tokens: 196608 });
    for (const surface of ['cli', 'panel', 'tray'] as const) {
      expect(createTranslator('en', surface).message(m)).toBe('Fits this machine at 196608 tokens of context.');
      expect(createTranslator('zh-CN', surface).message(m)).toBe('在 196608 tokens 上下文下可以放进本机。');
    }
    // A parameter called `context` next to a surface variant: the surface still picks the wording.
    const withContext = msg('editNotes.noPrimaryLeft', { context: 196608 });
    expect(createTranslator('en', 'cli').message(withContext)).toContain('claw-control models primary');
    expect(createTranslator('en', 'panel').message(withContext)).not.toContain('claw-control');
  });

  it('still picks the surface variant and the plural form', () => {
    const dropped = msg('editNotes.noPrimaryLeft');
    expect(createTranslator('en', 'cli').message(dropped)).toContain('claw-control models primary');
    expect(createTranslator('en', 'panel').message(dropped)).not.toContain('claw-control');
    expect(createTranslator('en').message(msg('editNotes.hostedRemoved', { count: 1 }))).toBe(
      'Removed 1 hosted model from the chain (its provider stays configured).',
    );
    expect(createTranslator('en').message(msg('editNotes.hostedRemoved', { count: 3 }))).toBe(
      'Removed 3 hosted models from the chain (their providers stay configured).',
    );
  });
});
