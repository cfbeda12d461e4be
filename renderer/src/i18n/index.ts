/**
 * i18next setup: English and Simplified Chinese, following the OS language unless the
 * user picked one in Settings (saved in the app's settings, see language-setting.ts, and
 * cached in localStorage so the first frame is already in that language).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';
import { messageStrings } from '@locales/messages';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'claw-control.language';

export function systemLanguage(): Language {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  return preferred.some((lang) => lang?.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export function storedLanguageChoice(): Language | null {
  const stored = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : null;
}

/** Speaks `choice` in this window (`null` means "follow the system"); saving it is language-setting.ts's job. */
export function applyLanguageChoice(choice: Language | null): void {
  if (choice) localStorage.setItem(STORAGE_KEY, choice);
  else localStorage.removeItem(STORAGE_KEY);
  // i18next does not reject: it logs a failed load itself (and these resources are bundled).
  void i18next.changeLanguage(choice ?? systemLanguage());
}

// i18next does not reject: it logs a failed load itself (and these resources are bundled).
void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: { ...en, msg: messageStrings('en') } },
    'zh-CN': { translation: { ...zhCN, msg: messageStrings('zh-CN') } },
  },
  lng: storedLanguageChoice() ?? systemLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18next.language;

export default i18next;
