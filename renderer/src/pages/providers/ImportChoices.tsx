/**
 * The models a server lists, to tick for import (Import from server, and Add provider's trial):
 * each id exactly as the server names it, the context it would be written with, vision and loaded
 * badges, and — where a model is loaded below its maximum — the choice of the loaded context or the maximum.
 */
import { useTranslation } from 'react-i18next';
import { importedContext, loadedBelowMax, type ImportContext } from '@shared/servers/import';
import { msg } from '@shared/i18n/message';
import type { ProbedModel } from '@shared/servers/probe-result';
import { useMessage } from '@renderer/i18n/useMessage';

export function ImportChoices({
  models,
  chosen,
  onChoose,
  context,
  onContext,
  label,
}: {
  models: ProbedModel[];
  chosen: string[];
  onChoose(ids: string[]): void;
  context: ImportContext;
  onContext(context: ImportContext): void;
  /** The list's accessible name. */
  label: string;
}) {
  const { t } = useTranslation();
  const words = useMessage();
  const toggle = (id: string, on: boolean) => onChoose(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <>
      {loadedBelowMax(models) && (
        <fieldset className="import-context">
          <legend>{words(msg('forms.import.contextLegend'))}</legend>
          {(['loaded', 'max'] as const).map((choice) => (
            <label key={choice} className="checkbox">
              <input
                type="radio"
                name="import-context"
                value={choice}
                checked={context === choice}
                onChange={() => onContext(choice)}
              />
              {words(msg(`forms.import.context_${choice}`))}
            </label>
          ))}
        </fieldset>
      )}
      <ul className="plain-list import-list" aria-label={label}>
        {models.map((m) => (
          <li key={m.id}>
            <label className="checkbox">
              <input type="checkbox" checked={chosen.includes(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
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
    </>
  );
}
