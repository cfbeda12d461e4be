/** Operations on a provider's model rows (`models.providers.<id>.models`): add, update and remove a row. */
import { msg, type Message } from '../i18n/message';
import { isPlainObject } from '../json5/deep-equal';
import { providerModels, type ConfigObject } from './config-access';
import { OperationError } from './operation-error';
import type { OperationOf } from './operation-schema';
import { applyFields, requireProvider, wrongShape } from './operation-targets';
import { breakOrRemove } from './ref-removal';

export type ProviderModelOperation = OperationOf<'addModel' | 'updateModel' | 'removeModel'>;

export function applyProviderModelOperation(config: ConfigObject, op: ProviderModelOperation, notes: Message[]): void {
  switch (op.op) {
    case 'addModel': {
      const provider = requireProvider(config, op.provider);
      const id = op.model.id;
      if (typeof id !== 'string' || !id.trim()) throw new OperationError(msg('operations.modelNeedsId'));
      if (providerModels(provider).some((m) => m.id === id))
        throw new OperationError(msg('operations.modelExists', { provider: op.provider, id }));
      const model = { ...op.model, name: typeof op.model.name === 'string' && op.model.name ? op.model.name : id };
      if (provider.models !== undefined && !Array.isArray(provider.models))
        throw wrongShape(`models.providers.${op.provider}.models`, provider.models, 'modelRows');
      if (!Array.isArray(provider.models)) provider.models = [];
      (provider.models as unknown[]).push(structuredClone(model));
      return;
    }
    case 'updateModel': {
      const model = providerModels(requireProvider(config, op.provider)).find((m) => m.id === op.id);
      if (!model) throw new OperationError(msg('operations.noModel', { provider: op.provider, id: op.id }));
      applyFields(model, op.set, op.unset);
      return;
    }
    case 'removeModel': {
      const provider = requireProvider(config, op.provider);
      const models = providerModels(provider);
      if (!models.some((m) => m.id === op.id))
        throw new OperationError(msg('operations.noModel', { provider: op.provider, id: op.id }));
      const target = `${op.provider}/${op.id}`;
      breakOrRemove(config, target, (r) => r === target, op.removeRefs, notes);
      provider.models = (provider.models as unknown[]).filter((m) => !(isPlainObject(m) && m.id === op.id));
      return;
    }
  }
}
