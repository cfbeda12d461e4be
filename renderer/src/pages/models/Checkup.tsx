/**
 * The check-up on the Models page: one row per chain entry and per configured local model,
 * one badge per check, the time it was checked; a badge opens its evidence, the fix (added
 * to the pending edits, saved with the normal Save) and, for cold loads, keep-warm.
 * Hundreds of local models render a screenful at a time (useWindowRows).
 */
import { useEffect, useMemo, useState } from 'react';
import { listedRefs, modelChain } from '@shared/config/config-access';
import { isLocalRef } from '@shared/config/local-refs';
import { normalizeRef } from '@shared/config/model-ref';
import { CHECK_IDS, worstStatus, type CheckId, type CheckupEntry } from '@shared/checkup/types';
import { msg } from '@shared/i18n/message';
import { useFailure, useMessage } from '@renderer/i18n/useMessage';
import { useWindowRows } from '@renderer/components/useWindowRows';
import { useCheckup, useEditor, useServers } from '@renderer/stores';
import { CheckNowButton } from './CheckNowButton';
import { DrillButton, DrillReportView } from './Drill';
import { EmbeddingServers } from './EmbeddingServers';

/** The existing badge colours for each status. */
const TONE = { pass: 'badge-ok', warn: 'badge-warning', fail: 'badge-error', skip: 'badge-info' } as const;

