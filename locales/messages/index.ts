/**
 * Every message domain. A code `<domain>.<key>` is looked up as `msg.<domain>.<key>`.
 * Add a domain by adding its file and one line here.
 */
import type { DomainCatalog, DomainStrings, MessageLanguage } from '../catalog';
import { common } from './common';
import { openclaw } from './openclaw';

export const MESSAGE_DOMAINS: Readonly<Record<string, DomainCatalog>> = {
  common,
  openclaw,
};

/** One language's messages, nested by domain, as i18next resources under the `msg` key. */
export function messageStrings(language: MessageLanguage): Record<string, DomainStrings> {
  return Object.fromEntries(Object.entries(MESSAGE_DOMAINS).map(([domain, catalog]) => [domain, catalog[language]]));
}
