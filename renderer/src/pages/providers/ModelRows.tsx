/**
 * A provider's models as a compact list that reflows with its container: each line shows
 * the id, name, alias, context window, server state and fit; "Edit" opens the rest of the
 * row's fields below it. Long lists render in slices ("Show more"). Plus a form to add one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asObject, modelEntries } from '@shared/config/config-access';
import { MODEL_INPUTS, modelDefinitionSchema } from '@shared/config/openclaw-schema';
import { checkContextWindow, checkMaxTokens } from '@shared/forms/input-limits';
import { parseTokenCount } from '@shared/forms/input-number';
import { msg } from '@shared/i18n/message';
import { NumberField, TextField } from '@renderer/components/fields';
import { FitBadge } from '@renderer/components/FitBadge';
import { ServerBadge } from '@renderer/components/ServerBadge';
import { CheckupBadge } from '../models/CheckupBadge';
import { useEditor, useOpenClaw } from '@renderer/stores';
import { useMessage } from '@renderer/i18n/useMessage';
import { RemoveDialog } from './RemoveDialog';

const shape = modelDefinitionSchema.shape;
/** How many rows render at first, and how many more each "Show more" adds. */
export const ROWS_PER_SLICE = 50;
/** What a model added by hand says it reads: OpenClaw's own rows default to text (dist/defaults-*.mjs). */
export const DEFAULT_INPUT = ['text'] as const;
/** A row's context window, when it has a numeric one. */
const contextOf = (model: Record<string, unknown>) =>
  typeof model.contextWindow === 'number' ? model.contextWindow : undefined;

