/**
 * The guidance's three layouts as one-step edits of the model chain:
 * `hosted-primary` (a hosted model first, the local one as its fallback),
 * `local-first` (the swap: the local model first, hosted models as the safety net),
 * `local-only` (only local models in the chain; hosted providers stay configured).
 */
import { msg, type Message } from '../i18n/message';
import { modelChain, type ConfigObject } from './config-access';
import { isLocalRef } from './local-refs';
import { normalizeRef } from './model-ref';
import { OperationError } from './operation-error';

export const LAYOUTS = ['hosted-primary', 'local-first', 'local-only'] as const;
export type Layout = (typeof LAYOUTS)[number];

export function applyLayout(
  config: ConfigObject,
  layout: Layout,
  setChain: (config: ConfigObject, primary: string, fallbacks: string[]) => void,
): Message[] {
  const { primary, fallbacks } = modelChain(config);
  const chain = (primary ? [primary, ...fallbacks] : fallbacks).filter((ref, i, all) => all.indexOf(ref) === i);
  const local = chain.filter((ref) => isLocalRef(config, ref));
  const hosted = chain.filter((ref) => !isLocalRef(config, ref));
  const notes: Message[] = [];
  const moveToFront = (ref: string) => [ref, ...chain.filter((r) => r !== ref)];

  let next: string[];
  if (layout === 'local-only') {
    if (local.length === 0) throw new OperationError(msg('operations.noLocalInChain'));
    next = local;
    if (hosted.length) notes.push(msg('editNotes.hostedRemoved', { count: hosted.length }));
  } else if (layout === 'local-first') {
    if (local.length === 0) throw new OperationError(msg('operations.noLocalToPutFirst'));
    if (hosted.length === 0) notes.push(msg('editNotes.noHostedSafetyNet'));
    next = moveToFront(local[0]!);
  } else {
    if (hosted.length === 0) throw new OperationError(msg('operations.noHostedToPutFirst'));
    if (local.length === 0) notes.push(msg('editNotes.noLocalFallback'));
    next = moveToFront(hosted[0]!);
  }
  if (next.map(normalizeRef).join('\n') === chain.map(normalizeRef).join('\n'))
    notes.push(msg('editNotes.alreadyLayout', { layout }));
  setChain(config, next[0]!, next.slice(1));
  const models = config.models as Record<string, unknown> | undefined;
  if (layout !== 'local-only' && models?.mode === 'replace') {
    models.mode = 'merge';
    notes.push(msg('editNotes.mergeRestored'));
  }
  return notes;
}
