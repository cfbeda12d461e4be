/**
 * The guidance's three layouts as one-click presets, each showing the resulting chain
 * before it is applied. When the chain lacks what a layout needs (empty or partial), the
 * dialog asks which configured models to add — local ones to tick, a hosted ref to type
 * (the seed's Sonnet/Opus suggested) — instead of refusing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listedRefs, modelChain, modelEntries } from '@shared/config/config-access';
import { LAYOUTS, type Layout } from '@shared/config/layouts';
import { isLocalRef } from '@shared/config/local-refs';
import { normalizeRef } from '@shared/config/model-ref';
import { applyOperations, OperationError, type ConfigOperation } from '@shared/config/operations';
import { Dialog } from '@renderer/components/Dialog';
import { useEditor } from '@renderer/stores';
import { useMessage } from '@renderer/i18n/useMessage';
import type { Message } from '@shared/i18n/message';

/** The hosted models the guidance's hybrid layouts name (seeds/ 本地模型, 混合配置). */
const SEED_HOSTED_REFS = ['anthropic/claude-sonnet-4-5', 'anthropic/claude-opus-4-5'];

type Config = Record<string, unknown>;

function chainOf(config: Config): string[] {
  const { primary, fallbacks } = modelChain(config);
  return primary ? [primary, ...fallbacks] : fallbacks;
}

function layoutOperations(chain: string[], added: string[], layout: Layout): ConfigOperation[] {
  const refs = [...chain, ...added.filter((r) => !chain.map(normalizeRef).includes(normalizeRef(r)))];
  return [...(added.length ? [{ op: 'setChain' as const, refs }] : []), { op: 'applyLayout' as const, layout }];
}

function preview(draft: Config, ops: ConfigOperation[]): { chain: string[]; notes: Message[] } | { error: Message } {
  try {
    const { config, notes } = applyOperations(draft, ops);
    return { chain: chainOf(config), notes };
  } catch (error) {
    if (error instanceof OperationError) return { error: error.text };
    throw error;
  }
}

function LayoutDialog({ layout, draft, onClose }: { layout: Layout; draft: Config; onClose(): void }) {
  const { t } = useTranslation();
  const text = useMessage();
  const apply = useEditor((s) => s.apply);
  const chain = chainOf(draft);
  const inChain = new Set(chain.map(normalizeRef));
  const [picked, setPicked] = useState<string[]>([]);
  const [hosted, setHosted] = useState('');
  const wantsHosted = layout !== 'local-only';
  const localCandidates = listedRefs(draft).filter((r) => isLocalRef(draft, r) && !inChain.has(r));
  const hostedCandidates = [
    ...new Set([
      ...listedRefs(draft).filter((r) => !isLocalRef(draft, r)),
      ...Object.keys(modelEntries(draft))
        .map(normalizeRef)
        .filter((r) => !isLocalRef(draft, r)),
      ...SEED_HOSTED_REFS,
    ]),
  ].filter((r) => !inChain.has(r));
  const added = [...picked, ...(hosted.trim() ? [hosted.trim()] : [])];
  const ops = layoutOperations(chain, added, layout);
  const result = preview(draft, ops);
  const toggle = (ref: string, on: boolean) => setPicked(on ? [...picked, ref] : picked.filter((r) => r !== ref));
  return (
    <Dialog
      title={t('layouts.previewTitle', { name: t(`layouts.${layout}.title`) })}
      onClose={onClose}
      confirm={{
        label: t('layouts.apply'),
        tone: 'primary',
        disabled: 'error' in result,
        onConfirm: () => apply(...ops) && onClose(),
      }}
    >
      {localCandidates.length > 0 && (
        <fieldset className="layout-pick">
          <legend>{t('seed.pickLocal')}</legend>
          {localCandidates.map((ref) => (
            <label key={ref} className="checkbox">
              <input type="checkbox" checked={picked.includes(ref)} onChange={(e) => toggle(ref, e.target.checked)} />
              <code>{ref}</code>
            </label>
          ))}
        </fieldset>
      )}
      {wantsHosted && (
        <label className="layout-pick">
          {t('seed.pickHosted')}
          <input
            list="layout-hosted-candidates"
            value={hosted}
            placeholder={SEED_HOSTED_REFS[0]}
            onChange={(e) => setHosted(e.target.value)}
          />
          <datalist id="layout-hosted-candidates">
            {hostedCandidates.map((ref) => (
              <option key={ref} value={ref} />
            ))}
          </datalist>
        </label>
      )}
      {'error' in result ? (
        <p className="error">{text(result.error)}</p>
      ) : (
        <>
          <ol className="layout-preview" aria-label={t('layouts.resultLabel')}>
            {result.chain.map((ref, i) => (
              <li key={ref}>
                <span className="chain-role">{i === 0 ? t('models.primary') : t('models.fallback', { n: i })}</span>{' '}
                <code>{ref}</code>
              </li>
            ))}
          </ol>
          {result.notes.map((note, i) => (
            <p key={i} className="hint">
              {text(note)}
            </p>
          ))}
        </>
      )}
    </Dialog>
  );
}

export function LayoutPresets({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const draft = useEditor((s) => s.draft);
  const [chosen, setChosen] = useState<Layout | null>(null);
  return (
    <div className="layouts">
      {LAYOUTS.map((layout) => (
        <button key={layout} type="button" disabled={disabled} onClick={() => setChosen(layout)}>
          <strong>{t(`layouts.${layout}.title`)}</strong>
          <span>{t(`layouts.${layout}.text`)}</span>
        </button>
      ))}
      {chosen && draft && <LayoutDialog layout={chosen} draft={draft} onClose={() => setChosen(null)} />}
    </div>
  );
}
