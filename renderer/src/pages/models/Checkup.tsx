/**
 * The check-up on the Models page: one row per chain entry and per configured local model,
 * one badge per check, the time it was checked; a badge opens its evidence, the fix (added
 * to the pending edits, saved with the normal Save) and, for cold loads, keep-warm.
 * Hundreds of local models render a screenful at a time (useWindowRows).
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { listedRefs, modelChain, providersOf } from '@shared/config/config-access';
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

/** A ref that may break after its provider's "/" and nowhere inside a word. */
function refWithBreak(ref: string) {
  const slash = ref.indexOf('/');
  return slash < 0 ? (
    ref
  ) : (
    <>
      {ref.slice(0, slash + 1)}
      <wbr />
      {ref.slice(slash + 1)}
    </>
  );
}

/** Memoised: a chain edit re-renders the page, not the rows whose entry did not change. */
const CheckupRow = memo(function CheckupRow({
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
          <code>{refWithBreak(modelRef)}</code> <span className="hint">{m(msg(`checkup.panel.role.${role}`))}</span>
        </th>
        {CHECK_IDS.map((id) => {
          const check = entry?.checks.find((c) => c.id === id);
          return (
            <td key={id} data-label={m(msg(`checkup.check.${id}`))}>
              {check ? (
                <button
                  type="button"
                  className={`badge checkup-badge ${TONE[check.status]}`}
                  data-check={id}
                  data-status={check.status}
                  aria-pressed={open === id}
                  aria-label={m(
                    msg('names.checkBadge', {
                      check: m(msg(`checkup.check.${id}`)),
                      ref: modelRef,
                      status: m(msg(`checkup.status.${check.status}`)),
                    }),
                  )}
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
          <td colSpan={CHECK_IDS.length + 2} className="checkup-details-cell">
            <CheckDetails entry={entry} id={open} disabled={disabled} onClose={() => setOpen(null)} />
          </td>
        </tr>
      )}
    </tbody>
  );
});

/** Every configured local model (thousands in a large config); it depends on the providers only. */
function localRefs(draft: Record<string, unknown>): string[] {
  // Local or not is a property of the provider: decided once per provider, not per model.
  const localByProvider = new Map<string, boolean>();
  const isLocal = (ref: string) => {
    const provider = ref.slice(0, ref.indexOf('/'));
    if (!localByProvider.has(provider)) localByProvider.set(provider, isLocalRef(draft, ref));
    return localByProvider.get(provider)!;
  };
  return listedRefs(draft).filter(isLocal);
}

/** The chain's entries, then every other configured local model (read by index: no object per row). */
function checkupRows(
  draft: Record<string, unknown>,
  local: readonly string[],
): { length: number; ref(i: number): string; role(i: number): string } {
  const { primary, fallbacks } = modelChain(draft);
  const chain = [...(primary ? [primary] : []), ...fallbacks].map(normalizeRef);
  const inChain = new Set(chain);
  const others = local.filter((ref) => !inChain.has(ref));
  return {
    length: chain.length + others.length,
    ref: (i) => (i < chain.length ? chain[i]! : others[i - chain.length]!),
    role: (i) => (i >= chain.length ? 'local' : i === 0 && primary ? 'primary' : 'fallback'),
  };
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
  // A chain edit keeps the providers object (shared/config/operations.ts): the 10,000-row list is kept too.
  const providers = providersOf(draft);
  const env = draft.env;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on what localRefs reads: the providers and env
  const local = useMemo(() => localRefs(draft), [providers, env]);
  const { primary, fallbacks } = modelChain(draft);
  const chainKey = [primary ?? '', ...fallbacks].join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on what checkupRows reads: the chain and the local refs
  const rows = useMemo(() => checkupRows(draft, local), [chainKey, local]);
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
      <div className="checkup-scroll">
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
              key={rows.ref(index)}
              modelRef={rows.ref(index)}
              role={rows.role(index)}
              disabled={disabled}
              index={index}
              measure={measure}
            />
          ))}
          {after > 0 && <Spacer px={after} />}
        </table>
      </div>
    </div>
  );
}
