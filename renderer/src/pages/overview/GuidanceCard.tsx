/** The guidance's advice for this machine and this config, with a fix where the panel can apply one. */
import { useTranslation } from 'react-i18next';
import { agentDefaults } from '@shared/config/config-access';
import { localPrimaryFit, totalBudget } from '@shared/fit/config-fit';
import { guidance } from '@shared/fit/guidance';
import { Card } from '@renderer/components/Card';
import { servedModels } from '@shared/servers/probe-result';
import { useEditor, useHardware, useServers } from '@renderer/stores';
import { useMessage } from '@renderer/i18n/useMessage';

export function GuidanceCard() {
  const { t } = useTranslation();
  const text = useMessage();
  const { draft, apply, document } = useEditor();
  const { report, extraMachines } = useHardware();
  const statuses = useServers((s) => s.statuses);
  if (!draft) return null;
  const budget = totalBudget(report, extraMachines);
  const localPrimary = localPrimaryFit(draft, budget, servedModels(statuses));
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
