/**
 * Every message domain. A code `<domain>.<key>` is looked up as `msg.<domain>.<key>`.
 * Add a domain by adding its file and one line here.
 */
import type { DomainCatalog, DomainStrings, MessageLanguage } from '../catalog';
import { checks } from './checks';
import { cli } from './cli';
import { common } from './common';
import { config } from './config';
import { doctor } from './doctor';
import { guidance } from './guidance';
import { operations } from './operations';
import { servers } from './servers';
import { tray } from './tray';

export const MESSAGE_DOMAINS: Readonly<Record<string, DomainCatalog>> = {
  common,
  checks,
  doctor,
  config,
  cli,
  servers,
  tray,
  guidance,
  operations,
};

/** One language's messages, nested by domain, as i18next resources under the `msg` key. */
export function messageStrings(language: MessageLanguage): Record<string, DomainStrings> {
  return Object.fromEntries(Object.entries(MESSAGE_DOMAINS).map(([domain, catalog]) => [domain, catalog[language]]));
}
