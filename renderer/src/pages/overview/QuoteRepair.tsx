/** The one-click fix for a config that does not parse because of typographic quotes: the diff first, then the safe save. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '@shared/i18n/message';
import { api } from '@renderer/api';
import { Dialog } from '@renderer/components/Dialog';
import { DiffView } from '@renderer/components/DiffDialog';
import { useFailure, useMessage } from '@renderer/i18n/useMessage';
import { failure } from '@renderer/stores/failure';
import { useAppStore } from '@renderer/stores';

type Preview = Awaited<ReturnType<typeof api.previewQuoteRepair>>;

export function QuoteRepair({ explanation }: { explanation: Message }) {
  const { t } = useTranslation();
  const message = useMessage();
  const refresh = useAppStore((s) => s.refresh);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A service error carries its Message: shown in the panel's language, else its text.
  const shown = useFailure();
  const describe = (e: unknown) => shown(failure(e));
  const [busy, setBusy] = useState(false);
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
      setError(null);
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="quote-repair" data-testid="quote-repair">
      <p className="hint">{message(explanation)}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => void run(async () => setPreview(await api.previewQuoteRepair()))}
      >
        {message({ code: 'openclaw.curlyQuotesFix' })}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <Dialog title={t('editor.reviewTitle', { path: preview.path })} onClose={() => setPreview(null)}>
          <DiffView diff={preview.diff} testId="quote-repair-diff" />
          <div className="dialog-actions">
            <button type="button" onClick={() => setPreview(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await api.repairQuotes({ baseHash: preview.baseHash });
                  setPreview(null);
                  await refresh();
                })
              }
            >
              {message({ code: 'openclaw.curlyQuotesFix' })}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
