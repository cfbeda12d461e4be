/** The check-up's look at the memory search's local embedding servers: found in the config, probed one at a time, judged. */
import type { ConfigObject } from '@shared/config/config-access';
import { providersOf, asObject } from '@shared/config/config-access';
import { effectiveEnv, resolveCredential, resolveEnvString, type Env } from '@shared/config/env-refs';
import { embeddingTargets, judgeEmbeddingServer, type EmbeddingServer } from '@shared/rules/checkup/embeddings';
import { probeEmbeddingServer } from './embedding-probe';

export async function inspectEmbeddings(
  config: ConfigObject,
  processEnv: Env,
  budgetBytes: number | null,
  procRoot?: string,
): Promise<EmbeddingServer[]> {
  const env = effectiveEnv(config, processEnv);
  const out: EmbeddingServer[] = [];
  for (const target of embeddingTargets(config)) {
    const baseUrl = target.baseUrl ? (resolveEnvString(target.baseUrl, env) ?? null) : null;
    const resolved = { ...target, baseUrl };
    const apiKey = resolveCredential(asObject(providersOf(config)[target.provider])?.apiKey, env);
    const facts = baseUrl ? await probeEmbeddingServer(resolved, { apiKey, procRoot }) : null;
    out.push(judgeEmbeddingServer(resolved, facts, budgetBytes));
  }
  return out;
}
