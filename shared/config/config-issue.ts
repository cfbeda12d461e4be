/** One problem a validator finds in a config: where, OpenClaw's own words, and the same to translate. */
import type { Message } from '../i18n/message';

export interface ConfigIssue {
  path: string;
  /** OpenClaw's own wording (as `openclaw config validate --json` reports it; the CLI's --json keeps it). */
  message: string;
  /** The same in words to translate (shared/config/issue-detail.ts reads `message` when this is absent). */
  detail?: Message;
}
