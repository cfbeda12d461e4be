/**
 * Aliases for any model, not only those in the chain: every alias in
 * agents.defaults.models with its model, editable, plus a form to name another model —
 * a configured row or a bundled provider's model (e.g. the seed's anthropic/claude-opus-4-5 → "Opus").
 * Naming models makes `agents.defaults.models` OpenClaw's allow-list for /model unless a
 * `modelPolicy` says otherwise, so the card asks which is meant (keep every model / only these)
 * as soon as a model is named, and warns while the choice is not made.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agentDefaults, asObject, modelEntries, type ConfigObject } from '@shared/config/config-access';
import type { ConfigOperation as Operation } from '@shared/config/operation-schema';
import { msg } from '@shared/i18n/message';
import { TextField } from '@renderer/components/fields';
import { useMessage } from '@renderer/i18n/useMessage';
import { useEditor } from '@renderer/stores';
import { ModelRefInput } from './ModelRefInput';

type Policy = 'every' | 'only';

/** What the config says /model may pick: unset (the legacy allow-list), every model, or only the listed ones. */
function policyOf(config: ConfigObject): Policy | null {
  const policy = asObject(agentDefaults(config).modelPolicy);
  if (!policy) {
    const migrated = asObject(asObject(config.meta)?.migrations)?.modelPolicyAllowlist !== undefined;
    return migrated ? 'every' : null;
  }
  return Array.isArray(policy.allow) && policy.allow.length > 0 ? 'only' : 'every';
}

/** The edit that writes `choice`: an empty policy, or an allow-list of the named models. */
function policyOperation(config: ConfigObject, choice: Policy): Operation {
  const refs = Object.keys(modelEntries(config));
  return { op: 'setModelPolicy', allow: choice === 'every' ? [] : refs };
}

function PolicyChoice({ disabled, draft }: { disabled: boolean; draft: ConfigObject }) {
  const words = useMessage();
  const apply = useEditor((s) => s.apply);
  const current = policyOf(draft);
  return (
    <fieldset className="alias-policy" disabled={disabled} data-testid="alias-policy">
      <legend>{words(msg('forms.aliases.policyLegend'))}</legend>
      {(['every', 'only'] as const).map((choice) => (
        <label key={choice} className="checkbox">
          <input
            type="radio"
            name="alias-policy"
            value={choice}
            checked={current === choice}
            onChange={() => apply(policyOperation(draft, choice))}
          />
          {words(msg(`forms.aliases.policy_${choice}`))}
        </label>
      ))}
      {current === null && <span className="field-warning">{words(msg('forms.aliases.policyUnset'))}</span>}
    </fieldset>
  );
}

export function AliasesCard({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const words = useMessage();
  const draft = useEditor((s) => s.draft)!;
  const apply = useEditor((s) => s.apply);
  const [ref, setRef] = useState('');
  const [alias, setAlias] = useState('');
  const named = Object.entries(modelEntries(draft))
    .map(([key, entry]) => [key, asObject(entry)?.alias] as const)
    .filter((pair): pair is readonly [string, string] => typeof pair[1] === 'string');
  const add = () => {
    if (!ref.trim() || !alias.trim()) return;
    // The allow-list choice is the user's (PolicyChoice, shown with the first alias), never made silently.
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
                label={words(msg('names.aliasOf', { ref: key }))}
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
      {(named.length > 0 || Object.keys(modelEntries(draft)).length > 0) && (
        <PolicyChoice disabled={disabled} draft={draft} />
      )}
      <div className="add-to-chain">
        <ModelRefInput
          label={t('seed.aliasModel')}
          value={ref}
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
