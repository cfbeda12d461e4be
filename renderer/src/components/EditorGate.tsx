/**
 * Loads the config document for the editing pages and shows why editing is not possible
 * when it is not: a file that does not parse, OPENCLAW_CONFIG_READONLY, or a section
 * that comes from an $include file.
 */
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { touchesInclude } from '@shared/config/validate';
import { useAppStore, useEditor } from '../stores';
import { LoadError } from './LoadError';
import { useMessage } from '../i18n/useMessage';

export function useSectionReadOnly(section: 'models' | 'agents.defaults'): boolean {
  return useEditor((s) => !s.document || s.document.readOnly || touchesInclude(section, s.document.includes));
}

export function EditorGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const text = useMessage();
  const { document, draft, loadError, load } = useEditor();
  const summary = useAppStore((s) => s.config);
  const setPage = useAppStore((s) => s.setPage);
  useEffect(() => {
    if (!document && !loadError) void load();
  }, [document, loadError, load]);
  if (summary?.state === 'malformed' && summary.parseError) {
    const { line, column, message } = summary.parseError;
    return (
      <p className="error" role="alert" data-testid="editor-readonly">
        {t('editor.malformed', { line, column, message })}{' '}
        <button type="button" onClick={() => setPage('repair')}>
          {t('msg.repair.open')}
        </button>
      </p>
    );
  }
  if (loadError) return <LoadError message={loadError} onRetry={() => void load()} />;
  if (!document || !draft) return <p className="hint">{t('common.loading')}</p>;
  return (
    <>
      {document.readOnly && (
        <p className="banner banner-info" data-testid="editor-readonly">
          {t('editor.readOnly', { reason: document.readOnlyReason ? text(document.readOnlyReason) : '' })}
        </p>
      )}
      {document.includes.length > 0 && (
        <p className="banner banner-info">
          {t('editor.includes', { paths: document.includes.map((p) => p || '(root)').join(', ') })}
        </p>
      )}
      {children}
    </>
  );
}
