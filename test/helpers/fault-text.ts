/** What a fault says to the user, rendered from the message catalog as every surface renders it (English unless asked). */
import { problemOf } from '@shared/api/problem';
import { createTranslator } from '@locales/translate';
import type { MessageLanguage } from '@locales/catalog';

export function faultText(error: unknown, language: MessageLanguage = 'en'): string {
  return createTranslator(language).message(problemOf(error).message);
}
