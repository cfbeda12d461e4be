/** The Overview's hardware card: machine, CPU, RAM, GPUs, Apple's GPU limit, the budget, and other machines that add to it. */
import { formatGB } from '@shared/units/memory';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { totalBudget } from '@shared/fit/config-fit';
import { Card, Field } from '@renderer/components/Card';
import { useFailure, useMessage } from '@renderer/i18n/useMessage';
import { useHardware } from '@renderer/stores';

/** A name as the hardware tools report it (data, never translated: "Intel Xeon® Processor", an H100's model). */
const ProductName = ({ children }: { children: string }) => (
  <span lang="en" translate="no">
    {children}
  </span>
);

const gb = (bytes: number | null) => (bytes === null ? '?' : formatGB(bytes));

/** A machine's memory from a number of GB, or from the JSON `claw-control hardware --json` printed there. */
export function parseMachineMemory(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed = JSON.parse(trimmed) as { budget?: { bytes?: unknown } };
      return typeof parsed.budget?.bytes === 'number' ? parsed.budget.bytes : null;
    } catch {
      return null;
    }
  }
  const n = Number(trimmed.replace(/\s*gb$/i, ''));
  return Number.isFinite(n) && n > 0 ? n * 1e9 : null;
}

function ExtraMachines() {
  const { t } = useTranslation();
  const { extraMachines, setExtraMachines } = useHardware();
  const [label, setLabel] = useState('');
  const [memory, setMemory] = useState('');
  const bytes = parseMachineMemory(memory);
  return (
    <div className="extra-machines">
      <h3>{t('hardware.extra.title')}</h3>
      <p className="hint">{t('hardware.extra.hint')}</p>
      {extraMachines.length > 0 && (
        <ul className="plain-list">
          {extraMachines.map((machine, i) => (
            <li key={`${machine.label}-${i}`}>
              {machine.label}: {gb(machine.memoryBytes)}{' '}
              <button type="button" onClick={() => void setExtraMachines(extraMachines.filter((_, j) => j !== i))}>
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="add-machine">
        <label>
          {t('hardware.extra.label')}
          <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder="studio-2" />
        </label>
        <label>
          {t('hardware.extra.memory')}
          <textarea rows={1} value={memory} onChange={(e) => setMemory(e.target.value)} placeholder="192" />
        </label>
        <button
          type="button"
          disabled={!label.trim() || bytes === null}
          onClick={() => {
            void setExtraMachines([...extraMachines, { label: label.trim(), memoryBytes: bytes! }]);
            setLabel('');
            setMemory('');
          }}
        >
          {t('hardware.extra.add')}
        </button>
      </div>
    </div>
  );
}

export function HardwareCard() {
  const { t } = useTranslation();
  const message = useMessage();
  const { report, extraMachines, loading, error, load } = useHardware();
  const shown = useFailure();
  const budget = totalBudget(report, extraMachines);
  return (
    <Card
      title={t('hardware.title')}
      actions={
        <button type="button" disabled={loading} onClick={() => void load(true)}>
          {loading ? t('common.loading') : t('common.refresh')}
        </button>
      }
    >
      {error && <p className="error">{shown(error)}</p>}
      {!report ? (
        <p className="hint">{t('hardware.probing')}</p>
      ) : (
        <>
          <dl>
            <Field label={t('hardware.machine')} testId="hw-machine">
              <ProductName>{report.machine}</ProductName>
            </Field>
            <Field label={t('hardware.os')}>
              <ProductName>{report.os}</ProductName>
            </Field>
            <Field label={t('hardware.cpu')}>
              <ProductName>{report.cpu.brand}</ProductName> · {t('hardware.cores', { count: report.cpu.cores })}
            </Field>
            <Field label={t('hardware.ram')}>{gb(report.memory.totalBytes)}</Field>
            {report.gpus.map((gpu, i) => (
              <Field key={i} label={t('hardware.gpu')} testId={`hw-gpu-${i}`}>
                <ProductName>{gpu.model || gpu.vendor}</ProductName> ·{' '}
                {gpu.kind === 'apple'
                  ? t('hardware.unified', { cores: gpu.gpuCores ?? '?' })
                  : gpu.vramBytes !== null
                    ? gb(gpu.vramBytes)
                    : t('hardware.vramUnknown')}
                {gpu.vramFreeBytes !== null && ` (${t('hardware.free', { gb: gb(gpu.vramFreeBytes) })})`}
                {gpu.mig.length > 0 &&
                  ` · ${t('hardware.mig', { profiles: gpu.mig.map((d) => d.profile).join(', ') })}`}
                {gpu.kind !== 'apple' && <span className="hint"> · {t('hardware.from', { tool: gpu.source })}</span>}
              </Field>
            ))}
            {report.apple && (
              <Field label={t('hardware.wiredLimit')} testId="hw-wired">
                {gb(report.apple.wiredLimitBytes)} {report.apple.wiredLimitIsEstimate && t('hardware.estimate')} —{' '}
                <code>{report.apple.raiseCommand}</code>
              </Field>
            )}
            <Field label={t('hardware.budget')} testId="hw-budget">
              {gb(budget.bytes)} {budget.machines > 1 && t('hardware.machines', { count: budget.machines })}
            </Field>
          </dl>
          <p className="hint" data-testid="hw-explanation">
            {message(report.budget.explanation)}
          </p>
          {report.notes.map((note, i) => (
            <p key={`${note.code}-${i}`} className="hint" data-testid="hw-note">
              {message(note)}
            </p>
          ))}
          <ExtraMachines />
        </>
      )}
    </Card>
  );
}
