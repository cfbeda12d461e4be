/** The backup ring with when each was written, each a "Compare and restore…" that opens its diff against the current file. */
import { useTranslation } from 'react-i18next';
import type { RepairView } from '@renderer/stores/repair';

const fileName = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

export function BackupList({
  backups,
  busy,
  onCompare,
}: {
  backups: RepairView['backups'];
  busy: boolean;
  onCompare(index: number): void;
}) {
  const { t, i18n } = useTranslation();
  if (backups.length === 0) return <p className="hint">{t('msg.repair.noBackups')}</p>;
  return (
    <table className="backup-list" data-testid="backups">
      <thead>
        <tr>
          <th scope="col">{t('msg.repair.backupFile')}</th>
          <th scope="col">{t('msg.repair.written')}</th>
          <th scope="col">{t('msg.repair.size')}</th>
          <th scope="col">{t('common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.index} data-backup={b.index}>
            <td>
              <code>{fileName(b.path)}</code>
            </td>
            <td>
              <time dateTime={b.modifiedAt}>{new Date(b.modifiedAt).toLocaleString(i18n.language)}</time>
            </td>
            <td>{t('msg.repair.bytes', { count: b.bytes })}</td>
            <td>
              {b.parses ? (
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('msg.repair.compareLabel', { backup: fileName(b.path) })}
                  onClick={() => onCompare(b.index)}
                >
                  {t('msg.repair.compare')}
                </button>
              ) : (
                <span className="badge badge-malformed">{t('msg.repair.backupBad')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
