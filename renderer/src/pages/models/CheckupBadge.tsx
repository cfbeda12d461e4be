/** A local model row's check-up at a glance: its worst status and when it was checked, and a button to check it now (details on the Models page). */
import { useEffect } from 'react';
import { normalizeRef } from '@shared/config/model-ref';
import { worstStatus } from '@shared/checkup/types';
import { msg } from '@shared/i18n/message';
import { useMessage } from '@renderer/i18n/useMessage';
import { useCheckup } from '@renderer/stores';
import { CheckNowButton } from './CheckNowButton';

const TONE = { pass: 'badge-ok', warn: 'badge-warning', fail: 'badge-error', skip: 'badge-info' } as const;

export function CheckupBadge({ providerId, modelId }: { providerId: string; modelId: string }) {
  const m = useMessage();
  const ref = normalizeRef(`${providerId}/${modelId}`);
  const { entries, load } = useCheckup();
  const loaded = Object.keys(entries).length > 0;
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  const entry = entries[ref];
  const status = entry ? worstStatus(entry.checks) : null;
  return (
    <span className="checkup-row-badge" data-testid={`checkup-badge-${ref}`} data-status={status ?? 'none'}>
      {entry && status && (
        <span
          className={`badge ${TONE[status]}`}
          title={`${m(msg('checkup.panel.checked'))}: ${new Date(entry.checkedAt).toLocaleString()}`}
        >
          {m(msg('checkup.panel.title'))}: {m(msg(`checkup.status.${status}`))}
        </span>
      )}{' '}
      <CheckNowButton modelRef={ref} />
    </span>
  );
}
