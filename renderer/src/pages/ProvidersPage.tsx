/** Providers: a card per provider in models.providers (long lists virtualised), with presets to add new ones. */
import { useState } from 'react';
import { ModelSearch } from '../components/search/ModelSearch';
import { useRevealProvider } from '../components/search/useRevealProvider';
import { useTranslation } from 'react-i18next';
import { providersOf } from '@shared/config/config-access';
import { parseModelRef } from '@shared/config/model-ref';
import { EditorGate, useSectionReadOnly } from '../components/EditorGate';
import { useWindowRows } from '../components/useWindowRows';
import { useEditor } from '../stores';
import { AddProviderDialog } from './providers/AddProviderDialog';
import { ProviderCard } from './providers/ProviderCard';
import { RemoveDialog } from './providers/RemoveDialog';
import { RenameDialog } from './providers/RenameDialog';

/** A collapsed provider card's usual height and the space between cards (styles.css .provider-list). */
const CARD_PX = 420;
const CARD_GAP_PX = 16;

type Open = { kind: 'add' } | { kind: 'rename'; id: string } | { kind: 'remove'; id: string } | null;

export function ProvidersPage() {
  return (
    <EditorGate>
      <Providers />
    </EditorGate>
  );
}

function Providers() {
  const { t } = useTranslation();
  const draft = useEditor((s) => s.draft)!;
  const readOnly = useSectionReadOnly('models');
  const [open, setOpen] = useState<Open>(null);
  const providers = providersOf(draft);
  const ids = Object.keys(providers);
  // Dozens of providers: only the cards near the viewport are rendered (useWindowRows).
  const { attach, before, after, indexes, measure, scrollToIndex } = useWindowRows(ids.length, CARD_PX, CARD_GAP_PX);
  useRevealProvider(ids, scrollToIndex);
  return (
    <div className="page">
      <ModelSearch />
      <div className="page-actions">
        <button type="button" className="primary" disabled={readOnly} onClick={() => setOpen({ kind: 'add' })}>
          {t('providers.add.open')}
        </button>
      </div>
      {ids.length === 0 && <p className="hint">{t('providers.empty')}</p>}
      <div className="provider-list" ref={attach} style={{ paddingTop: before, paddingBottom: after }}>
        {indexes.map((index) => (
          <div key={ids[index]} ref={measure} data-index={index}>
            <ProviderCard
              id={ids[index]!}
              provider={providers[ids[index]!] as Record<string, unknown>}
              disabled={readOnly}
              onRename={() => setOpen({ kind: 'rename', id: ids[index]! })}
              onDelete={() => setOpen({ kind: 'remove', id: ids[index]! })}
            />
          </div>
        ))}
      </div>
      {open?.kind === 'add' && <AddProviderDialog existing={ids} onClose={() => setOpen(null)} />}
      {open?.kind === 'rename' && <RenameDialog id={open.id} existing={ids} onClose={() => setOpen(null)} />}
      {open?.kind === 'remove' && (
        <RemoveDialog
          what={open.id}
          matches={(ref) => parseModelRef(ref)?.provider === open.id}
          onClose={() => setOpen(null)}
          onConfirm={(removeRefs) => useEditor.getState().apply({ op: 'removeProvider', id: open.id, removeRefs })}
        />
      )}
    </div>
  );
}
