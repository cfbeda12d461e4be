/**
 * A modal dialog on the native <dialog> element: focus is trapped, Escape closes it; `confirm` adds
 * Cancel + its button. On close, focus goes back to the control that opened it (issue #24: Esc on
 * the review dialog dropped focus to the page body, as its opener is disabled while it loads).
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** The control focused last: the opener when a dialog opens after its button was disabled (busy) meanwhile. */
let lastFocused: HTMLElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLElement && !e.target.closest('dialog')) lastFocused = e.target;
  });
}

function openerNow(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : lastFocused;
}

/** Focuses `opener` again once it can take focus (it may be re-enabled in the same render). */
function returnFocus(opener: HTMLElement | null): void {
  if (!opener) return;
  const attempt = () => opener.isConnected && opener.focus();
  attempt();
  if (document.activeElement !== opener) setTimeout(attempt, 0);
}
import { useTranslation } from 'react-i18next';

export interface DialogConfirm {
  label: string;
  onConfirm(): void;
  disabled?: boolean;
  tone?: 'primary' | 'danger';
}

export function Dialog({
  title,
  onClose,
  children,
  actions,
  wide,
  confirm,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  actions?: ReactNode;
  wide?: boolean;
  confirm?: DialogConfirm;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = openerNow();
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      returnFocus(opener);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2>{title}</h2>
      <div className="dialog-body">{children}</div>
      {(actions || confirm) && (
        <div className="dialog-actions">
          {actions}
          {confirm && (
            <>
              <button type="button" onClick={onClose}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className={confirm.tone ?? 'primary'}
                disabled={confirm.disabled}
                onClick={confirm.onConfirm}
              >
                {confirm.label}
              </button>
            </>
          )}
        </div>
      )}
    </dialog>
  );
}
