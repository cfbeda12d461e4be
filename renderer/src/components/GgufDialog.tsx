/** Points a model nothing else could size at its GGUF file, so the services size it from the header. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFailure } from '../i18n/useMessage';
import type { FitRequest } from '@shared/fit/model-facts';
import { useFits } from '../stores';
import type { Failure } from '../stores/failure';
import { Dialog } from './Dialog';

export function GgufDialog({ request, onClose }: { request: FitRequest; onClose(): void }) {
  const { t } = useTranslation();
  const pointAtGguf = useFits((s) => s.pointAtGguf);
  const modelKey = request.model;
  const [path, setPath] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const shown = useFailure();
  const [reading, setReading] = useState(false);
  const read = async () => {
    setReading(true);
    const problem = await pointAtGguf({ ...request, gguf: path.trim() });
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
