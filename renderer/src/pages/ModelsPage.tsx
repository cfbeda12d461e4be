/** Models: the primary + fallback chain, aliases, the guidance's layouts, models.mode and the config's findings. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asObject, modelChain } from '@shared/config/config-access';
import { searchIndex } from '@shared/search/model-search';
import { refContext } from '@shared/config/config-access';
import { resolveRef } from '@shared/config/model-ref';
import { msg } from '@shared/i18n/message';
import { judgedForLine } from '@shared/rules/judged';
import { Card } from '../components/Card';
import { ModelSearch } from '../components/search/ModelSearch';
import { useMessage } from '../i18n/useMessage';
import { EditorGate, useSectionReadOnly } from '../components/EditorGate';
import { FindingsList } from '../components/FindingsList';
import { useEditor } from '../stores';
import { AliasesCard } from './models/AliasesCard';
import { ChainList } from './models/ChainList';
import { Checkup } from './models/Checkup';
import { LayoutPresets } from './models/LayoutPresets';
import { ModelRefInput } from './models/ModelRefInput';

export function ModelsPage() {
  return (
    <EditorGate>
      <Models />
    </EditorGate>
  );
}

function AddToChain({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const draft = useEditor((s) => s.draft)!;
  const apply = useEditor((s) => s.apply);
  const [text, setText] = useState('');
  // Per draft, not per key: at 10,000 models these are the expensive part of a keystroke.
  const context = useMemo(() => refContext(draft), [draft]);
  const index = searchIndex(draft);
  const listed = useMemo(() => new Set(index.entries.map((e) => e.ref)), [index]);
  const resolved = text.trim() ? resolveRef(text, context) : null;
  const unknown =
    resolved?.kind === 'unresolved' ||
    (resolved?.kind === 'ref' && !listed.has(`${resolved.ref.provider}/${resolved.ref.model}`));
  const { primary } = modelChain(draft);
  const add = () => {
    if (!text.trim()) return;
    const op = primary
      ? ({ op: 'addFallback', ref: text.trim() } as const)
      : ({ op: 'setPrimary', ref: text.trim() } as const);
    if (apply(op)) setText('');
  };
  return (
    <div className="add-to-chain">
      <ModelRefInput
        label={t('models.addLabel')}
        value={text}
        disabled={disabled}
        placeholder="provider/model"
        onChange={setText}
        onEnter={add}
      />
      <button type="button" disabled={disabled || !text.trim()} onClick={add}>
        {primary ? t('models.addFallback') : t('models.setPrimary')}
      </button>
      {unknown && <span className="field-warning">{t('models.unknownRef')}</span>}
    </div>
  );
}

function Models() {
  const { t } = useTranslation();
  const m = useMessage();
  const draft = useEditor((s) => s.draft);
  const findings = useEditor((s) => s.findings);
  const apply = useEditor((s) => s.apply);
  const openclawVersion = useEditor((s) => s.document?.openclawVersion ?? null);
  const readOnly = useSectionReadOnly('agents.defaults');
  const modelsReadOnly = useSectionReadOnly('models');
  const { primary, fallbacks } = modelChain(draft!);
  const chain = primary ? [primary, ...fallbacks] : fallbacks;
  const mode = asObject(draft!.models)?.mode;
  return (
    <div className="page">
      <ModelSearch />
      <Card title={t('models.title')}>
        {chain.length === 0 ? (
          <p className="hint">{t('models.empty')}</p>
        ) : (
          <ChainList chain={chain} disabled={readOnly} />
        )}
        <AddToChain disabled={readOnly} />
        <p className="hint">{t('models.keyboardHint')}</p>
      </Card>
      <Card title={m(msg('checkup.panel.title'))}>
        <Checkup disabled={modelsReadOnly} />
      </Card>
      <Card title={t('seed.aliasesTitle')}>
        <AliasesCard disabled={readOnly} />
      </Card>
      <Card title={t('layouts.title')}>
        <LayoutPresets disabled={readOnly} />
      </Card>
      <Card title={t('models.modeTitle')}>
        <fieldset className="mode-switch" disabled={modelsReadOnly}>
          <legend className="sr-only">models.mode</legend>
          {(['merge', 'replace'] as const).map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name="models-mode"
                checked={(mode ?? 'merge') === value}
                onChange={() => apply({ op: 'setMode', mode: value })}
              />
              <code>{value}</code> {t(`models.mode.${value}`)}
            </label>
          ))}
        </fieldset>
        {mode === 'replace' && <p className="field-warning">{t('models.replaceWarning')}</p>}
      </Card>
      <Card title={t('findings.title')}>
        <p className="hint" data-testid="findings-judged-for">
          {m(judgedForLine(openclawVersion))}
        </p>
        <FindingsList findings={findings} disabled={readOnly} />
      </Card>
    </div>
  );
}
