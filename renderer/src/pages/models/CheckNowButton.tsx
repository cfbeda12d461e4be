/** The button that runs one model's check-up now; it says "Checking…" while that model's or every model's check-up runs. */
import { msg } from '@shared/i18n/message';
import { useMessage } from '@renderer/i18n/useMessage';
import { useCheckup } from '@renderer/stores';

export function CheckNowButton({ modelRef }: { modelRef: string }) {
  const m = useMessage();
  const { running, run } = useCheckup();
  const busy = running.includes(modelRef) || running.includes('*');
  return (
    <button
      type="button"
      disabled={busy}
      aria-label={m(msg(busy ? 'names.checkingModel' : 'names.checkModel', { ref: modelRef }))}
      onClick={() => void run([modelRef])}
    >
      {busy ? m(msg('checkup.panel.checking')) : m(msg('checkup.panel.check'))}
    </button>
  );
}
