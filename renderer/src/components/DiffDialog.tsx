/**
 * "Review changes": the exact unified diff of the text the services would write (of the
 * `$include`d file when the edit is written through one, named), with what blocks the save.
 * `DiffView` is the coloured diff itself, shared by every review (also the quote repair).
 */
import { useTranslation } from 'react-i18next';
import type { EditPreview } from '../stores/config-editor';
import { canSave } from '../stores/config-editor';
import { useEditor } from '../stores';
import { useMessage } from '../i18n/useMessage';
import { Dialog } from './Dialog';
import { useFieldErrors } from './field-errors';

/** A path shown relative to the config's folder (the renderer has no `path` module). */
function fileName(file: string, configPath?: string): string {
  const dir = configPath
    ? configPath.slice(0, Math.max(configPath.lastIndexOf('/'), configPath.lastIndexOf('\\')) + 1)
    : '';
  if (dir && file.startsWith(dir)) return file.slice(dir.length);
  return configPath ? file : file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

function lineClass(line: string): string {
  if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('Index:') || line.startsWith('==='))
    return 'diff-meta';
  if (line.startsWith('@@')) return 'diff-hunk';
  if (line.startsWith('+')) return 'diff-add';
  if (line.startsWith('-')) return 'diff-del';
  return '';
}

export function DiffView({ diff, testId = 'diff' }: { diff: string; testId?: string }) {
  const { t } = useTranslation();
  const lines = diff.split('\n').filter((line) => !line.startsWith('Index:') && !line.startsWith('==='));
  return (
    <pre className="diff" data-testid={testId} aria-label={t('editor.diffLabel')}>
      {lines.map((line, i) => (
        <div key={i} className={lineClass(line)}>
          {line || ' '}
        </div>
      ))}
    </pre>
  );
}

export function DiffDialog({ preview }: { preview: EditPreview }) {
  const { t } = useTranslation();
  const message = useMessage();
  const text = message;
  const state = useEditor();
  // A field still holding a value it refused is not in the diff: saving now would drop what was typed.
  const refusedFields = useFieldErrors((s) => Object.keys(s.refused).length);
  const savable = canSave(state) && preview.blockers.length === 0 && refusedFields === 0;
  return (
    <Dialog
      wide
      title={t('editor.reviewTitle', { path: preview.file })}
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
      {preview.file !== preview.path && (
        <p className="banner banner-info" data-testid="review-include-file">
          {t('editor.includeTarget', { file: fileName(preview.file, preview.path), config: fileName(preview.path) })}
        </p>
      )}
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
      {preview.changed ? <DiffView diff={preview.diff} /> : <p>{t('editor.noChange')}</p>}
    </Dialog>
  );
}
