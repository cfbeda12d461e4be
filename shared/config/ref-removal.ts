/** The refs that use a provider or model, and removing them (or refusing to break them) when it goes. */
import { msg, type Message } from '../i18n/message';
import { agentDefaults, asObject, modelChain, modelEntries, type ConfigObject } from './config-access';
import { modelObject, setChain } from './chain-edit';
import { normalizeRef } from './model-ref';
import { OperationError } from './operation-error';

/** Refs that mention a provider (or one of its models): primary, fallbacks, alias keys, allow-list. */
export function refsUsing(config: ConfigObject, matches: (ref: string) => boolean): string[] {
  const { primary, fallbacks } = modelChain(config);
  const found: string[] = [];
  if (primary && matches(normalizeRef(primary))) found.push(`primary ${primary}`);
  fallbacks.forEach((f, i) => matches(normalizeRef(f)) && found.push(`fallback ${i + 1} ${f}`));
  for (const key of Object.keys(modelEntries(config)))
    if (matches(normalizeRef(key))) found.push(`agents.defaults.models["${key}"]`);
  const allow = asObject(agentDefaults(config).modelPolicy)?.allow;
  if (Array.isArray(allow))
    for (const entry of allow)
      if (typeof entry === 'string' && matches(normalizeRef(entry))) found.push(`modelPolicy.allow ${entry}`);
  return found;
}

/** Removes every ref `matches` picks; promotes the first surviving fallback when the primary goes. */
function dropRefs(config: ConfigObject, matches: (ref: string) => boolean, notes: Message[]): void {
  const { primary, fallbacks } = modelChain(config);
  const keptFallbacks = fallbacks.filter((f) => !matches(normalizeRef(f)));
  if (primary && matches(normalizeRef(primary))) {
    const [next, ...rest] = keptFallbacks;
    if (next) {
      setChain(config, next, rest);
      notes.push(msg('editNotes.promoted', { ref: next }));
    } else {
      const model = modelObject(config);
      delete model.primary;
      model.fallbacks = [];
      notes.push(msg('editNotes.noPrimaryLeft'));
    }
  } else if (keptFallbacks.length !== fallbacks.length) {
    modelObject(config).fallbacks = keptFallbacks;
  }
  const entries = asObject(agentDefaults(config).models);
  if (entries) for (const key of Object.keys(entries)) if (matches(normalizeRef(key))) delete entries[key];
  const policy = asObject(agentDefaults(config).modelPolicy);
  if (policy && Array.isArray(policy.allow)) {
    policy.allow = policy.allow.filter((entry) => typeof entry !== 'string' || !matches(normalizeRef(entry)));
  }
}

/** Refuses to remove `what` while refs use it, unless `removeRefs` says to remove them too. */
export function breakOrRemove(
  config: ConfigObject,
  what: string,
  matches: (ref: string) => boolean,
  removeRefs: boolean | undefined,
  notes: Message[],
) {
  const broken = refsUsing(config, matches);
  if (broken.length === 0) return;
  if (!removeRefs) {
    throw new OperationError(msg('operations.wouldBreak', { what, count: broken.length, refs: broken.join('; ') }));
  }
  dropRefs(config, matches, notes);
  notes.push(msg('editNotes.refsRemoved', { count: broken.length, what }));
}
