/**
 * Turns what a server lists into OpenClaw model rows (F3 import): the id exactly as the
 * server names it, the server's own name for it (LM Studio's `display_name`; else the id,
 * unchanged), the context the server runs it at, its output limit, and `image` input for
 * vision models. Embedding models are left out: OpenClaw chats with these rows.
 *
 * The context window written is the one the server loaded the model with (what the doctor
 * checks the row against, `context-above-loaded`); the model's maximum is the other choice
 * (`context: 'max'`), for a model not loaded or to be reloaded larger.
 */
import type { ProbedModel } from './probe-result';

export type ImportContext = 'loaded' | 'max';

/** The context window a row gets under `choice`: the loaded context, else the maximum (and the other way round). */
export function importedContext(model: ProbedModel, choice: ImportContext = 'loaded'): number | null {
  const loaded = model.loaded !== false ? model.contextLength : null;
  return choice === 'loaded'
    ? (loaded ?? model.maxContextLength ?? model.contextLength)
    : (model.maxContextLength ?? model.contextLength);
}

export function modelRowFromProbe(model: ProbedModel, choice: ImportContext = 'loaded'): Record<string, unknown> {
  const row: Record<string, unknown> = { id: model.id, name: model.displayName ?? model.id };
  const context = importedContext(model, choice);
  if (context) row.contextWindow = context;
  // An output limit must leave room for the prompt (shared/forms/input-limits.ts): one that fills the window is left out.
  if (model.maxOutputTokens && (!context || model.maxOutputTokens < context)) row.maxTokens = model.maxOutputTokens;
  row.input = model.vision ? ['text', 'image'] : ['text'];
  return row;
}

/** Whether the import dialog has a choice to offer: some model runs at less than its maximum. */
export const loadedBelowMax = (models: readonly ProbedModel[]): boolean =>
  models.some((m) => importedContext(m, 'loaded') !== importedContext(m, 'max'));

export function importableModels(models: readonly ProbedModel[], alreadyListed: readonly string[]): ProbedModel[] {
  return models.filter((m) => m.type !== 'embedding' && !alreadyListed.includes(m.id));
}
