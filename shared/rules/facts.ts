/**
 * The one facts snapshot the rules judge: the config (as OpenClaw reads it) and the OpenClaw release
 * judged for, and — where a view gathered them — the schema issues, OpenClaw's own verdict, the
 * servers' probes, the primary's fit, the check-up's report and a hardware read that failed.
 * The file's own state (missing, unreadable, malformed) is judged before there is a config.
 */
import type { CheckupReport } from '../checkup/types';
import type { ConfigObject } from '../config/config-access';
import type { ConfigIssue } from '../config/validate';
import type { FitResult } from '../fit/advisor';
import type { ServerProbe } from '../servers/probe-result';
import type { Finding } from './finding';
import type { ParseErrorInfo } from '../api/schemas/config-summary';

export interface ConfigFileFacts {
  path: string;
  state: 'ok' | 'missing' | 'malformed' | 'unreadable';
  /** Where and why it does not parse (the reader's ParseErrorInfo: line, column, typographic quotes, the backup that exists). */
  parseError?: ParseErrorInfo | null;
}

export interface RuleFacts {
  config: ConfigObject;
  /** The installed OpenClaw's version; null when none was found (the pinned release's rules apply). */
  openclawVersion: string | null;
  /** Our schema's issues. */
  issues?: readonly ConfigIssue[];
  /** OpenClaw's own `config validate`, when it ran. */
  openclaw?: { ran: boolean; valid: boolean; issues: ConfigIssue[]; note?: string } | null;
  servers?: readonly { providerId: string; probe: ServerProbe }[];
  /** The primary's fit on this machine (null when the primary is hosted or unknown). */
  primaryFit?: FitResult | null;
  /** The check-up of the chain (passive: nothing loaded). */
  checkup?: CheckupReport | null;
  /** Why this machine's hardware could not be read, when it could not. */
  hardwareFailure?: string | null;
  /** What the view's other rules already found (the check-up's rules leave out what those say). */
  judged?: readonly Finding[];
}
