/** Provider operations: add, update, remove and rename a provider, and set `models.mode` (merge or replace). */
import { msg, type Message } from '../i18n/message';
import { providersOf, type ConfigObject } from './config-access';
import { parseModelRef } from './model-ref';
import { OperationError } from './operation-error';
import type { OperationOf } from './operation-schema';
import { applyFields, hasOwn, objectAt, providersMap, requireProvider } from './operation-targets';
import { breakOrRemove } from './ref-removal';
import { renameProviderRefs } from './ref-sites';

export type ProviderOperation = OperationOf<
  'addProvider' | 'updateProvider' | 'removeProvider' | 'renameProvider' | 'setMode'
>;

export function applyProviderOperation(config: ConfigObject, op: ProviderOperation, notes: Message[]): void {
  switch (op.op) {
    case 'addProvider': {
      const providers = providersMap(config);
      if (hasOwn(providers, op.id)) throw new OperationError(msg('operations.providerExists', { id: op.id }));
      providers[op.id] = structuredClone(op.provider);
      return;
    }
    case 'updateProvider':
      applyFields(requireProvider(config, op.id), op.set, op.unset);
      return;
    case 'removeProvider': {
      requireProvider(config, op.id);
      breakOrRemove(config, op.id, (r) => parseModelRef(r)?.provider === op.id, op.removeRefs, notes);
      delete providersOf(config)[op.id];
      return;
    }
    case 'renameProvider': {
      requireProvider(config, op.from);
      const providers = providersOf(config);
      if (op.from === op.to) throw new OperationError(msg('operations.sameId'));
      if (hasOwn(providers, op.to)) throw new OperationError(msg('operations.providerExists', { id: op.to }));
      // Rebuild the map in order so the provider keeps its place.
      const renamed = Object.fromEntries(Object.entries(providers).map(([id, p]) => [id === op.from ? op.to : id, p]));
      objectAt(config, 'models', 'models').providers = renamed;
      // Every reference OpenClaw follows (ref-sites.ts); the chain keeps its written form.
      const refs = renameProviderRefs(config, op.from, op.to);
      if (refs.renamed.length)
        notes.push(
          msg('editNotes.refsRenamed', { count: refs.renamed.length, to: op.to, refs: refs.renamed.join(', ') }),
        );
      if (refs.remaining.length)
        notes.push(
          msg('editNotes.refsRemaining', {
            count: refs.remaining.length,
            from: op.from,
            refs: refs.remaining.join(', '),
          }),
        );
      return;
    }
    case 'setMode':
      objectAt(config, 'models', 'models').mode = op.mode;
      if (op.mode === 'replace') notes.push(msg('editNotes.replaceMode'));
      return;
  }
}
