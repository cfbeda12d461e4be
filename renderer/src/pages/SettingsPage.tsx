/** Settings: language (follow the OS or pick one) and appearance. */
import { useTranslation } from 'react-i18next';
import { Card } from '../components/Card';
import { storedLanguageChoice, type Language } from '../i18n';
import { saveLanguageChoice } from '../i18n/language-setting';
import { api } from '../api';
import { DesktopSettingsSection } from './settings/DesktopSettings';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  return (
    <div className="page">
      <Card title={t('settings.title')}>
        <label className="form-row">
          <span>{t('settings.language')}</span>
          <select
            // Re-read when the language changes elsewhere (another window).
            key={i18n.language}
            defaultValue={storedLanguageChoice() ?? 'system'}
            onChange={(e) =>
              void saveLanguageChoice(api, e.target.value === 'system' ? null : (e.target.value as Language))
            }
          >
            <option value="system">{t('settings.languageSystem')}</option>
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </label>
        <p className="form-row">
          <span>{t('settings.theme')}</span>
          <span className="hint">{t('settings.themeHint')}</span>
        </p>
      </Card>
      <Card title={t('settings.desktop')}>
        <DesktopSettingsSection />
      </Card>
    </div>
  );
}
