/**
 * "Import from server": pick rows from what the server lists; ids exactly as it names them, and
 * the context the server loaded each at — or, by choice, each model's maximum (shared/servers/import.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importableModels, modelRowFromProbe, type ImportContext } from '@shared/servers/import';
import type { ProbedModel } from '@shared/servers/probe-result';
import { Dialog } from '@renderer/components/Dialog';
import { useEditor } from '@renderer/stores';
import { ImportChoices } from './ImportChoices';

export function ImportDialog({
  providerId,
  models,
  listed,
  onClose,
}: {
  providerId: string;
  models: ProbedModel[];
  listed: string[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const apply = useEditor((s) => s.apply);
  const candidates = importableModels(models, listed);
  const [chosen, setChosen] = useState<string[]>([]);
  const [context, setContext] = useState<ImportContext>('loaded');
  return (
    <Dialog
      title={t('servers.importTitle', { provider: providerId })}
      onClose={onClose}
      confirm={{
        label: t('servers.importChosen', { count: chosen.length }),
        tone: 'primary',
        disabled: chosen.length === 0,
        onConfirm: () => {
          const rows = candidates.filter((m) => chosen.includes(m.id)).map((m) => modelRowFromProbe(m, context));
          if (apply(...rows.map((model) => ({ op: 'addModel' as const, provider: providerId, model })))) onClose();
        },
      }}
    >
      {candidates.length === 0 ? (
        <p>{t('servers.importNothing')}</p>
      ) : (
        <ImportChoices
          models={candidates}
          chosen={chosen}
          onChoose={setChosen}
          context={context}
          onContext={setContext}
          label={t('servers.importTitle', { provider: providerId })}
        />
      )}
    </Dialog>
  );
}
