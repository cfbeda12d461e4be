/**
 * Every message domain. A code `<domain>.<key>` is looked up as `msg.<domain>.<key>`.
 * Add a domain by adding its file and one line here.
 */
import type { DomainCatalog, DomainStrings, MessageLanguage } from '../catalog';
import { checks } from './checks';
import { checkup } from './checkup';
import { checkupSteps } from './checkupSteps';
import { cli } from './cli';
import { cliHelp } from './cliHelp';
import { cliUsage } from './cliUsage';
import { cluster } from './cluster';
import { common } from './common';
import { config } from './config';
import { doctor } from './doctor';
import { drill } from './drill';
import { embeddings } from './embeddings';
import { longContext } from './longContext';
import { editNotes } from './editNotes';
import { drafts } from './drafts';
import { fieldNotes } from './fieldNotes';
import { forms } from './forms';
import { groups } from './groups';
import { guidance } from './guidance';
import { fit } from './fit';
import { fitAnswers } from './fitAnswers';
import { hardware } from './hardware';
import { json5 } from './json5';
import { names } from './names';
import { judged } from './judged';
import { listing } from './listing';
import { openclawReading } from './openclawReading';
import { openclaw } from './openclaw';
import { panel } from './panel';
import { repair } from './repair';
import { rules } from './rules';
import { schemaIssue } from './schemaIssue';
import { operations } from './operations';
import { safety } from './safety';
import { search } from './search';
import { seed } from './seed';
import { servers } from './servers';
import { ship } from './ship';
import { ship2 } from './ship2';
import { tray } from './tray';
import { upgrade } from './upgrade';
import { tryProvider } from './tryProvider';
import { welcome } from './welcome';
import { writeFaults } from './writeFaults';

export const MESSAGE_DOMAINS: Readonly<Record<string, DomainCatalog>> = {
  common,
  checks,
  doctor,
  config,
  cli,
  cliHelp,
  cliUsage,
  servers,
  tray,
  guidance,
  operations,
  ship,
  ship2,
  cluster,
  hardware,
  fit,
  fitAnswers,
  checkup,
  checkupSteps,
  safety,
  json5,
  seed,
  openclaw,
  editNotes,
  listing,
  rules,
  judged,
  schemaIssue,
  panel,
  openclawReading,
  forms,
  upgrade,
  repair,
  drafts,
  tryProvider,
  drill,
  embeddings,
  longContext,
  search,
  groups,
  names,
  fieldNotes,
  writeFaults,
  welcome,
};

/** One language's messages, nested by domain, as i18next resources under the `msg` key. */
export function messageStrings(language: MessageLanguage): Record<string, DomainStrings> {
  return Object.fromEntries(Object.entries(MESSAGE_DOMAINS).map(([domain, catalog]) => [domain, catalog[language]]));
}
