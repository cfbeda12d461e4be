/** The desktop app's question before leaving with unsaved edits: worded from the catalog, and only "Leave" lets the page go. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import { guardUnsavedLeave, leaveQuestion } from './unsaved-guard';

describe('leaving the desktop app with unsaved edits', () => {
  it('asks in the app’s language, Stay being the default and Esc', () => {
    const zh = leaveQuestion(createTranslator('zh-CN').message);
    expect(zh).toMatchObject({ buttons: ['离开', '留下'], defaultId: 1, cancelId: 1 });
    expect(leaveQuestion(createTranslator('en').message).message).toBe('Leave Claw Control with unsaved changes?');
  });

  it('lets the page unload only when the answer is Leave', () => {
    const contents = new EventEmitter();
    let answer = 1;
    guardUnsavedLeave(
      contents as never,
      () => answer,
      () => createTranslator('en').message,
    );
    const unload = () => {
      let allowed = false;
      contents.emit('will-prevent-unload', { preventDefault: () => (allowed = true) });
      return allowed;
    };
    expect(unload()).toBe(false);
    answer = 0;
    expect(unload()).toBe(true);
  });
});
