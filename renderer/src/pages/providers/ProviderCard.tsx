/** One provider: its connection fields, credential (masked), its model rows, and the `$include`d file it lives in. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODEL_APIS, providerSchema } from '@shared/config/openclaw-schema';
import { providerLocation } from '@shared/config/provider-kind';
import { describeCredential } from '@shared/config/secrets';
import { checkTimeoutSeconds } from '@shared/forms/input-limits';
import { parseBaseUrl } from '@shared/forms/input-url';
import { sourceFilesOf } from '@shared/config/include-sources';
import { NumberField, TextField } from '@renderer/components/fields';
import { useEditor, useOpenClaw } from '@renderer/stores';
import { EnumSelect } from './EnumSelect';
import { ModelRows } from './ModelRows';
import { ServerModelFits } from './ServerModelFits';
import { ServerStatus } from './ServerStatus';

const COLLAPSE_ABOVE = 25;

function CredentialField({ id, value, disabled }: { id: string; value: unknown; disabled: boolean }) {
  const { t } = useTranslation();
  const apply = useEditor((s) => s.apply);
  const [editing, setEditing] = useState(false);
  const view = describeCredential(value);
  const shown =
    view.kind === 'none'
      ? t('providers.key.none')
      : view.kind === 'plain'
        ? view.masked
        : view.kind === 'env'
          ? t('providers.key.env', { name: view.variable })
          : t('providers.key.secretRef', { source: view.source, id: view.id });
  return (
    <div className="form-field">
      <span className="label">{t('providers.fields.apiKey')}</span>
      {editing ? (
        <TextField
          label={t('providers.key.new')}
          path={`models.providers.${id}.apiKey`}
          type="password"
          value={undefined}
          placeholder={t('providers.key.placeholder')}
          onCommit={(next) => {
            if (next !== undefined) apply({ op: 'updateProvider', id, set: { apiKey: next } });
            setEditing(false);
          }}
        />
      ) : (
        <span className="credential">
          <code data-testid={`credential-${id}`}>{shown}</code>
          <button type="button" disabled={disabled} onClick={() => setEditing(true)}>
            {t('providers.key.change')}
          </button>
        </span>
      )}
    </div>
  );
}

export function ProviderCard({
  id,
  provider,
  disabled,
  onRename,
  onDelete,
}: {
  id: string;
  provider: Record<string, unknown>;
  disabled: boolean;
  onRename(): void;
  onDelete(): void;
}) {
  const { t } = useTranslation();
  // The `api` values the installed OpenClaw accepts (its schema), else the pinned release's.
  const apis = useOpenClaw((state) => state.help?.apis) ?? MODEL_APIS;
  const apply = useEditor((s) => s.apply);
  const models = Array.isArray(provider.models) ? (provider.models as Record<string, unknown>[]) : [];
  const [open, setOpen] = useState(models.length <= COLLAPSE_ABOVE);
  const location = providerLocation(id, provider);
  // A joined string, not an array: the selector's result must compare equal between renders.
  const sourceFile = useEditor((s) =>
    s.document ? (sourceFilesOf(['models', 'providers', id], s.document.sources)?.join(', ') ?? null) : null,
  );
  // The model rows may live in a file of their own (`models: { $include: "./rows.json5" }`).
  const modelsFile = useEditor((s) =>
    s.document ? (sourceFilesOf(['models', 'providers', id, 'models'], s.document.sources)?.join(', ') ?? null) : null,
  );
  const base = `models.providers.${id}`;
  const set = (field: string) => (value: unknown) =>
    apply({ op: 'updateProvider', id, set: { [field]: value ?? null } });
  const headers = provider.headers && typeof provider.headers === 'object' ? Object.keys(provider.headers) : [];
  return (
    <section
      className="card provider-card"
      aria-label={t('providers.cardLabel', { id })}
      data-testid={`provider-${id}`}
    >
      <header className="card-header">
        <h2>
          <code className="provider-id">{id}</code>{' '}
          <span className={`badge badge-${location}`}>{t(`providers.location.${location}`)}</span>
          {sourceFile && (
            <>
              {' '}
              <span
                className="badge badge-source"
                data-testid={`provider-source-${id}`}
                title={t('providers.sourceHint', { file: sourceFile })}
              >
                {t('providers.source', { file: sourceFile })}
              </span>
            </>
          )}
        </h2>
        <div className="row-actions">
          <button type="button" disabled={disabled} onClick={onRename}>
            {t('providers.rename')}
          </button>
          <button type="button" disabled={disabled} onClick={onDelete}>
            {t('providers.delete')}
          </button>
        </div>
      </header>
      <div className="card-body">
        <fieldset disabled={disabled} className="field-grid">
          <TextField
            label={t('providers.fields.baseUrl')}
            path={`${base}.baseUrl`}
            value={provider.baseUrl as string | undefined}
            schema={providerSchema.shape.baseUrl}
            parse={parseBaseUrl}
            placeholder={t('providers.fields.baseUrlBundled')}
            onCommit={set('baseUrl')}
          />
          <EnumSelect
            label={t('providers.fields.api')}
            path={`${base}.api`}
            value={provider.api as string | undefined}
            options={apis}
            unsetLabel={t('layout.notSet')}
            onCommit={set('api')}
          />
          <NumberField
            label={t('providers.fields.timeoutSeconds')}
            path={`${base}.timeoutSeconds`}
            value={provider.timeoutSeconds as number | undefined}
            schema={providerSchema.shape.timeoutSeconds}
            unit="seconds"
            check={checkTimeoutSeconds}
            onCommit={set('timeoutSeconds')}
          />
          <NumberField
            label={t('providers.fields.maxTokens')}
            path={`${base}.maxTokens`}
            value={provider.maxTokens as number | undefined}
            schema={providerSchema.shape.maxTokens}
            unit="tokens"
            onCommit={set('maxTokens')}
          />
          <CredentialField id={id} value={provider.apiKey} disabled={disabled} />
          {headers.length > 0 && (
            <div className="form-field">
              <span className="label">{t('providers.fields.headers')}</span>
              <span>{headers.join(', ')}</span>
            </div>
          )}
        </fieldset>
        {location !== 'hosted' && (
          <ServerStatus providerId={id} listed={models.map((m) => String(m.id))} disabled={disabled} />
        )}
        {/* Collapsed with the rows above COLLAPSE_ABOVE models: sized only when shown (a card of 200 is 200 answers). */}
        {location !== 'hosted' && open && <ServerModelFits providerId={id} configured={models} />}
        <div className="models-header">
          <h3>{t('providers.models.title', { count: models.length })}</h3>
          {modelsFile && modelsFile !== sourceFile && (
            <span
              className="badge badge-source"
              data-testid={`models-source-${id}`}
              title={t('providers.sourceHint', { file: modelsFile })}
            >
              {t('providers.source', { file: modelsFile })}
            </span>
          )}
          {models.length > COLLAPSE_ABOVE && (
            <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? t('providers.models.hide') : t('providers.models.show', { count: models.length })}
            </button>
          )}
        </div>
        {open && <ModelRows providerId={id} models={models} disabled={disabled} local={location !== 'hosted'} />}
      </div>
    </section>
  );
}
