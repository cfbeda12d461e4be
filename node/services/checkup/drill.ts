/**
 * The fallback drill's facts, gathered one chain entry at a time (loads on one server must not race):
 * each local entry's own model is asked for one token with the entry's own timeout as the deadline
 * (capped), as OpenClaw would meet it; hosted entries are not asked. The rules in shared/rules/drill judge them.
 */
import type { ConfigObject } from '@shared/config/config-access';
import { effectiveEnv, resolveCredential, resolveEnvString, type Env } from '@shared/config/env-refs';
import { entryBaseUrl, resolveEntry } from '@shared/rules/checkup/entry';
import type { DrillAsk, DrillEntryFacts, DrillFacts } from '@shared/rules/drill/facts';
import { entryTimeoutSeconds } from '@shared/rules/drill/reached';
import { askOnce } from '../servers/answer-check';
import { normalizeBaseUrl } from '../servers/probe';

/** The drill waits at most this long for one entry (a provider timeout of 15 minutes is not waited out). */
export const DRILL_ASK_CAP_SECONDS = 120;

async function askEntry(
  facts: Omit<DrillEntryFacts, 'ask'>,
  env: Env,
  release: string | null,
): Promise<DrillAsk | null> {
  const { entry } = facts;
  if (entry.location === 'hosted' || !entry.provider || !entry.modelId) return null;
  const raw = entryBaseUrl(entry);
  const baseUrl = raw ? resolveEnvString(raw, env, release) : undefined;
  if (!baseUrl) return null;
  const timeoutSeconds = Math.min(entryTimeoutSeconds({ ...facts, ask: null }), DRILL_ASK_CAP_SECONDS);
  let openaiBase: string;
  try {
    ({ openaiBase } = normalizeBaseUrl(baseUrl));
  } catch (error) {
    return { outcome: 'unreachable', status: null, error: (error as Error).message, timeoutSeconds };
  }
  const said = await askOnce(
    { openaiBase, model: entry.modelId, apiKey: resolveCredential(entry.provider.apiKey, env, release) },
    timeoutSeconds * 1000,
  );
  return { ...said, timeoutSeconds };
}

/** Every chain entry's facts for the drill rules. */
export async function gatherDrill(
  config: ConfigObject,
  chain: { ref: string; role: 'primary' | 'fallback' }[],
  processEnv: Env,
  openclawVersion: string | null,
): Promise<DrillFacts> {
  const env = effectiveEnv(config, processEnv);
  const entries: DrillEntryFacts[] = [];
  for (const { ref, role } of chain) {
    const base = { ref, role, entry: resolveEntry(config, ref, processEnv) };
    entries.push({ ...base, ask: await askEntry(base, env, openclawVersion) });
  }
  return { config, env: processEnv, openclawVersion, entries };
}
