/**
 * The fallback drill in the check-up: the Drill button, then one row per chain entry — reached or
 * not, answers or not, why — and each step's verdict with its evidence; the first entry that would not
 * be reached is named above the rows. A step's fix goes to the pending edits like a check-up fix.
 */
import { msg } from '@shared/i18n/message';
import type { DrillEntry } from '@shared/rules/drill/report';
import { useMessage } from '@renderer/i18n/useMessage';
import { useCheckup, useEditor } from '@renderer/stores';

const TONE = { pass: 'badge-ok', warn: 'badge-warning', fail: 'badge-error', skip: 'badge-info' } as const;

function DrillRow({ entry, disabled }: { entry: DrillEntry; disabled: boolean }) {
  const m = useMessage();
  const apply = useEditor((s) => s.apply);
  const answers = entry.answers === null ? 'notAsked' : entry.answers ? 'answers' : 'silent';
  return (
    <li
      data-testid="drill-entry"
      data-ref={entry.ref}
      data-reached={entry.reached}
      data-answers={String(entry.answers)}
    >
      <p>
        <code>{entry.ref}</code> <span className="hint">{m(msg(`checkup.panel.role.${entry.role}`))}</span>{' '}
        <span className={`badge ${entry.reached ? 'badge-ok' : 'badge-error'}`}>
          {m(msg(entry.reached ? 'drill.panel.reached' : 'drill.panel.notReached'))}
        </span>{' '}
        <span
          className={`badge ${answers === 'answers' ? 'badge-ok' : answers === 'silent' ? 'badge-error' : 'badge-info'}`}
        >
          {m(msg(`drill.panel.${answers}`))}
        </span>
      </p>
      {entry.why && <p className="drill-why">{m(entry.why)}</p>}
      <ul className="plain-list checkup-evidence">
        {entry.steps.map((step) => (
          <li key={step.id} data-step={step.id} data-status={step.status}>
            <span className={`badge ${TONE[step.status]}`}>{m(msg(`checkup.status.${step.status}`))}</span>{' '}
            <strong>{m(msg(`drill.step.${step.id}`))}</strong> — {m(step.summary)}
            {step.status !== 'pass' && step.status !== 'skip' && step.evidence.length > 0 && (
              <ul className="plain-list">
                {step.evidence.map((line, i) => (
                  <li key={i}>{m(line)}</li>
                ))}
              </ul>
            )}
            {step.fix && (step.status === 'fail' || step.status === 'warn') && (
              <button type="button" disabled={disabled} onClick={() => apply(...step.fix!.operations)}>
                {m(step.fix.label)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The Drill button (for the check-up's actions row). */
export function DrillButton() {
  const m = useMessage();
  const { drilling, runDrill } = useCheckup();
  return (
    <button type="button" disabled={drilling} onClick={() => void runDrill()}>
      {m(msg(drilling ? 'drill.panel.running' : 'drill.panel.run'))}
    </button>
  );
}

/** The latest drill's report, when one ran. */
export function DrillReportView({ disabled }: { disabled: boolean }) {
  const m = useMessage();
  const report = useCheckup((s) => s.drill);
  if (!report) return null;
  return (
    <section className="drill" aria-label={m(msg('drill.panel.title'))} data-testid="drill">
      <h3>{m(msg('drill.panel.title'))}</h3>
      <p data-testid="drill-verdict">{m(report.verdict)}</p>
      <p className="hint">
        {m(
          report.openclawVersion
            ? msg('drill.panel.judgedFor', { version: report.openclawVersion })
            : msg('drill.panel.versionUnknown'),
        )}
      </p>
      <ol className="plain-list">
        {report.entries.map((entry) => (
          <DrillRow key={entry.ref} entry={entry} disabled={disabled} />
        ))}
      </ol>
    </section>
  );
}
