/** "Review changes": the exact unified diff of the text the services would write, with what blocks the save. */
import { useTranslation } from 'react-i18next';
import type { EditPreview } from '../stores/config-editor';
import { canSave } from '../stores/config-editor';
import { useEditor } from '../stores';
import { useMessage } from '../i18n/useMessage';
import { Dialog } from './Dialog';

function lineClass(line: string): string {
  if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('Index:') || line.startsWith('==='))
    return 'diff-meta';
  if (line.startsWith('@@')) return 'diff-hunk';
  if (line.startsWith('+')) return 'diff-add';
  if (line.startsWith('-')) return 'diff-del';
  return '';
}

export function DiffDialog({ preview }: { preview: EditPreview }) {
  const { t } = useTranslation();
  const message = useMessage();
  const text = message;
  const state = useEditor();
  const lines = preview.diff.split('\n').filter((line) => !line.startsWith('Index:') && !line.startsWith('==='));
  const savable = canSave(state) && preview.blockers.length === 0;
  return (
    <Dialog
      wide
      title={t('editor.reviewTitle', { path: preview.path })}
      onClose={state.closeReview}
      actions={
        <>
          <button type="button" onClick={state.closeReview}>
            {t('common.close')}
          </button>
          <button type="button" className="primary" disabled={!savable} onClick={() => void state.save()}>
            {t('editor.save')}
          </button>
        </>
      }
    >
      {preview.blockers.length > 0 && (
        <ul className="blocker-list" data-testid="review-blockers">
          {preview.blockers.map((b) => (
            <li key={JSON.stringify(b)} className="error" data-code={b.code}>
              {text(b)}
            </li>
          ))}
        </ul>
      )}
      {preview.confirmations.length > 0 && (
        <ul className="blocker-list" data-testid="review-confirmations">
          {preview.confirmations.map((m) => (
            <li key={m.code} className="warning">
              {message(m)}
            </li>
          ))}
        </ul>
      )}
      {preview.notes.map((note, i) => (
        <p key={i} className="hint">
          {message(note)}
        </p>
      ))}
      {preview.changed ? (
        <pre className="diff" data-testid="diff" aria-label={t('editor.diffLabel')}>
          {lines.map((line, i) => (
            <div key={i} className={lineClass(line)}>
              {line || ' '}
            </div>
          ))}
        </pre>
      ) : (
        <p>{t('editor.noChange')}</p>
      )}
    </Dialog>
  );
}
