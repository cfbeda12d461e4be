/** Model chain operations: the primary, the whole chain, fallbacks added, removed, moved or cleared, and layouts. */
import { msg, type Message } from '../i18n/message';
import { agentDefaults, modelChain, type ConfigObject } from './config-access';
import { modelObject, setChain } from './chain-edit';
import { applyLayout } from './layouts';
import { normalizeRef } from './model-ref';
import { OperationError } from './operation-error';
import type { OperationOf } from './operation-schema';
import { resolveRefLoosely, resolveUserRef } from './user-ref';

export type ChainOperation = OperationOf<
  'setPrimary' | 'setChain' | 'addFallback' | 'removeFallback' | 'moveFallback' | 'clearFallbacks' | 'applyLayout'
>;

export function applyChainOperation(config: ConfigObject, op: ChainOperation, notes: Message[]): void {
  switch (op.op) {
    case 'setPrimary': {
      const next = resolveUserRef(config, op.ref);
      const { fallbacks } = modelChain(config);
      const without = fallbacks.filter((f) => normalizeRef(f) !== next);
      if (without.length !== fallbacks.length) notes.push(msg('editNotes.fallbackNowPrimary', { ref: next }));
      setChain(config, next, without);
      return;
    }
    case 'setChain': {
      const refs = op.refs.map((r) => resolveUserRef(config, r));
      const duplicate = refs.find((r, i) => refs.indexOf(r) !== i);
      if (duplicate) throw new OperationError(msg('operations.twiceInChain', { ref: duplicate }));
      setChain(config, refs[0]!, refs.slice(1));
      return;
    }
    case 'addFallback': {
      const next = resolveUserRef(config, op.ref);
      const { primary, fallbacks } = modelChain(config);
      if (primary && normalizeRef(primary) === next)
        throw new OperationError(msg('operations.fallbackIsPrimary', { ref: next }));
      const existing = fallbacks.findIndex((f) => normalizeRef(f) === next);
      if (existing >= 0) throw new OperationError(msg('operations.alreadyFallback', { ref: next, n: existing + 1 }));
      const at = op.position === undefined ? fallbacks.length : Math.min(op.position - 1, fallbacks.length);
      const updated = [...fallbacks.slice(0, at), next, ...fallbacks.slice(at)];
      if (!primary) notes.push(msg('editNotes.noPrimaryYet'));
      modelObject(config).fallbacks = updated;
      return;
    }
    case 'removeFallback': {
      const { fallbacks, index } = findFallback(config, op.ref);
      modelObject(config).fallbacks = fallbacks.filter((_, i) => i !== index);
      return;
    }
    case 'moveFallback': {
      const { fallbacks, index } = findFallback(config, op.ref);
      if (op.position > fallbacks.length)
        throw new OperationError(msg('operations.pastEnd', { position: op.position, count: fallbacks.length }));
      const updated = fallbacks.filter((_, i) => i !== index);
      updated.splice(op.position - 1, 0, fallbacks[index]!);
      modelObject(config).fallbacks = updated;
      return;
    }
    case 'clearFallbacks':
      // `model: "x"` has no fallbacks to clear; leave its form alone.
      if (typeof agentDefaults(config).model !== 'string') modelObject(config).fallbacks = [];
      return;
    case 'applyLayout':
      notes.push(...applyLayout(config, op.layout, setChain));
      return;
  }
}

/** The fallbacks and the position of `raw` among them; refuses when it is not one. */
function findFallback(config: ConfigObject, raw: string): { fallbacks: string[]; index: number } {
  const { fallbacks } = modelChain(config);
  const target = normalizeRef(resolveRefLoosely(config, raw));
  const index = fallbacks.findIndex((f) => normalizeRef(f) === target);
  if (index < 0)
    throw new OperationError(
      fallbacks.length
        ? msg('operations.notFallback', { ref: raw, fallbacks: fallbacks.join(', ') })
        : msg('operations.noFallbacks', { ref: raw }),
    );
  return { fallbacks, index };
}
