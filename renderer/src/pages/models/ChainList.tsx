/**
 * The primary + fallback chain as an ordered list: drag and drop (pointer or keyboard,
 * via @dnd-kit), move buttons, make primary, remove, and the alias of each entry.
 */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { asObject, modelEntries, providerModels, providersOf } from '@shared/config/config-access';
import { isLocalRef } from '@shared/config/local-refs';
import { normalizeRef, parseModelRef } from '@shared/config/model-ref';
import { TextField } from '@renderer/components/fields';
import { FitBadge } from '@renderer/components/FitBadge';
import { ServerBadge } from '@renderer/components/ServerBadge';
import { useEditor } from '@renderer/stores';
import { useMessage } from '@renderer/i18n/useMessage';
import { msg } from '@shared/i18n/message';

function aliasOf(draft: Record<string, unknown>, ref: string): string | undefined {
  const entry = Object.entries(modelEntries(draft)).find(([key]) => normalizeRef(key) === normalizeRef(ref));
  const alias = entry ? asObject(entry[1])?.alias : undefined;
  return typeof alias === 'string' ? alias : undefined;
}

function ChainItem({
  modelRef,
  index,
  count,
  disabled,
  onMove,
  onRemove,
}: {
  modelRef: string;
  index: number;
  count: number;
  disabled: boolean;
  onMove(to: number): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const words = useMessage();
  const draft = useEditor((s) => s.draft);
  const apply = useEditor((s) => s.apply);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: modelRef,
    disabled,
  });
  const alias = aliasOf(draft!, modelRef);
  const local = isLocalRef(draft!, modelRef);
  const parsed = parseModelRef(modelRef);
  const providerKey = parsed
    ? Object.keys(providersOf(draft!)).find((id) => id.toLowerCase() === parsed.provider)
    : undefined;
  const row =
    local && providerKey
      ? providerModels(providersOf(draft!)[providerKey]).find((m) => m.id === parsed!.model)
      : undefined;
  const role = index === 0 ? t('models.primary') : t('models.fallback', { n: index });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={isDragging ? 'chain-item dragging' : 'chain-item'}
      data-testid="chain-item"
      data-ref={modelRef}
      onKeyDown={(e) => {
        if (!e.altKey || disabled) return;
        if (e.key === 'ArrowUp' && index > 0) onMove(index - 1);
        if (e.key === 'ArrowDown' && index < count - 1) onMove(index + 1);
      }}
    >
      <button
        type="button"
        className="drag-handle"
        aria-label={t('models.drag', { ref: modelRef })}
        disabled={disabled}
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      <span className="chain-role">{role}</span>
      <code className="chain-ref">{modelRef}</code>
      <span className={`badge badge-${local ? 'local' : 'hosted'}`}>
        {t(`providers.location.${local ? 'local' : 'hosted'}`)}
      </span>
      {row && providerKey && <ServerBadge providerId={providerKey} modelId={String(row.id)} />}
      <span className="status-slot">
        {row ? <FitBadge providerId={providerKey!} row={row} disabled={disabled} /> : <span className="hint">—</span>}
      </span>
      <div className="chain-alias">
        <TextField
          label={words(msg('names.aliasOf', { ref: modelRef }))}
          path={`agents.defaults.models.${modelRef}.alias`}
          value={alias}
          disabled={disabled}
          placeholder={t('models.aliasPlaceholder')}
          onCommit={(next) =>
            apply(next ? { op: 'setAlias', ref: modelRef, alias: next } : { op: 'removeAlias', ref: modelRef })
          }
        />
      </div>
      <div className="row-actions">
        <button
          type="button"
          disabled={disabled || index === 0}
          aria-label={t('models.moveUp', { ref: modelRef })}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={disabled || index === count - 1}
          aria-label={t('models.moveDown', { ref: modelRef })}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          disabled={disabled || index === 0}
          onClick={() => onMove(0)}
          aria-label={t('models.makePrimaryOf', { ref: modelRef })}
        >
          {t('models.makePrimary')}
        </button>
        <button
          type="button"
          disabled={disabled || count === 1}
          onClick={onRemove}
          aria-label={t('models.removeFromChain', { ref: modelRef })}
        >
          {t('common.remove')}
        </button>
      </div>
    </li>
  );
}

export function ChainList({ chain, disabled }: { chain: string[]; disabled: boolean }) {
  const { t } = useTranslation();
  const apply = useEditor((s) => s.apply);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const setOrder = (next: string[]) => apply({ op: 'setChain', refs: next });
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    setOrder(arrayMove(chain, chain.indexOf(String(active.id)), chain.indexOf(String(over.id))));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('models.dndInstructions') },
        announcements: {
          onDragStart: ({ active }) => t('models.dndPicked', { ref: active.id }),
          onDragOver: ({ active, over }) =>
            over ? t('models.dndOver', { ref: active.id, n: chain.indexOf(String(over.id)) + 1 }) : '',
          onDragEnd: ({ active, over }) =>
            over ? t('models.dndDropped', { ref: active.id, n: chain.indexOf(String(over.id)) + 1 }) : '',
          onDragCancel: ({ active }) => t('models.dndCancelled', { ref: active.id }),
        },
      }}
    >
      <SortableContext items={chain} strategy={verticalListSortingStrategy}>
        <ol className="chain" aria-label={t('models.title')}>
          {chain.map((modelRef, index) => (
            <ChainItem
              key={modelRef}
              modelRef={modelRef}
              index={index}
              count={chain.length}
              disabled={disabled}
              onMove={(to) => setOrder(arrayMove(chain, index, to))}
              onRemove={() => setOrder(chain.filter((r) => r !== modelRef))}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
