/** Overview: which OpenClaw Claw Control follows (path, how it was found, version, schema), and pointing at another. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Field } from '@renderer/components/Card';
import { useFailure, useMessage } from '@renderer/i18n/useMessage';
import { useOpenClaw } from '@renderer/stores';

export function OpenClawCard() {
  const { t } = useTranslation();
  const message = useMessage();
  const { info, error, busy, load, setPath } = useOpenClaw();
  const shown = useFailure();
  const [typed, setTyped] = useState('');
  useEffect(() => {
    if (!info) void load();
  }, [info, load]);
  return (
    <Card
      title={t('openclaw.title')}
      actions={
        <button type="button" onClick={() => void load()} disabled={busy}>
          {t('common.refresh')}
        </button>
      }
    >
      {!info && !error && <p className="hint">{t('common.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {shown(error)}
        </p>
      )}
      {info && (
        <dl>
          <Field label={t('openclaw.binary')} testId="openclaw-path">
            {info.path ? <code>{info.path}</code> : t('openclaw.notFound')}
          </Field>
          {info.source && (
            <Field label={t('config.source')} testId="openclaw-source">
              {t(`openclaw.sources.${info.source}`)}
            </Field>
          )}
          <Field label={t('openclaw.version')} testId="openclaw-version">
            {info.version ?? t('openclaw.unknown')}
          </Field>
          <Field label={t('openclaw.schema')} testId="openclaw-schema">
            {info.schema.source === 'bundled'
              ? t('openclaw.schemaBundled', { version: info.schema.version })
              : t('openclaw.schemaInstalled', { version: info.schema.version })}
          </Field>
        </dl>
      )}
      {info?.problem && <p className="hint">{message(info.problem)}</p>}
      {info?.path && info.schema.note && (
        <p className="hint" data-testid="openclaw-schema-note">
          {message(info.schema.note)}
        </p>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) void setPath(typed.trim());
        }}
      >
        <label htmlFor="openclaw-path-input">{t('openclaw.useOther')}</label>
        <input
          id="openclaw-path-input"
          value={typed}
          placeholder="/opt/homebrew/bin/openclaw"
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit" disabled={busy || !typed.trim()}>
          {t('openclaw.use')}
        </button>
        {info?.configuredPath && (
          <button type="button" disabled={busy} onClick={() => void setPath(null)}>
            {t('openclaw.auto')}
          </button>
        )}
      </form>
    </Card>
  );
}
