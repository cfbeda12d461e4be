/** Points a model the catalog does not know at its GGUF file, so its fit can be worked out from the header. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFailure } from '../i18n/useMessage';
import { useHardware } from '../stores';
import type { Failure } from '../stores/failure';
import { Dialog } from './Dialog';

export function GgufDialog({ modelKey, onClose }: { modelKey: string; onClose(): void }) {
  const { t } = useTranslation();
  const readGgufFile = useHardware((s) => s.readGgufFile);
  const [path, setPath] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const shown = useFailure();
  const [reading, setReading] = useState(false);
  const read = async () => {
    setReading(true);
    const problem = await readGgufFile(modelKey, path.trim());
    setReading(false);
    if (problem) setError(problem);
    else onClose();
  };
  return (
    <Dialog
      title={t('fit.gguf.title', { model: modelKey })}
      onClose={onClose}
      confirm={{ label: t('fit.gguf.read'), disabled: reading || path.trim() === '', onConfirm: () => void read() }}
    >
      <p>{t('fit.gguf.intro')}</p>
      <label className="form-stack">
        {t('fit.gguf.path')}
        <input
          value={path}
          placeholder="~/.lmstudio/models/…/model-Q4_K_M.gguf"
          onChange={(e) => {
            setPath(e.target.value);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
        />
        {error && <span className="field-error">{shown(error)}</span>}
      </label>
    </Dialog>
  );
}
