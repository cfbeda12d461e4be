/**
 * Keyboard shortcuts: Cmd/Ctrl-S saves (or opens the review when something blocks the
 * save; never while a field refuses what was typed — the save bar says why), Cmd/Ctrl-Z outside a text field takes back the last unsaved edit.
 */
import { useEffect } from 'react';
import { canSave } from '../stores/config-editor';
import { useEditor } from '../stores';
import { useFieldErrors } from '../components/field-errors';
import { msg } from '@shared/i18n/message';

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
          // A field holding a value it cannot read (refused as typed) blocks the save, and the save bar says why.
          const refused = Object.values(useFieldErrors.getState().refused);
          if (refused.length > 0) {
            const first = msg('forms.blocked', { field: refused[0]!.label, detail: refused[0]!.problem });
            const said = msg('drafts.refused', { count: refused.length, first });
            useEditor.setState({ notice: { kind: 'error', text: said.code, message: said } });
          } else if (canSave(now)) void now.save();
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
