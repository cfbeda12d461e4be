/**
 * The guidance's three layouts as one-step edits of the model chain:
 * `hosted-primary` (a hosted model first, the local one as its fallback),
 * `local-first` (the swap: the local model first, hosted models as the safety net),
 * `local-only` (only local models in the chain; hosted providers stay configured).
 */
import { msg } from '../i18n/message';
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
): string[] {
  const { primary, fallbacks } = modelChain(config);
  const chain = (primary ? [primary, ...fallbacks] : fallbacks).filter((ref, i, all) => all.indexOf(ref) === i);
  const local = chain.filter((ref) => isLocalRef(config, ref));
  const hosted = chain.filter((ref) => !isLocalRef(config, ref));
  const notes: string[] = [];
  const moveToFront = (ref: string) => [ref, ...chain.filter((r) => r !== ref)];

  let next: string[];
  if (layout === 'local-only') {
    if (local.length === 0) throw new OperationError(msg('operations.noLocalInChain'));
    next = local;
    if (hosted.length)
      notes.push(
        `removed ${hosted.length} hosted model${hosted.length === 1 ? '' : 's'} from the chain (their providers stay configured)`,
      );
  } else if (layout === 'local-first') {
    if (local.length === 0) throw new OperationError(msg('operations.noLocalToPutFirst'));
    if (hosted.length === 0) notes.push('there is no hosted model in the chain to act as a safety net');
    next = moveToFront(local[0]!);
  } else {
    if (hosted.length === 0) throw new OperationError(msg('operations.noHostedToPutFirst'));
    if (local.length === 0) notes.push('there is no local model in the chain to fall back to');
    next = moveToFront(hosted[0]!);
  }
  if (next.map(normalizeRef).join('\n') === chain.map(normalizeRef).join('\n'))
    notes.push(`the chain already follows the ${layout} layout`);
  setChain(config, next[0]!, next.slice(1));
  const models = config.models as Record<string, unknown> | undefined;
  if (layout !== 'local-only' && models?.mode === 'replace') {
    models.mode = 'merge';
    notes.push('models.mode set back to "merge" so the hosted fallbacks stay available');
  }
  return notes;
}
