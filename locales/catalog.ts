/** The shape of one domain's messages: the same keys in English and Simplified Chinese. */
import type { AppLanguage } from '@shared/i18n/languages';

/** The same list as shared/i18n/languages.ts (locales/ imports only types from shared/). */
export const MESSAGE_LANGUAGES = ['en', 'zh-CN'] as const satisfies readonly AppLanguage[];
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** Keys are message keys (`<key>` of `<domain>.<key>`); values are i18next strings (`{{param}}`, `_one`/`_other`). */
export type DomainStrings = { readonly [key: string]: string | DomainStrings };
export type DomainCatalog = { readonly [L in MessageLanguage]: DomainStrings };
