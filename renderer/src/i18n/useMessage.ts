/** Translates a message (`{code, params}`) from shared/ or a service in the current language. */
import { useTranslation } from 'react-i18next';
import { formatMessage } from '@locales/format';
import type { Message } from '@shared/i18n/message';
import type { Failure } from '../stores/failure';

export function useMessage(): (m: Message) => string {
  const { t } = useTranslation();
  return (m) => formatMessage((key, options) => t(key, options) as string, m, 'panel');
}

/** A failure (renderer/src/stores/failure.ts) as text: its message translated. */
export const useFailure: () => (f: Failure) => string = useMessage;
