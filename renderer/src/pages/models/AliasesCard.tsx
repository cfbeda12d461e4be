/**
 * Aliases for any model, not only those in the chain: every alias in
 * agents.defaults.models with its model, editable, plus a form to name another model —
 * a configured row or a bundled provider's model (e.g. the seed's anthropic/claude-opus-4-5 → "Opus").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asObject, listedRefs, modelEntries } from '@shared/config/config-access';
import { TextField } from '@renderer/components/fields';
import { useEditor } from '@renderer/stores';
import { ModelRefInput } from './ModelRefInput';

export function AliasesCard({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const draft = useEditor((s) => s.draft)!;
  const apply = useEditor((s) => s.apply);
  const [ref, setRef] = useState('');
  const [alias, setAlias] = useState('');
  const named = Object.entries(modelEntries(draft))
    .map(([key, entry]) => [key, asObject(entry)?.alias] as const)
    .filter((pair): pair is readonly [string, string] => typeof pair[1] === 'string');
  const add = () => {
    if (!ref.trim() || !alias.trim()) return;
    if (apply({ op: 'setAlias', ref: ref.trim(), alias: alias.trim() })) {
      setRef('');
      setAlias('');
    }
  };
  return (
    <div className="aliases">
      {named.length === 0 ? (
        <p className="hint">{t('seed.noAliases')}</p>
      ) : (
        <ul className="alias-list" aria-label={t('seed.aliasesTitle')}>
          {named.map(([key, name]) => (
            <li key={key} data-testid={`alias-${key}`}>
              <code className="chain-ref">{key}</code>
              <TextField
                label={t('models.alias')}
                path={`agents.defaults.models.${key}.alias`}
                value={name}
                disabled={disabled}
                onCommit={(next) =>
                  apply(next ? { op: 'setAlias', ref: key, alias: next } : { op: 'removeAlias', ref: key })
                }
              />
            </li>
          ))}
        </ul>
      )}
      <div className="add-to-chain">
        <ModelRefInput
          label={t('seed.aliasModel')}
          value={ref}
          options={listedRefs(draft)}
          disabled={disabled}
          placeholder="anthropic/claude-opus-4-5"
          onChange={setRef}
        />
        <label>
          {t('models.alias')}
          <input
            data-testid="alias-form-alias"
            value={alias}
            disabled={disabled}
            placeholder={t('models.aliasPlaceholder')}
            onChange={(e) => setAlias(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
        </label>
        <button type="button" disabled={disabled || !ref.trim() || !alias.trim()} onClick={add}>
          {t('seed.aliasAdd')}
        </button>
      </div>
    </div>
  );
}
