/**
 * Local servers on the Overview: the tray's own menu (status line per server, and per
 * model Warm now / Reload / Keep warm) rendered as buttons — the headless panel's tray —
 * and the keep-warm log of what was sent when.
 */
import { useTranslation } from 'react-i18next';
import { chainLocalRefs } from '@shared/config/local-refs';
import { trayModel, type TrayItem } from '@shared/tray/tray-model';
import { trayStateFrom } from '@shared/tray/tray-state';
import { Card } from '@renderer/components/Card';
import { useFailure, useMessage } from '@renderer/i18n/useMessage';
import { useEditor, useServers } from '@renderer/stores';

export function ServersCard() {
  const { t } = useTranslation();
  const text = useMessage();
  const { statuses, keepWarm, error, act, setKeepWarm } = useServers();
  const shown = useFailure();
  const draft = useEditor((s) => s.draft);
  const model = trayModel(trayStateFrom(statuses, keepWarm.kept, chainLocalRefs(draft)));
  const modelsMenu = model.items.find(
    (item): item is Extract<TrayItem, { type: 'submenu' }> => item.type === 'submenu',
  );
  if (statuses.length === 0 && !modelsMenu) return null;
  return (
    <Card title={t('servers.title')}>
      {error && <p className="error">{shown(error)}</p>}
      <ul className="plain-list" aria-label={t('servers.title')}>
        {model.items
          .filter((item): item is Extract<TrayItem, { type: 'status' }> => item.type === 'status')
          .map((item) => (
            <li key={JSON.stringify(item.label)} data-testid="server-line">
              {text(item.label)}
            </li>
          ))}
      </ul>
      {modelsMenu && (
        <table className="warm-table" aria-label={t('servers.models')}>
          <tbody>
            {modelsMenu.items.map((entry) => {
              if (entry.type !== 'submenu') return null;
              const actions = entry.items.filter(
                (i): i is Extract<TrayItem, { type: 'action' }> => i.type === 'action',
              );
              const status = entry.items.find((i) => i.type === 'status');
              return (
                <tr key={entry.ref} data-testid="warm-row">
                  <th scope="row">
                    <code>{entry.ref}</code>
                    {status && status.type === 'status' && <div className="hint">{text(status.label)}</div>}
                  </th>
                  {actions.map((action) => {
                    const a = action.action;
                    if (a.kind === 'toggle-keep-warm') {
                      return (
                        <td key="keep">
                          <label className="checkbox">
                            <input
                              type="checkbox"
                              checked={!!action.checked}
                              onChange={(e) => void setKeepWarm(a.ref, e.target.checked)}
                            />
                            {t('servers.keepWarm')}
                          </label>
                        </td>
                      );
                    }
                    if (a.kind !== 'warm' && a.kind !== 'reload') return null;
                    return (
                      <td key={a.kind}>
                        <button type="button" onClick={() => void act(a.kind, a.ref)}>
                          {a.kind === 'warm' ? t('servers.warmNow') : t('servers.reload')}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {keepWarm.log.length > 0 && (
        <>
          <h3 className="subhead">{t('servers.log')}</h3>
          <ol className="warm-log" aria-label={t('servers.log')}>
            {keepWarm.log.slice(0, 12).map((entry, i) => (
              <li key={`${entry.at}-${i}`} className={entry.result === 'error' ? 'error' : undefined}>
                <time>{new Date(entry.at).toLocaleTimeString()}</time> <code>{entry.ref}</code> {entry.method} ·{' '}
                {entry.result}
                {entry.latencyMs !== null && ` · ${entry.latencyMs} ms`} — {text(entry.text)}
              </li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}
