/** What a fault says to the user, rendered from the message catalog as every surface renders it (English unless asked). */
import type { AppError } from '@shared/api/errors';
import { createTranslator } from '@locales/translate';
import type { MessageLanguage } from '@locales/catalog';

export function faultText(error: unknown, language: MessageLanguage = 'en'): string {
  const text = (error as AppError | null)?.text;
  if (!text) throw new Error(`not a fault with a message: ${String(error)}`);
  return createTranslator(language).message(text);
}
