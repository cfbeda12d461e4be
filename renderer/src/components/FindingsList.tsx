/** The config's findings (broken refs, the known traps), most
important first, each with its fix when there is one. */
import { useTranslation } from 'react-i18next';
import type { Finding } from '@shared/rules/finding';
import { ruleLine } from '@shared/rules/sources';
import { useEditor } from '../stores';
import { useMessage } from '../i18n/useMessage';

export function FindingsList({ findings, disabled }: { findings: Finding[]; disabled: boolean }) {
  const { t } = useTranslation();
  const text = useMessage();
  const apply = useEditor((s) => s.apply);
  if (findings.length === 0) return <p className="hint">{t('findings.none')}</p>;
  return (
    <ul className="findings" aria-label={t('findings.title')}>
      {findings.map((finding) => {
        const rule = finding.ruleLine ?? ruleLine(finding.code);
        return (
          <li
            key={`${finding.code}@${finding.path}`}
            className={`finding finding-${finding.severity}`}
            data-code={finding.code}
          >
            <span className={`badge badge-${finding.severity}`}>{t(`findings.severity.${finding.severity}`)}</span>
            {/* The rule line sits under its finding, so the sentence keeps the row's width. */}
            <div className="finding-body">
              <span className="finding-text">{text(finding.message)}</span>
              {rule && (
                <small className="finding-rule" data-testid="finding-rule">
                  {text(rule)}
                </small>
              )}
            </div>
            {finding.fix && (
              <button type="button" disabled={disabled} onClick={() => apply(...finding.fix!.operations)}>
                {text(finding.fix.label)}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
