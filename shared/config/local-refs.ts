/**
 * Which model refs run on this machine or the LAN — the one place that decides it for
 * the chain (tray, Overview servers card, layouts, doctor, fit, check-up): a ref is local
 * when its provider's location (provider-kind.ts, `${VAR}`s per env-refs.ts) is not hosted.
 */
import { modelChain, providersOf, type ConfigObject } from './config-access';
import { effectiveEnv, type Env } from './env-refs';
import { parseModelRef } from './model-ref';
import { isLocalLocation, providerLocation } from './provider-kind';

/** Whether a ref points at a model served on this machine or the LAN; `processEnv` where the caller has one. */
export function isLocalRef(config: ConfigObject, ref: string, processEnv: Env = {}): boolean {
  const parsed = parseModelRef(ref);
  if (!parsed) return false;
  const providers = providersOf(config);
  const id = Object.keys(providers).find((key) => key.toLowerCase() === parsed.provider) ?? parsed.provider;
  // Own keys only: a provider id such as "constructor" must not find Object.prototype.constructor.
  const provider = Object.prototype.hasOwnProperty.call(providers, id) ? providers[id] : undefined;
  return isLocalLocation(
    providerLocation(id, provider as { baseUrl?: unknown } | undefined, effectiveEnv(config, processEnv)),
  );
}

/** The chain's local refs (primary, then fallbacks, each once), as the tray and the Overview list them. */
export function chainLocalRefs(config: ConfigObject | null, processEnv: Env = {}): string[] {
  if (!config) return [];
  const { primary, fallbacks } = modelChain(config);
  const chain = [...(primary ? [primary] : []), ...fallbacks];
  return chain.filter((ref, i) => chain.indexOf(ref) === i && isLocalRef(config, ref, processEnv));
}
