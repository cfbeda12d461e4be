/**
 * The desktop app's question before its page unloads (close, quit, reload) with unsaved edits: the
 * renderer's beforeunload guard asks for it, Electron shows nothing by itself, so main asks here.
 * "Leave" lets the page go (its edits stay kept for the next start, renderer/src/stores/draft-keeper.ts).
 */
import type { MessageBoxSyncOptions, WebContents } from 'electron';
import { msg, type Message } from '@shared/i18n/message';

/** The button "Leave" is, in `leaveQuestion`'s buttons. */
export const LEAVE_BUTTON = 0;

export function leaveQuestion(translate: (m: Message) => string): MessageBoxSyncOptions {
  return {
    type: 'question',
    buttons: [translate(msg('drafts.leave')), translate(msg('drafts.stay'))],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: translate(msg('drafts.leaveTitle')),
    detail: translate(msg('drafts.leaveDetail')),
  };
}

/** Asks (with `ask`, a sync message box) whenever the page refuses to unload; "Leave" lets it. */
export function guardUnsavedLeave(
  contents: Pick<WebContents, 'on'>,
  ask: (options: MessageBoxSyncOptions) => number,
  translate: () => (m: Message) => string,
): void {
  contents.on('will-prevent-unload', (event) => {
    if (ask(leaveQuestion(translate())) === LEAVE_BUTTON) event.preventDefault();
  });
}
