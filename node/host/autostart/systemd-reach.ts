/**
 * Whether a systemd manager can be reached before anything is written — the user's own
 * (which a root shell, a container or an SSH login without lingering lacks) or the system's
 * (absent where systemd is not PID 1) — and, when not, the commands that make a unit run.
 */
import { msg, type Message } from '@shared/i18n/message';
import type { CommandRunner } from './command-runner';

export type SystemdScope = 'user' | 'system';

export type Reach = { ok: true } | { ok: false; missing: boolean; detail: string };

/** `systemctl [--user] show-environment` answers only when the manager is there (it has a deadline: the runner's). */
export async function reachSystemd(run: CommandRunner, scope: SystemdScope): Promise<Reach> {
  const result = await run('systemctl', [...scopeArgs(scope), 'show-environment']);
  if (result.code === 0) return { ok: true };
  const detail = ((result.stderr || result.stdout).trim().split('\n')[0] ?? '').replace(/\.$/, '');
  return { ok: false, missing: Boolean(result.missing), detail: result.missing ? 'not found' : detail };
}

export const scopeArgs = (scope: SystemdScope) => (scope === 'user' ? ['--user'] : []);

/** What the user can see of a unit's log. */
export const journalCommand = (scope: SystemdScope, unit: string) =>
  `journalctl ${scope === 'user' ? '--user ' : ''}-u ${unit}`;

export interface NoManagerFacts {
  scope: SystemdScope;
  reach: Extract<Reach, { ok: false }>;
  /** Whether the system manager answers (asked only when it matters). */
  systemOk: boolean;
  user: string;
  uid: number;
  /** The foreground command that runs the same panel without any unit. */
  serveCommand: string;
}

/** Why no unit can start, then every way that works from here: lingering, a system unit, the foreground. */
export function noManagerHelp(facts: NoManagerFacts): { reason: Message; steps: Message[] } {
  const { scope, reach, systemOk, user, uid, serveCommand } = facts;
  const steps: Message[] = [];
  if (reach.missing) return { reason: msg('ship2.noSystemctl'), steps: [msg('ship2.foreground', { serveCommand })] };
  const reason =
    scope === 'user'
      ? msg('ship2.noUserManager', { user, detail: reach.detail })
      : msg('ship2.noSystemManager', { detail: reach.detail });
  if (scope === 'user' && systemOk) {
    // systemd runs, only the user's own instance is missing: lingering starts it, at boot too.
    if (uid === 0) steps.push(msg('ship2.useSystemUnit'));
    else steps.push(msg('ship2.enableLinger', { user, uid }));
  }
  steps.push(msg('ship2.foreground', { serveCommand }));
  return { reason, steps };
}
