/**
 * The save bar: unsaved-changes indicator, what blocks saving (each a link to its field),
 * Review changes (the real diff from the services), Save (Cmd/Ctrl-S), Discard, and
 * Undo last save. Also the banner for outside edits and the result of the last action.
 */
import { useTranslation } from 'react-i18next';
import type { Page } from '../stores/app-store';
import { canSave } from '../stores/config-editor';
import { useAppStore, useEditor } from '../stores';
import { DiffDialog } from './DiffDialog';
import { useFieldErrors } from './field-errors';
import { issueDetail } from '@shared/config/issue-detail';
import { msg } from '@shared/i18n/message';
import { useMessage } from '../i18n/useMessage';

function pageOf(path: string): Page {
  return path.startsWith('models.providers') ? 'providers' : 'models';
}

/** Shows the page that holds `path` and focuses its field. */
export function focusField(path: string, setPage: (page: Page) => void): void {
  setPage(pageOf(path));
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  });
}

export function ChangedOnDiskBanner() {
  const { t } = useTranslation();
  const { diskChanged, keepMyEdits, reloadFromDisk, review } = useEditor();
  if (!diskChanged) return null;
  return (
    <div className="banner banner-warning" role="alert" data-testid="disk-changed">
      <span>{t('editor.diskChanged')}</span>
      <button type="button" onClick={() => void reloadFromDisk()}>
        {t('editor.reload')}
      </button>
      <button type="button" onClick={() => void keepMyEdits()}>
        {t('editor.keepMine')}
      </button>
      <button type="button" onClick={() => void review()}>
        {t('editor.showDiff')}
      </button>
    </div>
  );
}

export function SaveBar() {
  const { t } = useTranslation();
  const text = useMessage();
  const state = useEditor();
  const setPage = useAppStore((s) => s.setPage);
  const { pending, issues, introducedErrors, preview, busy, canUndoSave, notice } = state;
  const refused = useFieldErrors((s) => s.refused);
  const blockers = [
    ...Object.entries(refused).map(([path, r]) => ({
      path,
      text: text(msg('forms.blocked', { field: r.label, detail: r.problem })),
    })),
    ...issues.map((i) => ({ path: i.path, text: text(msg('config.issue', { path: i.path, detail: issueDetail(i) })) })),
    ...introducedErrors.map((f) => ({ path: f.path, text: text(f.message) })),
  ];
  const dirty = pending.length > 0;
  if (!state.document) return null;
  return (
    <>
      <div className={dirty ? 'save-bar dirty' : 'save-bar'} role="region" aria-label={t('editor.saveBar')}>
        <span className="save-status" data-testid="save-status">
          {dirty ? t('editor.unsaved', { count: pending.length }) : t('editor.clean')}
        </span>
        {blockers.length > 0 && (
          <span className="blockers" data-testid="save-blockers">
            {t('editor.blocked', { count: blockers.length })}{' '}
            {blockers.slice(0, 3).map((b) => (
              <button key={b.text} type="button" className="link" onClick={() => focusField(b.path, setPage)}>
                {b.text}
              </button>
            ))}
          </span>
        )}
        {notice && (
          <span className={notice.kind === 'error' ? 'notice error' : 'notice ok'} role="status" data-testid="notice">
            {notice.kind === 'ok'
              ? notice.message
                ? text(notice.message)
                : notice.text === 'undo'
                  ? t('editor.undone')
                  : t('editor.saved', { path: notice.text })
              : notice.message
                ? text(notice.message)
                : notice.text}
            <button type="button" className="link" aria-label={t('common.dismiss')} onClick={state.dismissNotice}>
              ×
            </button>
          </span>
        )}
        <span className="spacer" />
        <button type="button" disabled={!dirty || busy} onClick={state.undoEdit} title={t('editor.undoEditHint')}>
          {t('editor.undoEdit')}
        </button>
        <button type="button" disabled={!dirty || busy} onClick={state.discard}>
          {t('editor.discard')}
        </button>
        <button type="button" disabled={!canUndoSave || busy || dirty} onClick={() => void state.undoLastSave()}>
          {t('editor.undoSave')}
        </button>
        <button type="button" disabled={!dirty || busy} onClick={() => void state.review()}>
          {t('editor.review')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!canSave(state) || Object.keys(refused).length > 0}
          onClick={() => void state.save()}
          title={t('editor.saveHint')}
        >
          {t('editor.save')}
        </button>
      </div>
      {preview && <DiffDialog preview={preview} />}
    </>
  );
}
