/**
 * Drill rule 4, the hand-over: would OpenClaw get to this entry when every entry before it fails.
 * - A provider timeout is a terminal abort on the releases with `isTerminalAbortCandidate` treating
 *   any TimeoutError as terminal: the turn ends and the chain is skipped (openclaw#122922, reported on
 *   2026.7.1; still in 2026.9.6 dist/model-fallback-attempt-*.mjs; fixed by openclaw#168605, in a
 *   release this build does not know — a newer release is "may be fixed", never "fixed").
 * - The turn's own deadline (`agents.defaults.timeoutSeconds`, default 172800 s in 2026.9.6
 *   dist/timeout-*.mjs) ends the run outside the fallback loop (openclaw#141838): the earlier entries'
 *   timeouts must leave room for this one.
 */
import { agentDefaults } from '../../config/config-access';
import { OPENCLAW_DEFAULT_TIMEOUT_SECONDS } from '../../checkup/openclaw-limits';
import { msg, type Message } from '../../i18n/message';
import type { CheckStatus } from '../../checkup/types';
import type { DrillEntryFacts } from './facts';
import type { DrillRule } from './rule';
import { releaseIn, step } from './rule';

/** The releases where a provider timeout skips the chain (first report .. last release checked). */
export const TERMINAL_TIMEOUT_RANGE = '>=2026.7.1 <=2026.9.6';
/** Where it was checked to still hold: the newest release this build read. */
export const TERMINAL_TIMEOUT_LAST_CHECKED = '2026.9.6';
/** The whole turn's deadline when `agents.defaults.timeoutSeconds` is not set (2026.9.6). */
export const OPENCLAW_DEFAULT_AGENT_TIMEOUT_SECONDS = 172_800;

/** The seconds an entry may take before OpenClaw gives up on it: its provider's timeoutSeconds, else the idle watchdog. */
export function entryTimeoutSeconds(facts: DrillEntryFacts): number {
  const t = facts.entry.provider?.timeoutSeconds;
  return typeof t === 'number' && t > 0 ? t : OPENCLAW_DEFAULT_TIMEOUT_SECONDS;
}

/** The turn's deadline in seconds; null when it is off (0). */
export function turnDeadlineSeconds(config: Record<string, unknown>): number | null {
  const t = agentDefaults(config).timeoutSeconds;
  if (t === 0) return null;
  return typeof t === 'number' && t > 0 ? t : OPENCLAW_DEFAULT_AGENT_TIMEOUT_SECONDS;
}

export const reachedRule: DrillRule = {
  id: 'reached',
  openclaw: {
    source: '2026.9.6 dist/model-fallback-attempt-*.mjs (isTerminalAbortCandidate), dist/timeout-*.mjs',
    versions: TERMINAL_TIMEOUT_RANGE,
  },
  judge({ config, entries, openclawVersion }, index) {
    if (index === 0) return step('reached', 'pass', msg('drill.reached.primary'));
    const earlier = entries.slice(0, index);
    const evidence: Message[] = [];
    let status: CheckStatus = 'pass';
    let summary = msg('drill.reached.ok', { count: index });
    const terminal = releaseIn(openclawVersion, TERMINAL_TIMEOUT_RANGE);
    const newer = releaseIn(openclawVersion, `>${TERMINAL_TIMEOUT_LAST_CHECKED}`);
    const timedOut = earlier.find((e) => e.ask?.outcome === 'timeout');
    const bug = { issue: 'openclaw#122922', fix: 'openclaw#168605', checked: TERMINAL_TIMEOUT_LAST_CHECKED };
    if (timedOut) {
      if (terminal === true) {
        status = 'fail';
        summary = msg('drill.reached.timeoutTerminal', { ref: timedOut.ref, version: openclawVersion, ...bug });
      } else {
        status = 'warn';
        summary = msg('drill.reached.timeoutMaybe', { ref: timedOut.ref, ...bug });
        evidence.push(
          newer === true
            ? msg('drill.reached.maybeFixed', { version: openclawVersion, ...bug })
            : msg('drill.reached.versionUnknown', { range: TERMINAL_TIMEOUT_RANGE }),
        );
      }
    } else if (terminal !== false && earlier.some((e) => e.entry.location !== 'hosted' && e.entry.provider)) {
      // Nothing timed out now; a cold load or a long prompt later still would, and would end the turn.
      evidence.push(msg('drill.reached.ifTimeout', { ...bug }));
    }
    const deadline = turnDeadlineSeconds(config);
    const spent = earlier.reduce((sum, e) => sum + entryTimeoutSeconds(e), 0);
    if (deadline !== null) {
      if (spent >= deadline) {
        status = 'fail';
        if (summary.code === 'drill.reached.ok' || !timedOut)
          summary = msg('drill.reached.deadline', { deadline, spent, count: index });
        else evidence.push(msg('drill.reached.deadline', { deadline, spent, count: index }));
      } else evidence.push(msg('drill.reached.room', { deadline, spent }));
    }
    return step('reached', status, summary, evidence);
  },
};
