import { describe, expect, it } from 'vitest';
import { saveConfirmations } from './save-guard';

describe('saveConfirmations', () => {
  it('asks when gateway.mode disappears', () => {
    expect(saveConfirmations({ gateway: { mode: 'local' } }, { gateway: {} }, 'x'.repeat(10), 'x'.repeat(9))).toEqual([
      { code: 'safety.needsConfirmDropsMode' },
    ]);
    expect(saveConfirmations({ gateway: { mode: 'local' } }, {}, 'x', 'x')).toHaveLength(1);
  });
  it('asks when the file shrinks by more than half, not at exactly half', () => {
    expect(saveConfirmations({}, {}, 'x'.repeat(100), 'x'.repeat(49))).toEqual([
      { code: 'safety.needsConfirmShrinks', params: { before: 100, after: 49 } },
    ]);
    expect(saveConfirmations({}, {}, 'x'.repeat(100), 'x'.repeat(50))).toEqual([]);
  });
  it('says nothing for ordinary edits and new files', () => {
    expect(saveConfirmations({ gateway: { mode: 'local' } }, { gateway: { mode: 'remote' } }, 'abc', 'abcd')).toEqual(
      [],
    );
    expect(saveConfirmations({}, { gateway: { mode: 'local' } }, '', 'abc')).toEqual([]);
  });
});