function CheckDetails({
  entry,
  id,
  disabled,
  onClose,
}: {
  entry: CheckupEntry;
  id: CheckId;
  disabled: boolean;
  onClose(): void;
}) {
  const m = useMessage();
  const apply = useEditor((s) => s.apply);
  const { keepWarm, setKeepWarm } = useServers();
  const check = entry.checks.find((c) => c.id === id)!;
  const kept = keepWarm.kept.some((k) => normalizeRef(k.ref) === normalizeRef(entry.ref));
  return (
    <div className="checkup-details" role="region" aria-label={`${entry.ref} ${m(msg(`checkup.check.${id}`))}`}>
      <p>
        <span className={`badge ${TONE[check.status]}`}>{m(msg(`checkup.status.${check.status}`))}</span>{' '}
        <strong>{m(msg(`checkup.check.${id}`))}</strong> — {m(check.summary)}
      </p>
      {check.evidence.length > 0 && (
        <ul className="plain-list checkup-evidence">
          {check.evidence.map((line, i) => (
            <li key={i}>{m(line)}</li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        {check.fix && (
          <button type="button" disabled={disabled} onClick={() => apply(...check.fix!.operations)}>
            {m(check.fix.label)}
          </button>
        )}
        {check.offerKeepWarm && !kept && (
          <button type="button" onClick={() => void setKeepWarm(entry.ref, true)}>
            {m(msg('checkup.panel.keepWarm'))}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {m(msg('checkup.panel.close'))}
        </button>
      </div>
    </div>
  );
}

function CheckupRow({
  modelRef,
  role,
  disabled,
  index,
  measure,
}: {
  modelRef: string;
  role: string;
  disabled: boolean;
  index: number;
  measure(element: Element | null): void;
}) {
  const m = useMessage();
  const { entries } = useCheckup();
  const [open, setOpen] = useState<CheckId | null>(null);
  const entry = entries[modelRef];
  // Its own <tbody>: the row and its open details are measured together when the list is virtualised.
  return (
    <tbody ref={measure} data-index={index}>
      <tr data-ref={modelRef} data-status={entry ? worstStatus(entry.checks) : 'none'}>
        <th scope="row">
          <code>{modelRef}</code> <span className="hint">{m(msg(`checkup.panel.role.${role}`))}</span>
        </th>
        {CHECK_IDS.map((id) => {
          const check = entry?.checks.find((c) => c.id === id);
          return (
            <td key={id}>
              {check ? (
                <button
                  type="button"
                  className={`badge checkup-badge ${TONE[check.status]}`}
                  data-check={id}
                  data-status={check.status}
                  aria-pressed={open === id}
                  title={m(check.summary)}
                  onClick={() => setOpen(open === id ? null : id)}
                >
                  {m(msg(`checkup.status.${check.status}`))}
                </button>
              ) : (
                <span className="hint">—</span>
              )}
            </td>
          );
        })}
        <td>
          {entry && (
            <time className="hint" dateTime={entry.checkedAt}>
              {new Date(entry.checkedAt).toLocaleTimeString()}
            </time>
          )}{' '}
          <CheckNowButton modelRef={modelRef} />
        </td>
      </tr>
      {entry && open && (
        <tr className="checkup-details-row">
          <td colSpan={CHECK_IDS.length + 2}>
            <CheckDetails entry={entry} id={open} disabled={disabled} onClose={() => setOpen(null)} />
          </td>
        </tr>
      )}
    </tbody>
  );
}

/** The chain's entries, then every other configured local model (thousands in a large config). */
function checkupRows(draft: Record<string, unknown>): { ref: string; role: string }[] {
  const { primary, fallbacks } = modelChain(draft);
  const chain = [...(primary ? [primary] : []), ...fallbacks].map(normalizeRef);
  const inChain = new Set(chain);
  // Local or not is a property of the provider: decided once per provider, not per model.
  const localByProvider = new Map<string, boolean>();
  const isLocal = (ref: string) => {
    const provider = ref.slice(0, ref.indexOf('/'));
    if (!localByProvider.has(provider)) localByProvider.set(provider, isLocalRef(draft, ref));
    return localByProvider.get(provider)!;
  };
  return [
    ...chain.map((ref, i) => ({ ref, role: i === 0 && primary ? 'primary' : 'fallback' })),
    ...listedRefs(draft)
      .filter((ref) => !inChain.has(ref) && isLocal(ref))
      .map((ref) => ({ ref, role: 'local' })),
  ];
}

/** A row's usual height, before it is measured. */
const ROW_PX = 41;

/** Holds the height of the rows that are not rendered (virtualised list). */
function Spacer({ px }: { px: number }) {
  return (
    <tbody aria-hidden="true">
      <tr style={{ height: px }} />
    </tbody>
  );
}

export function Checkup({ disabled }: { disabled: boolean }) {
  const m = useMessage();
  const draft = useEditor((s) => s.draft)!;
  const { running, error, load, run, checkEmbeddings } = useCheckup();
  const shown = useFailure();
  useEffect(() => {
    void load();
  }, [load]);
  const rows = useMemo(() => checkupRows(draft), [draft]);
  const { attach, before, after, indexes, measure } = useWindowRows(rows.length, ROW_PX);
  if (rows.length === 0) return <p className="hint">{m(msg('checkup.panel.empty'))}</p>;
  return (
    <div className="checkup" data-testid="checkup">
      <div className="row-actions">
        <button
          type="button"
          disabled={running.length > 0}
          onClick={() => {
            void run();
            void checkEmbeddings();
          }}
        >
          {running.includes('*') ? m(msg('checkup.panel.checking')) : m(msg('checkup.panel.checkChain'))}
        </button>
        <DrillButton />
        <span className="hint">{m(msg('checkup.panel.hint'))}</span>
      </div>
      {error && <p className="error">{shown(error)}</p>}
      <DrillReportView disabled={disabled} />
      <EmbeddingServers />
      <table className="checkup-table" ref={attach}>
        <thead>
          <tr>
            <th scope="col">{m(msg('checkup.panel.model'))}</th>
            {CHECK_IDS.map((id) => (
              <th key={id} scope="col">
                {m(msg(`checkup.check.${id}`))}
              </th>
            ))}
            <th scope="col">{m(msg('checkup.panel.checked'))}</th>
          </tr>
        </thead>
        {before > 0 && <Spacer px={before} />}
        {indexes.map((index) => (
          <CheckupRow
            key={rows[index]!.ref}
            modelRef={rows[index]!.ref}
            role={rows[index]!.role}
            disabled={disabled}
            index={index}
            measure={measure}
          />
        ))}
        {after > 0 && <Spacer px={after} />}
      </table>
    </div>
  );
}
