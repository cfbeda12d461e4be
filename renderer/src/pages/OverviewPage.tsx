/** Overview: which OpenClaw config is in use, whether it parses, and what it holds. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfigSummary } from '@shared/api/schemas/config-summary';
import { msg } from '@shared/i18n/message';
import { Card, Field } from '../components/Card';
import { useMessage } from '../i18n/useMessage';
import { useAppStore, useEditor } from '../stores';
import { DoctorCard } from './overview/DoctorCard';
import { GuidanceCard } from './overview/GuidanceCard';
import { HardwareCard } from './overview/HardwareCard';
import { MachinesCard } from './overview/MachinesCard';
import { OpenClawCard } from './overview/OpenClawCard';
import { QuoteRepair } from './overview/QuoteRepair';
import { ServersCard } from './overview/ServersCard';

function ConfigCard({ config }: { config: ConfigSummary }) {
  const { t } = useTranslation();
  const text = useMessage();
  const refresh = useAppStore((s) => s.refresh);
  const setPage = useAppStore((s) => s.setPage);
  const s = config.summary;
  return (
    <Card
      title={t('config.title')}
      actions={
        <button type="button" onClick={() => void refresh()}>
          {t('common.refresh')}
        </button>
      }
    >
      <dl>
        <Field label={t('config.path')} testId="config-path">
          <code>{config.path}</code>
        </Field>
        <Field label={t('config.source')} testId="config-source">
          {text(msg(`listing.info.source.${config.source}`))}
        </Field>
        <Field label={t('config.stateLabel')} testId="config-state">
          <span className={`badge badge-${config.state}`}>{t(`config.state.${config.state}`)}</span>
        </Field>
      </dl>
      {config.state === 'missing' && <p className="hint">{t('config.missingHint')}</p>}
      {config.parseError && (
        <p className="error" role="alert" data-testid="config-parse-error">
          {config.parseError.line !== null
            ? t('config.parseErrorAt', { ...config.parseError })
            : t('config.parseErrorNoPos', { message: config.parseError.message })}
        </p>
      )}
      {config.state === 'malformed' && (
        <button type="button" onClick={() => setPage('repair')}>
          {t('msg.repair.open')}
        </button>
      )}
      {config.parseError?.typographicQuotes && <QuoteRepair explanation={config.parseError.typographicQuotes} />}
      {config.ioError && (
        <p className="error" role="alert">
          {config.ioError}
        </p>
      )}
      {config.readOnly && config.readOnlyReason && (
        <p className="hint">{t('config.readOnly', { reason: text(config.readOnlyReason) })}</p>
      )}
      {s && (
        <dl>
          <Field label={t('config.providers')} testId="summary-providers">
            {s.providerIds.length ? s.providerIds.join(', ') : t('common.none')}
          </Field>
          <Field label={t('config.models')} testId="summary-models">
            {s.modelCount}
          </Field>
          <Field label={t('config.primary')} testId="summary-primary">
            {s.primary ? <code>{s.primary}</code> : t('common.notSet')}
          </Field>
          <Field label={t('config.fallbacks')} testId="summary-fallbacks">
            {s.fallbacks.length}
          </Field>
          {s.mode && (
            <Field label={t('config.mode')} testId="summary-mode">
              <code>{s.mode}</code>
            </Field>
          )}
        </dl>
      )}
    </Card>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const { config, appInfo } = useAppStore();
  const { document, loadError, load } = useEditor();
  useEffect(() => {
    if (config?.state === 'ok' && !document && !loadError) void load();
  }, [config?.state, document, loadError, load]);
  return (
    <div className="page">
      {config && <ConfigCard config={config} />}
      <OpenClawCard />
      <DoctorCard />
      <ServersCard />
      <GuidanceCard />
      <HardwareCard />
      <MachinesCard />
      {appInfo && (
        <Card title={t('about.title')}>
          <dl>
            <Field label={t('about.version')}>{appInfo.version}</Field>
            <Field label={t('about.host')}>{t(`about.hosts.${appInfo.host}`)}</Field>
            <Field label={t('about.platform')}>
              {appInfo.platform}/{appInfo.arch}
            </Field>
          </dl>
        </Card>
      )}
    </div>
  );
}
