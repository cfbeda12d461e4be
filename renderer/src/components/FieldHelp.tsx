/** A field's help from OpenClaw's own schema (title and description), shown under its label. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { helpFor } from '@shared/config/schema-help';
import { useOpenClaw } from '../stores';

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
  const help = useFieldHelp(path);
  if (!help?.description) return null;
  const text = (
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
  if (i18n.language.startsWith('en')) return text;
  return (
    <details className="field-help-toggle">
      <summary>{t('fieldHelp.openclaw')}</summary>
      {text}
    </details>
  );
}
