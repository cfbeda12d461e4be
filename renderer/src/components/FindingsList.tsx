/**
 * The config's findings (broken refs, the known traps), most important first, each with its fix
 * when there is one. Findings of one rule are one group with its count, collapsed (hundreds of the
 * same finding at 10,000 models would bury the others); a rule found once shows as itself.
 */
import { useTranslation } from 'react-i18next';
import { msg } from '@shared/i18n/message';
import type { Finding } from '@shared/rules/finding';
import { ruleLine } from '@shared/rules/sources';
import { useEditor } from '../stores';
import { useMessage } from '../i18n/useMessage';

/** The findings by rule, in the order each rule first appears (the list is already most important first). */
export function groupByRule(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.code);
    if (group) group.push(finding);
    else groups.set(finding.code, [finding]);
  }
  return [...groups.values()];
}

function FindingItem({ finding, disabled }: { finding: Finding; disabled: boolean }) {
  const { t } = useTranslation();
  const text = useMessage();
  const apply = useEditor((s) => s.apply);
  const rule = finding.ruleLine ?? ruleLine(finding.code);
  return (
    <li className={`finding finding-${finding.severity}`} data-code={finding.code}>
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
}

function FindingGroup({ findings, disabled }: { findings: Finding[]; disabled: boolean }) {
  const { t } = useTranslation();
  const text = useMessage();
  const first = findings[0]!;
  return (
    <li className={`finding-group finding-${first.severity}`} data-group={first.code}>
      <details>
        <summary>
          <span className={`badge badge-${first.severity}`}>{t(`findings.severity.${first.severity}`)}</span>{' '}
          <span className="badge badge-info finding-count">
            {text(msg('groups.count', { count: findings.length }))}
          </span>{' '}
          <span className="finding-text">{text(first.message)}</span>{' '}
          <span className="hint">{text(msg('groups.more', { count: findings.length - 1 }))}</span>
        </summary>
        <ul className="findings">
          {findings.map((finding) => (
            <FindingItem key={`${finding.code}@${finding.path}`} finding={finding} disabled={disabled} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export function FindingsList({ findings, disabled }: { findings: Finding[]; disabled: boolean }) {
  const { t } = useTranslation();
  if (findings.length === 0) return <p className="hint">{t('findings.none')}</p>;
  return (
    <ul className="findings" aria-label={t('findings.title')}>
      {groupByRule(findings).map((group) =>
        group.length === 1 ? (
          <FindingItem key={`${group[0]!.code}@${group[0]!.path}`} finding={group[0]!} disabled={disabled} />
        ) : (
          <FindingGroup key={group[0]!.code} findings={group} disabled={disabled} />
        ),
      )}
    </ul>
  );
}