function RowEditor({
  providerId,
  model,
  path,
  disabled,
}: {
  providerId: string;
  model: Record<string, unknown>;
  path: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const apply = useEditor((s) => s.apply);
  const id = String(model.id);
  const set = (field: string) => (value: unknown) =>
    apply({ op: 'updateModel', provider: providerId, id, set: { [field]: value ?? null } });
  const input = Array.isArray(model.input) ? (model.input as string[]) : [];
  const cost = (model.cost ?? {}) as Record<string, number | undefined>;
  const setCost = (field: string) => (value: number | undefined) => {
    const next = { ...cost, [field]: value };
    if (value === undefined) delete next[field];
    apply({ op: 'updateModel', provider: providerId, id, set: { cost: Object.keys(next).length ? next : null } });
  };
  return (
    <div role="row" className="model-editor" data-testid={`model-editor-${providerId}/${id}`}>
      <div role="cell" className="field-grid">
        <div className="form-field">
          <span className="label">{t('models.fields.reasoning')}</span>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={model.reasoning === true}
              disabled={disabled}
              onChange={(e) => set('reasoning')(e.target.checked)}
            />
            {t('models.fields.reasoning')}
          </label>
        </div>
        <fieldset className="form-field" disabled={disabled}>
          <legend className="label">{t('models.fields.input')}</legend>
          <span className="inputs">
            {MODEL_INPUTS.map((kind) => (
              <label key={kind} className="checkbox">
                <input
                  type="checkbox"
                  checked={input.includes(kind)}
                  onChange={(e) => set('input')(e.target.checked ? [...input, kind] : input.filter((k) => k !== kind))}
                />
                {t(`models.inputs.${kind}`)}
              </label>
            ))}
          </span>
        </fieldset>
        <NumberField
          label={t('models.fields.contextTokens')}
          path={`${path}.contextTokens`}
          value={model.contextTokens as number | undefined}
          schema={shape.contextTokens}
          unit="tokens"
          onCommit={set('contextTokens')}
          disabled={disabled}
        />
        <NumberField
          label={t('models.fields.maxTokens')}
          path={`${path}.maxTokens`}
          value={model.maxTokens as number | undefined}
          schema={shape.maxTokens}
          unit="tokens"
          check={(tokens) => checkMaxTokens(tokens, contextOf(model))}
          onCommit={set('maxTokens')}
          disabled={disabled}
        />
        <NumberField
          label={`${t('models.fields.cost')} · ${t('models.fields.costInput')}`}
          path={`${path}.cost.input`}
          value={cost.input}
          onCommit={setCost('input')}
          disabled={disabled}
        />
        <NumberField
          label={`${t('models.fields.cost')} · ${t('models.fields.costOutput')}`}
          path={`${path}.cost.output`}
          value={cost.output}
          onCommit={setCost('output')}
          disabled={disabled}
        />
      </div>
    </div>
  );
}

function ModelRow({
  providerId,
  model,
  index,
  disabled,
  local,
  onRemove,
}: {
  providerId: string;
  model: Record<string, unknown>;
  index: number;
  disabled: boolean;
  local: boolean;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const words = useMessage();
  const apply = useEditor((s) => s.apply);
  const [editing, setEditing] = useState(false);
  const id = String(model.id);
  const ref = `${providerId}/${id}`;
  const path = `models.providers.${providerId}.models.${index}`;
  const set = (field: string) => (value: unknown) =>
    apply({ op: 'updateModel', provider: providerId, id, set: { [field]: value ?? null } });
  const version = useOpenClaw((s) => s.info?.version ?? null);
  const alias = useEditor((s) => {
    const entry = s.draft ? asObject(modelEntries(s.draft)[ref]) : undefined;
    return typeof entry?.alias === 'string' ? entry.alias : undefined;
  });
  return (
    <div role="rowgroup" className="model-item" data-testid={`model-row-${ref}`}>
      <div role="row" className={local ? 'model-line local' : 'model-line'}>
        <span role="rowheader" className="model-id">
          <code>{id}</code>
        </span>
        <span role="cell" className="model-name">
          <TextField
            label={t('models.fields.name')}
            path={`${path}.name`}
            value={model.name as string | undefined}
            onCommit={set('name')}
            disabled={disabled}
          />
        </span>
        <span role="cell" className="model-alias">
          <TextField
            label={words(msg('names.aliasOf', { ref }))}
            path={`agents.defaults.models.${ref}.alias`}
            value={alias}
            placeholder={t('models.aliasPlaceholder')}
            disabled={disabled}
            onCommit={(next) => apply(next ? { op: 'setAlias', ref, alias: next } : { op: 'removeAlias', ref })}
          />
        </span>
        <span role="cell" className="model-context">
          <NumberField
            label={t('models.fields.contextWindow')}
            path={`${path}.contextWindow`}
            value={model.contextWindow as number | undefined}
            schema={shape.contextWindow}
            unit="tokens"
            check={(tokens) => checkContextWindow(tokens, version)}
            onCommit={set('contextWindow')}
            disabled={disabled}
          />
        </span>
        {local && (
          <span role="cell" className="model-server">
            <span className="label">{t('servers.column')}</span>
            <ServerBadge providerId={providerId} modelId={id} />
            <CheckupBadge providerId={providerId} modelId={id} />
          </span>
        )}
        {local && (
          <span role="cell" className="model-fit">
            <span className="label">{t('fit.title')}</span>
            <FitBadge providerId={providerId} row={model} disabled={disabled} />
          </span>
        )}
        <span role="cell" className="model-actions row-actions">
          <button
            type="button"
            aria-expanded={editing}
            aria-label={t('layout.editRow', { id })}
            onClick={() => setEditing(!editing)}
          >
            {editing ? t('layout.done') : t('layout.edit')}
          </button>
          <button type="button" disabled={disabled} aria-label={t('models.removeRow', { id })} onClick={onRemove}>
            {t('common.remove')}
          </button>
        </span>
      </div>
      {editing && <RowEditor providerId={providerId} model={model} path={path} disabled={disabled} />}
    </div>
  );
}

/** A typed token count read and ranged; null when the field is empty (left out of the row). */
function useTokenInput(text: string, check: (tokens: number) => ReturnType<typeof checkMaxTokens>) {
  const words = useMessage();
  if (text.trim() === '') return { value: undefined, error: undefined };
  const read = parseTokenCount(text);
  const ranged = read.ok ? check(read.value) : read;
  return ranged.ok ? { value: ranged.value, error: undefined } : { value: undefined, error: words(ranged.problem) };
}

function AddModelForm({ providerId, disabled }: { providerId: string; disabled: boolean }) {
  const { t } = useTranslation();
  const words = useMessage();
  const apply = useEditor((s) => s.apply);
  const version = useOpenClaw((s) => s.info?.version ?? null);
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [contextWindow, setContextWindow] = useState('');
  const [maxTokens, setMaxTokens] = useState('');
  const context = useTokenInput(contextWindow, (tokens) => checkContextWindow(tokens, version));
  const output = useTokenInput(maxTokens, (tokens) => checkMaxTokens(tokens, context.value));
  const reason = !id.trim() ? words(msg('forms.model.idNeeded')) : (context.error ?? output.error);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (reason) return;
    const model: Record<string, unknown> = {
      id: id.trim(),
      name: name.trim() || id.trim(),
      input: [...DEFAULT_INPUT],
    };
    if (context.value !== undefined) model.contextWindow = context.value;
    if (output.value !== undefined) model.maxTokens = output.value;
    if (apply({ op: 'addModel', provider: providerId, model })) {
      setId('');
      setName('');
      setContextWindow('');
      setMaxTokens('');
    }
  };
  const errorId = `add-model-error-${providerId}`;
  return (
    <form className="add-model" onSubmit={submit} aria-label={t('models.addRowLabel', { provider: providerId })}>
      <fieldset disabled={disabled}>
        <label>
          {t('models.fields.id')}
          <input value={id} onChange={(e) => setId(e.target.value)} placeholder="qwen/qwen3-coder-30b" />
        </label>
        <label>
          {t('models.fields.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('models.fields.contextWindow')}
          <input
            inputMode="numeric"
            value={contextWindow}
            placeholder="32768, 128k"
            aria-invalid={context.error ? true : undefined}
            aria-describedby={context.error ? errorId : undefined}
            onChange={(e) => setContextWindow(e.target.value)}
          />
        </label>
        <label>
          {t('models.fields.maxTokens')}
          <input
            inputMode="numeric"
            value={maxTokens}
            aria-invalid={output.error ? true : undefined}
            aria-describedby={output.error ? errorId : undefined}
            onChange={(e) => setMaxTokens(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!!reason} title={reason}>
          {t('models.addRow')}
        </button>
      </fieldset>
      {(context.error ?? output.error) && (
        <span className="field-error" id={errorId} role="alert">
          {context.error ?? output.error}
        </span>
      )}
    </form>
  );
}

export function ModelRows({
  providerId,
  models,
  disabled,
  local,
}: {
  providerId: string;
  models: Record<string, unknown>[];
  disabled: boolean;
  local: boolean;
}) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<string | null>(null);
  const [shown, setShown] = useState(ROWS_PER_SLICE);
  const visible = models.slice(0, shown);
  return (
    <>
      {models.length > 0 && (
        <div role="table" className="model-list" aria-label={t('models.tableLabel', { provider: providerId })}>
          <div role="rowgroup" className="sr-only">
            <div role="row">
              <span role="columnheader">{t('models.fields.id')}</span>
              <span role="columnheader">{t('models.fields.name')}</span>
              <span role="columnheader">{t('models.alias')}</span>
              <span role="columnheader">{t('models.fields.contextWindow')}</span>
              {local && <span role="columnheader">{t('servers.column')}</span>}
              {local && <span role="columnheader">{t('fit.title')}</span>}
              <span role="columnheader">{t('common.actions')}</span>
            </div>
          </div>
          {visible.map((model, index) => (
            <ModelRow
              key={String(model.id)}
              providerId={providerId}
              model={model}
              index={index}
              disabled={disabled}
              local={local}
              onRemove={() => setRemoving(String(model.id))}
            />
          ))}
        </div>
      )}
      {models.length > shown && (
        <button type="button" className="show-more" onClick={() => setShown(shown + ROWS_PER_SLICE)}>
          {t('layout.showMore', { count: Math.min(ROWS_PER_SLICE, models.length - shown), total: models.length })}
        </button>
      )}
      <AddModelForm providerId={providerId} disabled={disabled} />
      {removing !== null && (
        <RemoveDialog
          what={`${providerId}/${removing}`}
          matches={(ref) => ref === `${providerId}/${removing}`}
          onClose={() => setRemoving(null)}
          onConfirm={(removeRefs) =>
            useEditor.getState().apply({ op: 'removeModel', provider: providerId, id: removing, removeRefs })
          }
        />
      )}
    </>
  );
}
