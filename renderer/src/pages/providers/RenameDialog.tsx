/** Renames a provider, showing every reference that will be rewritten. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseModelRef } from '@shared/config/model-ref';
import { refsUsing } from '@shared/config/operations';
import { Dialog } from '@renderer/components/Dialog';
import { RefList } from '@renderer/components/RefList';
import { useEditor } from '@renderer/stores';

export function RenameDialog({ id, existing, onClose }: { id: string; existing: string[]; onClose(): void }) {
  const { t } = useTranslation();
  const { draft, apply } = useEditor();
  const [next, setNext] = useState(id);
  const refs = draft ? refsUsing(draft, (ref) => parseModelRef(ref)?.provider === id) : [];
  const error = !/^[a-z0-9][a-z0-9._-]*$/.test(next)
    ? t('providers.add.idRule')
    : next !== id && existing.includes(next)
      ? t('providers.add.idTaken', { id: next })
      : null;
  return (
    <Dialog
      title={t('providers.renameTitle', { id })}
      onClose={onClose}
      confirm={{
        label: t('providers.rename'),
        tone: 'primary',
        disabled: !!error || next === id,
        onConfirm: () => apply({ op: 'renameProvider', from: id, to: next }) && onClose(),
      }}
    >
      <label className="form-stack">
        {t('providers.add.id')}
        <input value={next} onChange={(e) => setNext(e.target.value)} aria-invalid={error ? true : undefined} />
        {error && <span className="field-error">{error}</span>}
      </label>
      {refs.length > 0 && (
        <>
          <RefList intro={t('providers.renameRewrites', { count: refs.length })} refs={refs} />
        </>
      )}
    </Dialog>
  );
}
