/**
 * Repair: a config that does not parse, mended in the panel — the bad line with its neighbours and
 * the parser's position, quote repair where typographic quotes are the cause, and any backup put
 * back after its diff (the broken file is kept as a backup itself).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@renderer/api';
import { Card } from '@renderer/components/Card';
import { Dialog } from '@renderer/components/Dialog';
import { DiffView } from '@renderer/components/DiffDialog';
import { useFailure, useMessage } from '@renderer/i18n/useMessage';
import { useAppStore, useEditor } from '@renderer/stores';
import { createRepairStore } from '@renderer/stores/repair';
import { BackupList } from './repair/BackupList';
import { ParseExcerpt } from './repair/ParseExcerpt';
import { QuoteRepair } from './overview/QuoteRepair';

/** After a write: the summary and the editor read the file again. */
const reread = async () => {
  await useAppStore.getState().refresh();
  await useEditor.getState().load();
};
export const useRepair = createRepairStore(api, reread);

const fileName = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

export function RepairPage() {
  const { t } = useTranslation();
  const text = useMessage();
  const shown = useFailure();
  const { view, error, preview, busy, fixed, load, compare, closeCompare, restore } = useRepair();
  // The summary changes with every write of the file (a restore, quote repair, an editor outside): read again.
  const summary = useAppStore((s) => s.config);
  useEffect(() => void load(), [load, summary]);
  if (!view)
    return error ? (
      <p className="error" role="alert">
        {shown(error)}
      </p>
    ) : (
      <p className="hint">{t('common.loading')}</p>
    );
  const quotes = view.parseError?.typographicQuotes ?? null;
  return (
    <div className="repair" data-testid="repair">
      <Card title={t('msg.repair.title')}>
        <p className="hint">
          <code>{view.path}</code>
        </p>
        {fixed && view.state === 'ok' && (
          <p className="notice ok" role="status" data-testid="repair-fixed">
            {t('msg.repair.fixed')}
          </p>
        )}
        {view.problem ? (
          <p className="error" role="alert" data-testid="repair-problem">
            {text(view.problem)}
          </p>
        ) : (
          <p className="hint">{view.state === 'missing' ? t('msg.repair.missing') : t('msg.repair.parses')}</p>
        )}
        <ParseExcerpt view={view} />
        {quotes && <QuoteRepair explanation={quotes} />}
        {view.state === 'malformed' && <p className="hint">{t('msg.repair.byHand')}</p>}
        {error && (
          <p className="error" role="alert">
            {shown(error)}
          </p>
        )}
      </Card>
      <Card title={t('msg.repair.backups')}>
        <BackupList backups={view.backups} busy={busy} onCompare={(index) => void compare(index)} />
      </Card>
      {preview && (
        <Dialog
          wide
          title={t('msg.repair.restoreTitle', { backup: fileName(preview.backup) })}
          onClose={closeCompare}
          confirm={{
            label: t('msg.repair.restore'),
            tone: 'primary',
            disabled: busy || preview.diff.trim() === '' || !preview.diff.includes('@@'),
            onConfirm: () => void restore(),
          }}
        >
          {preview.diff.includes('@@') ? (
            <DiffView diff={preview.diff} testId="restore-diff" />
          ) : (
            <p className="hint">{t('msg.repair.same')}</p>
          )}
          <p className="hint">{t('msg.repair.restoreKeeps', { path: fileName(preview.path) })}</p>
        </Dialog>
      )}
    </div>
  );
}
