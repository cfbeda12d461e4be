/**
 * Turns what a server lists into OpenClaw model rows (F3 import): the id exactly as the
 * server names it, the server's own name for it (LM Studio's `display_name`; else the id,
 * unchanged), the server's context length and output limit, and `image` input for vision
 * models. Embedding models are left out: OpenClaw chats with these rows.
 */
import type { ProbedModel } from './probe-result';

export function modelRowFromProbe(model: ProbedModel): Record<string, unknown> {
  const row: Record<string, unknown> = { id: model.id, name: model.displayName ?? model.id };
  const context = model.maxContextLength ?? model.contextLength;
  if (context) row.contextWindow = context;
  if (model.maxOutputTokens) row.maxTokens = model.maxOutputTokens;
  row.input = model.vision ? ['text', 'image'] : ['text'];
  return row;
}

export function importableModels(models: readonly ProbedModel[], alreadyListed: readonly string[]): ProbedModel[] {
  return models.filter((m) => m.type !== 'embedding' && !alreadyListed.includes(m.id));
}
