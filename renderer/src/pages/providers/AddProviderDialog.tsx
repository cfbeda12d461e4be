/**
 * Adds a provider from one of the presets (LM Studio, vLLM, … custom), with the guidance's
 * values filled in and what differs from the guidance's block said; the same edit also
 * writes `models.mode: "merge"` when the config has no mode (keepMergeMode). The server is
 * tried as its URL and key are typed (TryServer), and its models can come in the same edit.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODEL_APIS, type ModelApi } from '@shared/config/openclaw-schema';
import { PRESET_IDS, PRESETS, presetProvider, type PresetId } from '@shared/config/presets';
import { parseBaseUrl } from '@shared/forms/input-url';
import { msg } from '@shared/i18n/message';
import { Dialog } from '@renderer/components/Dialog';
import { useMessage } from '@renderer/i18n/useMessage';
import { useEditor } from '@renderer/stores';
import { importableModels, modelRowFromProbe, type ImportContext } from '@shared/servers/import';
import { TryServer, useServerTrial } from './TryServer';

/** A preset's field as the form's text (a non-text value shows as empty, never as "[object Object]"). */
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function AddProviderDialog({ existing, onClose }: { existing: string[]; onClose(): void }) {
  const { t } = useTranslation();
  const apply = useEditor((s) => s.apply);
  const message = useMessage();
  const [api, setApi] = useState(text(PRESETS.lmstudio.provider.api));
  const [preset, setPreset] = useState<PresetId>('lmstudio');
  const [id, setId] = useState(PRESETS.lmstudio.id);
  const [baseUrl, setBaseUrl] = useState(text(PRESETS.lmstudio.provider.baseUrl));
  const [apiKey, setApiKey] = useState(text(PRESETS.lmstudio.provider.apiKey));
  const choose = (next: PresetId) => {
    setPreset(next);
    setId(PRESETS[next].id);
    setBaseUrl(text(presetProvider(next).baseUrl));
    setApiKey(text(presetProvider(next).apiKey));
    setApi(text(presetProvider(next).api));
  };
  const idError = !/^[a-z0-9][a-z0-9._-]*$/.test(id)
    ? t('providers.add.idRule')
    : existing.includes(id)
      ? t('providers.add.idTaken', { id })
      : null;
  // An empty base URL is allowed (a bundled provider's default); anything typed must read as an http(s) URL.
  const url = baseUrl.trim() === '' ? null : parseBaseUrl(baseUrl);
  const urlError = url && !url.ok ? message(url.problem) : null;
  const urlFix = url && !url.ok ? url.suggestion : undefined;
  const blocked = idError ?? urlError;
  const trial = useServerTrial(url?.ok ? { baseUrl: url.value, apiKey: apiKey || undefined } : null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [importContext, setImportContext] = useState<ImportContext>('loaded');
  const importable = trial.state === 'answered' && !trial.probe.problem ? importableModels(trial.probe.models, []) : [];
  const submit = () => {
    if (blocked) return;
    const provider = presetProvider(preset, id, {
      baseUrl: url?.ok ? url.value : undefined,
      apiKey: apiKey || undefined,
      api: (api || undefined) as ModelApi | undefined,
    });
    if (!url) delete provider.baseUrl;
    if (!api) delete provider.api;
    // The models picked from what the server answered, each at the context it loaded them with.
    const rows = importable.filter((m) => chosen.includes(m.id)).map((m) => modelRowFromProbe(m, importContext));
    if (rows.length > 0) provider.models = rows;
    if (apply({ op: 'keepMergeMode' }, { op: 'addProvider', id, provider })) onClose();
  };
  return (
    <Dialog
      title={t('providers.add.title')}
      onClose={onClose}
      confirm={{ label: t('providers.add.submit'), tone: 'primary', disabled: !!blocked, onConfirm: submit }}
    >
      <div className="form-stack">
        <label>
          {t('providers.add.preset')}
          <select value={preset} onChange={(e) => choose(e.target.value as PresetId)}>
            {PRESET_IDS.map((p) => (
              <option key={p} value={p}>
                {t(`providers.presets.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {PRESETS[preset].differences.length > 0 && (
          <div className="hint" data-testid="preset-differences">
            <span>{t('seed.presetDiffers')}</span>
            <ul className="plain-list">
              {PRESETS[preset].differences.map((d) => (
                <li key={d.code}>{message(d)}</li>
              ))}
            </ul>
          </div>
        )}
        <label>
          {t('providers.add.id')}
          <input value={id} onChange={(e) => setId(e.target.value)} aria-invalid={idError ? true : undefined} />
          {idError && <span className="field-error">{idError}</span>}
        </label>
        <label>
          {t('providers.fields.baseUrl')}
          <input
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
            placeholder={t('providers.fields.baseUrlBundled')}
            aria-invalid={urlError ? true : undefined}
          />
          {urlError && (
            <span className="field-error" role="alert">
              {urlError}
            </span>
          )}
        </label>
        {urlFix && (
          <button type="button" className="link" onClick={() => setBaseUrl(urlFix)}>
            {message(msg('forms.use', { value: urlFix }))}
          </button>
        )}
        <label>
          {t('providers.fields.apiKey')}
          <input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
          <span className="hint">{t('providers.add.keyHint')}</span>
        </label>
        <TryServer
          trial={trial}
          api={api}
          onUseCompletions={() => setApi('openai-completions')}
          importable={importable}
          chosen={chosen}
          onChoose={setChosen}
          context={importContext}
          onContext={setImportContext}
        />
        <label>
          {t('providers.fields.api')}
          <select value={api} onChange={(e) => setApi(e.target.value)}>
            <option value="">{t('layout.notSet')}</option>
            {MODEL_APIS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      </div>
    </Dialog>
  );
}
