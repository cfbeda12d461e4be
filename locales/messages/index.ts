/**
 * Every message domain. A code `<domain>.<key>` is looked up as `msg.<domain>.<key>`.
 * Add a domain by adding its file and one line here.
 */
import type { DomainCatalog, DomainStrings, MessageLanguage } from '../catalog';
import { cluster } from './cluster';
import { checkup } from './checkup';
import { common } from './common';
import { hardware } from './hardware';
import { json5 } from './json5';
import { safety } from './safety';
import { seed } from './seed';
import { ship } from './ship';

export const MESSAGE_DOMAINS: Readonly<Record<string, DomainCatalog>> = {
  common,
  ship,
  cluster,
  hardware,
  checkup,
  safety,
  json5,
  seed,
};

/** One language's messages, nested by domain, as i18next resources under the `msg` key. */
export function messageStrings(language: MessageLanguage): Record<string, DomainStrings> {
  return Object.fromEntries(Object.entries(MESSAGE_DOMAINS).map(([domain, catalog]) => [domain, catalog[language]]));
}
