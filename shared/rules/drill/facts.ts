/** What the drill's rules judge: the config as OpenClaw reads it, the environment, the release, and per entry its 1-token answer. */
import type { ConfigObject } from '../../config/config-access';
import type { Env } from '../../config/env-refs';
import type { ResolvedEntry } from '../checkup/entry';

/** One real 1-token completion against an entry's own model, with the entry's own timeout as deadline. */
export interface DrillAsk {
  outcome: 'answers' | 'error' | 'timeout' | 'unreachable';
  status: number | null;
  error: string | null;
  /** The deadline it was given: the provider's timeoutSeconds, else OpenClaw's default (capped for the drill). */
  timeoutSeconds: number;
}

export interface DrillEntryFacts {
  ref: string;
  role: 'primary' | 'fallback';
  entry: ResolvedEntry;
  /** Null when not asked: a hosted model (asking costs money), no provider, or no base URL. */
  ask: DrillAsk | null;
}

export interface DrillFacts {
  config: ConfigObject;
  /** The environment the gateway resolves `${VAR}` in (the config's own env.vars included by the rules). */
  env: Env;
  openclawVersion: string | null;
  entries: DrillEntryFacts[];
}
