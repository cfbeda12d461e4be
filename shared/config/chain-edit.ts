/** Writes the model chain (`agents.defaults.model`), keeping its written form: a string while it has no fallbacks. */
import type { ConfigObject } from './config-access';
import { agentsDefaults, objectAt, wrongShape, type Obj } from './operation-targets';

/** `agents.defaults.model` as an object (a string primary becomes `{primary}`), its fallbacks a list. */
export function modelObject(config: ConfigObject): Obj {
  const defaults = agentsDefaults(config);
  if (typeof defaults.model === 'string') defaults.model = { primary: defaults.model };
  const model = objectAt(defaults, 'model', 'agents.defaults.model');
  if (model.fallbacks !== undefined && !Array.isArray(model.fallbacks))
    throw wrongShape('agents.defaults.model.fallbacks', model.fallbacks, 'a list of "provider/model" strings');
  return model;
}

export function setChain(config: ConfigObject, primary: string, fallbacks: string[]): void {
  const defaults = agentsDefaults(config);
  // `model: "x"` stays a string while there are no fallbacks (a no-op rewrites nothing).
  if (typeof defaults.model === 'string' && fallbacks.length === 0) {
    defaults.model = primary;
    return;
  }
  const model = modelObject(config);
  model.primary = primary;
  if (fallbacks.length > 0 || Array.isArray(model.fallbacks)) model.fallbacks = fallbacks;
}
