/**
 * "Import from server": pick rows from what the server lists; ids exactly as it names them, and
 * the context the server loaded each at — or, by choice, each model's maximum (shared/servers/import.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importableModels,
  importedContext,
  loadedBelowMax,
  modelRowFromProbe,
  type ImportContext,
} from '@shared/servers/import';
import { msg } from '@shared/i18n/message';
import type { ProbedModel } from '@shared/servers/probe-result';
import { Dialog } from '@renderer/components/Dialog';
import { useMessage } from '@renderer/i18n/useMessage';
import { useEditor } from '@renderer/stores';

export function ImportDialog({
  providerId,
  models,
  listed,
  onClose,
}: {
  providerId: string;
  models: ProbedModel[];
  listed: string[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const apply = useEditor((s) => s.apply);
  const candidates = importableModels(models, listed);
  const words = useMessage();
  const [chosen, setChosen] = useState<string[]>([]);
  const [context, setContext] = useState<ImportContext>('loaded');
  const toggle = (id: string, on: boolean) => setChosen(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <Dialog
      title={t('servers.importTitle', { provider: providerId })}
      onClose={onClose}
      confirm={{
        label: t('servers.importChosen', { count: chosen.length }),
        tone: 'primary',
        disabled: chosen.length === 0,
        onConfirm: () => {
          const rows = candidates.filter((m) => chosen.includes(m.id)).map((m) => modelRowFromProbe(m, context));
          if (apply(...rows.map((model) => ({ op: 'addModel' as const, provider: providerId, model })))) onClose();
        },
      }}
    >
      {loadedBelowMax(candidates) && (
        <fieldset className="import-context">
          <legend>{words(msg('forms.import.contextLegend'))}</legend>
          {(['loaded', 'max'] as const).map((choice) => (
            <label key={choice} className="checkbox">
              <input
                type="radio"
                name="import-context"
                value={choice}
                checked={context === choice}
                onChange={() => setContext(choice)}
              />
              {words(msg(`forms.import.context_${choice}`))}
            </label>
          ))}
        </fieldset>
      )}
      {candidates.length === 0 ? (
        <p>{t('servers.importNothing')}</p>
      ) : (
        <ul className="plain-list import-list" aria-label={t('servers.importTitle', { provider: providerId })}>
          {candidates.map((m) => (
            <li key={m.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(m.id)}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                />
                <code>{m.id}</code>
                {importedContext(m, context) && (
                  <span className="hint">{t('servers.context', { tokens: importedContext(m, context) })}</span>
                )}
                {m.vision && <span className="badge">{t('models.inputs.image')}</span>}
                {m.loaded && <span className="badge server-loaded">{t('servers.model.loaded')}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
