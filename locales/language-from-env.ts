/** The language a POSIX locale asks for, alone in its module so a quick start can read it without loading any catalog. */
import type { MessageLanguage } from './catalog';

/** LC_ALL, then LC_MESSAGES, then LANG, then LANGUAGE: Chinese for zh*, else English. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): MessageLanguage {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE?.split(':')[0] || '';
  return /^zh/i.test(value) ? 'zh-CN' : 'en';
}
