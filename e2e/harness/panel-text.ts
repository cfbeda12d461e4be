/**
 * The panel's own UI strings (renderer/src/i18n), so browser tests and the screenshot
 * script can find buttons in either language; and the window sizes the layout must fit.
 */
import { en } from '@renderer/i18n/en';
import { zhCN } from '@renderer/i18n/zh-CN';

export const PANEL_LANGUAGES = ['en', 'zh-CN'] as const;
export type PanelLanguage = (typeof PANEL_LANGUAGES)[number];

/** The window sizes the layout is checked and pictured at (issue #13). */
export const PANEL_SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

export function panelText(language: PanelLanguage): typeof en {
  return language === 'en' ? en : zhCN;
}
