/**
 * Translation outside the renderer (CLI, tray): the system locale picks the language,
 * and `translate` turns a message (`{code, params}`) into text with i18next.
 */
import i18next, { type i18n } from 'i18next';
import type { Message } from '@shared/i18n/message';
import type { MessageLanguage } from './catalog';
import { formatMessage, type Surface } from './format';
import { messageStrings } from './messages';

export { languageFromEnv } from './language-from-env';

export interface Translator {
  language: MessageLanguage;
  /** A message's text in this language; an unknown code shows the code itself, never nothing. */
  message(m: Message): string;
}

const instances = new Map<MessageLanguage, i18n>();

function instance(language: MessageLanguage): i18n {
  let found = instances.get(language);
  if (!found) {
    found = i18next.createInstance();
    // Synchronous with bundled resources (initAsync: false); i18next does not reject.
    void found.init({
      lng: language,
      fallbackLng: 'en',
      initAsync: false,
      resources: {
        en: { translation: { msg: messageStrings('en') } },
        'zh-CN': { translation: { msg: messageStrings('zh-CN') } },
      },
      interpolation: { escapeValue: false },
      returnNull: false,
      // No sponsor banner on stdout: the CLI prints exactly what the user asked for.
      showSupportNotice: false,
    });
    instances.set(language, found);
  }
  return found;
}

/** A translator for the CLI (the default) or the tray: texts with a `_cli` / `_tray` variant use it. */
export function createTranslator(language: MessageLanguage, surface: Surface = 'cli'): Translator {
  const i18n = instance(language);
  const t = (key: string, options: Record<string, unknown>) => i18n.t(key, options) as string;
  return { language, message: (m) => formatMessage(t, m, surface) };
}

/** True where the code has a text in every language (tests use it). */
export function hasMessage(code: string): boolean {
  return (['en', 'zh-CN'] as const).every((language) => {
    const node = code
      .split('.')
      .reduce<unknown>(
        (acc, part) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[part] : undefined),
        messageStrings(language),
      );
    return typeof node === 'string' || (node === undefined && hasPlural(language, code));
  });
}

function hasPlural(language: MessageLanguage, code: string): boolean {
  const parts = code.split('.');
  const last = parts.pop()!;
  const parent = parts.reduce<unknown>(
    (acc, part) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[part] : undefined),
    messageStrings(language),
  );
  return !!parent && typeof (parent as Record<string, unknown>)[`${last}_other`] === 'string';
}

/** A message in English from the catalog: the one place logs and `--json` get their words. */
export function englishOf(m: Message): string {
  return createTranslator('en').message(m);
}
