/** Confirms removing a provider or a model row, listing the references that would break. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refsUsing } from '@shared/config/operations';
import { Dialog } from '@renderer/components/Dialog';
import { RefList } from '@renderer/components/RefList';
import { useEditor } from '@renderer/stores';

export function RemoveDialog({
  what,
  matches,
  onConfirm,
  onClose,
}: {
  what: string;
  matches(ref: string): boolean;
  onConfirm(removeRefs: boolean): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const draft = useEditor((s) => s.draft);
  const broken = draft ? refsUsing(draft, matches) : [];
  const [removeRefs, setRemoveRefs] = useState(false);
  return (
    <Dialog
      title={t('providers.removeTitle', { what })}
      onClose={onClose}
      confirm={{
        label: t('common.remove'),
        tone: 'danger',
        disabled: broken.length > 0 && !removeRefs,
        onConfirm: () => {
          onConfirm(removeRefs);
          onClose();
        },
      }}
    >
      {broken.length === 0 ? (
        <p>{t('providers.removeNoRefs')}</p>
      ) : (
        <>
          <RefList intro={t('providers.removeBreaks', { count: broken.length })} refs={broken} />
          <label className="checkbox">
            <input type="checkbox" checked={removeRefs} onChange={(e) => setRemoveRefs(e.target.checked)} />
            {t('providers.removeRefsToo')}
          </label>
        </>
      )}
    </Dialog>
  );
}
