/** A modal dialog on the native <dialog> element: focus is trapped, Escape closes it; `confirm` adds Cancel + its button. */
import { useEffect, useRef, type ReactNode } from 'react';
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
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
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
