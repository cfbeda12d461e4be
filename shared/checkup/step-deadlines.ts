/**
 * How long each step of a check-up (and of `check --fix`) may wait on one model's server: a
 * load LOAD_DEADLINE_DEFAULT_SECONDS (configurable with CLAW_CONTROL_CHECK_LOAD_SECONDS), an
 * unload UNLOAD_DEADLINE_SECONDS, any other request OpenClaw's own default request timeout —
 * an answer slower than that fails in OpenClaw too. A step past its deadline is abandoned and
 * reported with the deadline it ran past; nothing waits 10 minutes a model.
 */
import { OPENCLAW_DEFAULT_TIMEOUT_SECONDS } from './openclaw-limits';

/** A cold load past 3 minutes fails OpenClaw's first request at any timeout a user would keep. */
export const LOAD_DEADLINE_DEFAULT_SECONDS = 180;
/** The most the environment variable may ask for (a 400 GB model from a spinning disk). */
export const LOAD_DEADLINE_MAX_SECONDS = 1800;
export const UNLOAD_DEADLINE_SECONDS = 60;
/** The environment variable that sets the load's deadline, in seconds. */
export const LOAD_DEADLINE_ENV = 'CLAW_CONTROL_CHECK_LOAD_SECONDS';

export interface StepDeadlines {
  loadMs: number;
  unloadMs: number;
  /** The probe's 1-token answer aside: a Responses request, a tool call. */
  requestMs: number;
}

/** The deadlines for this run: the load's from LOAD_DEADLINE_ENV when it is a number of seconds from 1 to the maximum. */
export function stepDeadlines(env: Readonly<Record<string, string | undefined>>): StepDeadlines {
  const asked = Number(env[LOAD_DEADLINE_ENV]);
  const loadSeconds =
    Number.isFinite(asked) && asked >= 1 && asked <= LOAD_DEADLINE_MAX_SECONDS ? asked : LOAD_DEADLINE_DEFAULT_SECONDS;
  return {
    loadMs: loadSeconds * 1000,
    unloadMs: UNLOAD_DEADLINE_SECONDS * 1000,
    requestMs: OPENCLAW_DEFAULT_TIMEOUT_SECONDS * 1000,
  };
}
