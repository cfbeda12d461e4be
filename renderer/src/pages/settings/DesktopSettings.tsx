/** The desktop app's own settings: menu-bar only (no Dock icon) and open at login, with macOS's approval state. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@shared/api/contract';
import { api } from '@renderer/api';
import { useFailure } from '@renderer/i18n/useMessage';
import { failure, type Failure } from '@renderer/stores/failure';

type DesktopSettings = CallOutput<'getDesktopSettings'>;

export function DesktopSettingsSection() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<DesktopSettings | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const shown = useFailure();
  useEffect(() => {
    api.getDesktopSettings().then(setSettings, (e: unknown) => setError(failure(e)));
  }, []);
  if (error) return <p className="error">{shown(error)}</p>;
  if (!settings) return null;
  if (!settings.available) {
    return (
      <p className="hint" data-testid="desktop-unavailable">
        {t('settings.desktopOnly')}
      </p>
    );
  }
  const change = (patch: { menuBarOnly?: boolean; openAtLogin?: boolean }) =>
    api.setDesktopSettings(patch).then(setSettings, (e: unknown) => setError(failure(e)));
  return (
    <>
      <label className="form-row checkbox">
        <input
          type="checkbox"
          checked={settings.menuBarOnly}
          onChange={(e) => void change({ menuBarOnly: e.target.checked })}
        />
        {t('settings.menuBarOnly')}
      </label>
      <label className="form-row checkbox">
        <input
          type="checkbox"
          checked={settings.openAtLogin}
          disabled={settings.loginItemStatus === 'unsupported'}
          onChange={(e) => void change({ openAtLogin: e.target.checked })}
        />
        {t('settings.openAtLogin')}
        {settings.loginItemStatus === 'requires-approval' && (
          <span className="field-warning"> {t('settings.requiresApproval')}</span>
        )}
      </label>
    </>
  );
}
