/**
 * Turns what a server lists into OpenClaw model rows (F3 import): the id exactly as the
 * server names it, a readable name, the server's context length, and `image` input for
 * vision models. Embedding models are left out: OpenClaw chats with these rows.
 */
import type { ProbedModel } from './probe-result';

export function modelRowFromProbe(model: ProbedModel): Record<string, unknown> {
  const name = model.id
    .split('/')
    .pop()!
    .replace(/[-_]+/g, ' ')
    .replace(/\b\w/g, (c) => c.toUpperCase());
  const row: Record<string, unknown> = { id: model.id, name };
  const context = model.maxContextLength ?? model.contextLength;
  if (context) row.contextWindow = context;
  row.input = model.vision ? ['text', 'image'] : ['text'];
  return row;
}

export function importableModels(models: readonly ProbedModel[], alreadyListed: readonly string[]): ProbedModel[] {
  return models.filter((m) => m.type !== 'embedding' && !alreadyListed.includes(m.id));
}
