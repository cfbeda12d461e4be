/** The doctor on the Overview: every finding, most important first, with a Fix button where the panel can apply one. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@shared/api/contract';
import { api } from '@renderer/api';
import { msg } from '@shared/i18n/message';
import { useFailure, useMessage } from '@renderer/i18n/useMessage';
import { failure, type Failure } from '@renderer/stores/failure';
import { Card } from '@renderer/components/Card';
import { FindingsList } from '@renderer/components/FindingsList';
import { useAppStore, useEditor } from '@renderer/stores';

type Report = CallOutput<'runDoctor'>;

/** No config yet and nothing else to say: the panel's start, not an error (the CLI's doctor still reports it). */
const isWelcome = (report: Report) =>
  report.findings.length > 0 && report.findings.every((f) => f.code === 'config-missing');

export function DoctorCard() {
  const { t } = useTranslation();
  const [report, setReport] = useState<Report | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const shown = useFailure();
  const words = useMessage();
  const { document, pending } = useEditor();
  const run = async () => {
    setRunning(true);
    try {
      setReport(await api.runDoctor());
      setError(null);
    } catch (e) {
      setError(failure(e));
    } finally {
      setRunning(false);
    }
  };
  // Run once, and again after each save (the document's hash changes).
  const hash = document?.hash;
  useEffect(() => {
    let cancelled = false;
    api.runDoctor().then(
      (next) => !cancelled && setReport(next),
      (e: unknown) => !cancelled && setError(failure(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [hash]);
  return (
    <Card
      title={t('doctor.title')}
      actions={
        <button type="button" disabled={running} onClick={() => void run()}>
          {running ? t('doctor.running') : t('doctor.run')}
        </button>
      }
    >
      {error && <p className="error">{shown(error)}</p>}
      {!report && !error && (
        <p className="hint" role="status" data-testid="doctor-running">
          {words(msg('groups.running'))}
        </p>
      )}
      {report && isWelcome(report) && (
        <div className="welcome" data-testid="welcome">
          <p>
            <strong>{words(msg('welcome.title'))}</strong>
          </p>
          <p>{words(msg('welcome.body', { path: report.findings[0]!.path }))}</p>
          <button type="button" className="primary" onClick={() => useAppStore.getState().setPage('providers')}>
            {words(msg('welcome.start'))}
          </button>
        </div>
      )}
      {report && !isWelcome(report) && (
        <>
          {pending.length > 0 && <p className="hint">{t('doctor.pending')}</p>}
          <div data-testid="doctor">
            <FindingsList findings={report.findings} disabled={!document || document.readOnly} />
          </div>
        </>
      )}
    </Card>
  );
}
