/**
 * A field's help from OpenClaw's own schema (title and description), shown under its label; where
 * the help does not fit the value (OpenClaw's "Use HTTPS endpoints" beside http://127.0.0.1), the
 * panel says so under it.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { asObject, providersOf } from '@shared/config/config-access';
import { classifyBaseUrl } from '@shared/config/provider-kind';
import { helpFor } from '@shared/config/schema-help';
import { msg } from '@shared/i18n/message';
import { useMessage } from '../i18n/useMessage';
import { useEditor, useOpenClaw } from '../stores';

const BASE_URL_PATH = /^models\.providers\.(.+)\.baseUrl$/;

/** Whether `path` is a provider's base URL that is plain http:// on this machine or the LAN. */
function useLocalHttpUrl(path: string): boolean {
  const provider = BASE_URL_PATH.exec(path)?.[1];
  const url = useEditor((s) => (provider && s.draft ? asObject(providersOf(s.draft)[provider])?.baseUrl : undefined));
  if (typeof url !== 'string' || !/^http:\/\//i.test(url.trim())) return false;
  const where = classifyBaseUrl(url.trim());
  return where === 'local' || where === 'lan';
}

/** The schema's help for a config path (`models.providers.x.baseUrl`), once loaded. */
export function useFieldHelp(path: string): { title?: string; description?: string } | null {
  const help = useOpenClaw((s) => s.help);
  const loadHelp = useOpenClaw((s) => s.loadHelp);
  useEffect(() => {
    if (!help) void loadHelp();
  }, [help, loadHelp]);
  const node = help ? helpFor(help.tree, path) : null;
  return node && (node.title || node.description) ? { title: node.title, description: node.description } : null;
}

export function FieldHelp({ id, path }: { id: string; path: string }) {
  const { t, i18n } = useTranslation();
  const words = useMessage();
  const help = useFieldHelp(path);
  const localHttp = useLocalHttpUrl(path);
  if (!help?.description) return null;
  const note = localHttp && /HTTPS/.test(help.description) && (
    <small className="field-help field-note" data-testid="field-note">
      {words(msg('fieldNotes.localHttp'))}
    </small>
  );
  const description = (
    <small
      className="field-help"
      id={`${id}-help`}
      data-testid="field-help"
      title={help.title ? `${help.title}: ${help.description}` : help.description}
      lang="en"
    >
      {help.description}
    </small>
  );
  // OpenClaw's schema is written in English only: in another language it waits behind a toggle.
  if (i18n.language.startsWith('en'))
    return (
      <>
        {description}
        {note}
      </>
    );
  return (
    <>
      <details className="field-help-toggle">
        <summary>{t('fieldHelp.openclaw')}</summary>
        {description}
      </details>
      {note}
    </>
  );
}
