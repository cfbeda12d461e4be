/** The guidance's advice for this machine and this config, with a fix where the panel can apply one. */
import { useTranslation } from 'react-i18next';
import { agentDefaults } from '@shared/config/config-access';
import { localPrimaryEntry } from '@shared/fit/config-fit';
import { guidance } from '@shared/fit/guidance';
import { Card } from '@renderer/components/Card';
import { requestOfRow, useFitAnswers } from '@renderer/components/fit-answers';
import { useEditor, useFits, useHardware } from '@renderer/stores';
import { useMessage } from '@renderer/i18n/useMessage';

export function GuidanceCard() {
  const { t } = useTranslation();
  const text = useMessage();
  const { draft, apply, document } = useEditor();
  const report = useHardware((s) => s.report);
  const gguf = useFits((s) => s.gguf);
  // The primary's fit as every other view shows it (the services size it).
  const entry = draft ? localPrimaryEntry(draft) : null;
  const request = entry
    ? entry.providerKey && entry.row
      ? requestOfRow(entry.providerKey, entry.row, gguf)
      : { model: entry.ref }
    : null;
  const [shown] = useFitAnswers(request ? [request] : []);
  if (!draft) return null;
  const fit = shown?.answer?.fit ?? null;
  const localPrimary = entry && fit ? { ref: entry.ref, modelId: entry.modelId, fit } : null;
  const advice = guidance({
    hardware: report,
    localPrimary,
    compactionConfigured: agentDefaults(draft).compaction !== undefined,
  });
  if (advice.length === 0) return null;
  return (
    <Card title={t('guidance.title')}>
      <ul className="findings" aria-label={t('guidance.title')}>
        {advice.map((item) => (
          <li key={item.code} className="finding" data-code={item.code}>
            <span className="finding-text finding-body">{text(item.message)}</span>
            {item.fix && (
              <button type="button" disabled={document?.readOnly} onClick={() => apply(...item.fix!.operations)}>
                {text(item.fix.label)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
