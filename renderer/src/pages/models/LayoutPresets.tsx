/** The guidance's three layouts as one-click presets, each showing the resulting chain before it is applied. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modelChain } from '../../../../shared/config/config-access';
import { LAYOUTS, type Layout } from '../../../../shared/config/layouts';
import { applyOperations, OperationError } from '../../../../shared/config/operations';
import { Dialog } from '../../components/Dialog';
import { useEditor } from '../../stores';
import { useMessage } from '../../i18n/useMessage';
import type { Message } from '../../../../shared/i18n/message';

function previewLayout(
  draft: Record<string, unknown>,
  layout: Layout,
): { chain: string[]; notes: string[] } | { error: Message } {
  try {
    const { config, notes } = applyOperations(draft, [{ op: 'applyLayout', layout }]);
    const { primary, fallbacks } = modelChain(config);
    return { chain: primary ? [primary, ...fallbacks] : fallbacks, notes };
  } catch (error) {
    if (error instanceof OperationError) return { error: error.text };
    throw error;
  }
}

export function LayoutPresets({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const text = useMessage();
  const { draft, apply } = useEditor();
  const [chosen, setChosen] = useState<Layout | null>(null);
  const result = chosen && draft ? previewLayout(draft, chosen) : null;
  return (
    <div className="layouts">
      {LAYOUTS.map((layout) => (
        <button key={layout} type="button" disabled={disabled} onClick={() => setChosen(layout)}>
          <strong>{t(`layouts.${layout}.title`)}</strong>
          <span>{t(`layouts.${layout}.text`)}</span>
        </button>
      ))}
      {chosen && result && (
        <Dialog
          title={t('layouts.previewTitle', { name: t(`layouts.${chosen}.title`) })}
          onClose={() => setChosen(null)}
          confirm={{
            label: t('layouts.apply'),
            tone: 'primary',
            disabled: 'error' in result,
            onConfirm: () => apply({ op: 'applyLayout', layout: chosen }) && setChosen(null),
          }}
        >
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
              {result.notes.map((note) => (
                <p key={note} className="hint">
                  {note}
                </p>
              ))}
            </>
          )}
        </Dialog>
      )}
    </div>
  );
}
