/**
 * Keyboard shortcuts: Cmd/Ctrl-S saves (or opens the review when something blocks the
 * save), Cmd/Ctrl-Z outside a text field takes back the last unsaved edit.
 */
import { useEffect } from 'react';
import { canSave } from '../stores/config-editor';
import { useEditor } from '../stores';

const isTextTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.metaKey || event.ctrlKey;
      if (!mod) return;
      const state = useEditor.getState();
      if (event.key.toLowerCase() === 's') {
        event.preventDefault();
        // Commit the field being edited first.
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        setTimeout(() => {
          const now = useEditor.getState();
          if (canSave(now)) void now.save();
          else if (now.pending.length) void now.review();
        }, 0);
      } else if (event.key.toLowerCase() === 'z' && !event.shiftKey && !isTextTarget(event.target)) {
        event.preventDefault();
        state.undoEdit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
