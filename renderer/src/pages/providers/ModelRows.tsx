/** A provider's model rows as an editable table, plus a form to add one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asObject, modelEntries } from '../../../../shared/config/config-access';
import { MODEL_INPUTS, modelDefinitionSchema } from '../../../../shared/config/openclaw-schema';
import { NumberField, TextField } from '../../components/fields';
import { FitBadge } from '../../components/FitBadge';
import { ServerBadge } from '../../components/ServerBadge';
import { CheckupBadge } from '../models/CheckupBadge';
import { useEditor } from '../../stores';
import { RemoveDialog } from './RemoveDialog';

const shape = modelDefinitionSchema.shape;

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
  const apply = useEditor((s) => s.apply);
  const id = String(model.id);
  const path = `models.providers.${providerId}.models.${index}`;
  const set = (field: string) => (value: unknown) =>
    apply({ op: 'updateModel', provider: providerId, id, set: { [field]: value ?? null } });
  const input = Array.isArray(model.input) ? (model.input as string[]) : [];
  const cost = (model.cost ?? {}) as Record<string, number | undefined>;
  const setCost = (field: string) => (value: number | undefined) => {
    const next = { ...cost, [field]: value };
    if (value === undefined) delete next[field];
    apply({ op: 'updateModel', provider: providerId, id, set: { cost: Object.keys(next).length ? next : null } });
  };
  const alias = useEditor((s) => {
    const entry = s.draft ? asObject(modelEntries(s.draft)[`${providerId}/${id}`]) : undefined;
    return typeof entry?.alias === 'string' ? entry.alias : undefined;
  });
  return (
    <tr data-testid={`model-row-${providerId}/${id}`}>
      <th scope="row">
        <code>{id}</code>
      </th>
      <td>
        <TextField
          label={t('models.fields.name')}
          path={`${path}.name`}
          value={model.name as string | undefined}
          onCommit={set('name')}
          disabled={disabled}
        />
      </td>
      <td>
        <TextField
          label={t('models.alias')}
          path={`agents.defaults.models.${providerId}/${id}.alias`}
          value={alias}
          placeholder={t('models.aliasPlaceholder')}
          disabled={disabled}
          onCommit={(next) =>
            apply(
              next
                ? { op: 'setAlias', ref: `${providerId}/${id}`, alias: next }
                : { op: 'removeAlias', ref: `${providerId}/${id}` },
            )
          }
        />
      </td>
      <td>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={model.reasoning === true}
            disabled={disabled}
            onChange={(e) => set('reasoning')(e.target.checked)}
          />
          {t('models.fields.reasoning')}
        </label>
      </td>
      <td>
        <fieldset className="inputs" disabled={disabled}>
          <legend className="sr-only">{t('models.fields.input')}</legend>
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
        </fieldset>
      </td>
      <td>
        <NumberField
          label={t('models.fields.contextWindow')}
          path={`${path}.contextWindow`}
          value={model.contextWindow as number | undefined}
          schema={shape.contextWindow}
          onCommit={set('contextWindow')}
          disabled={disabled}
        />
      </td>
      <td>
        <NumberField
          label={t('models.fields.contextTokens')}
          path={`${path}.contextTokens`}
          value={model.contextTokens as number | undefined}
          schema={shape.contextTokens}
          onCommit={set('contextTokens')}
          disabled={disabled}
        />
      </td>
      <td>
        <NumberField
          label={t('models.fields.maxTokens')}
          path={`${path}.maxTokens`}
          value={model.maxTokens as number | undefined}
          schema={shape.maxTokens}
          onCommit={set('maxTokens')}
          disabled={disabled}
        />
      </td>
      {local && (
        <td>
          <ServerBadge providerId={providerId} modelId={id} />
          <CheckupBadge providerId={providerId} modelId={id} />
        </td>
      )}
      {local && (
        <td>
          <FitBadge providerId={providerId} row={model} disabled={disabled} />
        </td>
      )}
      <td className="cost">
        <NumberField
          label={t('models.fields.costInput')}
          path={`${path}.cost.input`}
          value={cost.input}
          onCommit={setCost('input')}
          disabled={disabled}
        />
        <NumberField
          label={t('models.fields.costOutput')}
          path={`${path}.cost.output`}
          value={cost.output}
          onCommit={setCost('output')}
          disabled={disabled}
        />
      </td>
      <td>
        <button type="button" disabled={disabled} aria-label={t('models.removeRow', { id })} onClick={onRemove}>
          {t('common.remove')}
        </button>
      </td>
    </tr>
  );
}

function AddModelForm({ providerId, disabled }: { providerId: string; disabled: boolean }) {
  const { t } = useTranslation();
  const apply = useEditor((s) => s.apply);
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [contextWindow, setContextWindow] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!id.trim()) return;
    const model: Record<string, unknown> = { id: id.trim(), name: name.trim() || id.trim() };
    if (contextWindow.trim()) model.contextWindow = Number(contextWindow);
    if (apply({ op: 'addModel', provider: providerId, model })) {
      setId('');
      setName('');
      setContextWindow('');
    }
  };
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
          <input type="number" value={contextWindow} onChange={(e) => setContextWindow(e.target.value)} />
        </label>
        <button type="submit">{t('models.addRow')}</button>
      </fieldset>
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
  return (
    <>
      {models.length > 0 && (
        <div className="table-scroll">
          <table className="model-table" aria-label={t('models.tableLabel', { provider: providerId })}>
            <thead>
              <tr>
                <th scope="col">{t('models.fields.id')}</th>
                <th scope="col">{t('models.fields.name')}</th>
                <th scope="col">{t('models.alias')}</th>
                <th scope="col">{t('models.fields.reasoning')}</th>
                <th scope="col">{t('models.fields.input')}</th>
                <th scope="col">{t('models.fields.contextWindow')}</th>
                <th scope="col">{t('models.fields.contextTokens')}</th>
                <th scope="col">{t('models.fields.maxTokens')}</th>
                {local && <th scope="col">{t('servers.column')}</th>}
                {local && <th scope="col">{t('fit.title')}</th>}
                <th scope="col">{t('models.fields.cost')}</th>
                <th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {models.map((model, index) => (
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
            </tbody>
          </table>
        </div>
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
