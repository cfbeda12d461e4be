/** Resolves the model reference a user typed (full ref, alias, or a unique bare model id) to a full ref. */
import { msg } from '../i18n/message';
import { providersOf, refContext, type ConfigObject } from './config-access';
import { formatModelRef, resolveRef } from './model-ref';
import { BUNDLED_PROVIDER_IDS } from './openclaw-schema';
import { OperationError } from './operation-error';

/** Resolves what the user typed to a full ref; refuses an ambiguous, malformed or unknown one. */
export function resolveUserRef(config: ConfigObject, raw: string): string {
  const resolved = resolveRef(raw, refContext(config));
  if (resolved.kind === 'unresolved') {
    if (resolved.reason === 'ambiguous') {
      throw new OperationError(msg('operations.ambiguous', { ref: raw, candidates: resolved.candidates!.join(', ') }));
    }
    if (resolved.reason === 'malformed') throw new OperationError(msg('operations.malformed', { ref: raw }));
    throw new OperationError(msg('operations.unresolved', { ref: raw }));
  }
  const full = formatModelRef(resolved.ref);
  const configured = Object.keys(providersOf(config)).map((id) => id.toLowerCase());
  if (!configured.includes(resolved.ref.provider) && !BUNDLED_PROVIDER_IDS.includes(resolved.ref.provider)) {
    throw new OperationError(msg('operations.unknownProvider', { provider: resolved.ref.provider, ref: full }));
  }
  return full;
}

/** Resolves a ref for removal/move without requiring its provider to exist. */
export function resolveRefLoosely(config: ConfigObject, raw: string): string {
  const resolved = resolveRef(raw, refContext(config));
  return resolved.kind === 'ref' ? formatModelRef(resolved.ref) : raw;
}
