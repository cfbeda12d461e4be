/**
 * Saves that need an explicit yes (issue #11), mirroring OpenClaw's own clobber guard
 * (reference/openclaw-config.md, OpenClaw 2026.x): one that drops `gateway.mode` (a config
 * without it blocks Gateway start, OpenClaw issue #126920) and one that shrinks the file by
 * more than half.
 */
import type { Message } from '../i18n/message';
import { msg } from '../i18n/message';
import { isPlainObject } from '../json5/deep-equal';

const gatewayMode = (config: unknown): unknown =>
  isPlainObject(config) && isPlainObject(config.gateway) ? config.gateway.mode : undefined;

export function saveConfirmations(before: unknown, after: unknown, beforeText: string, afterText: string): Message[] {
  const out: Message[] = [];
  if (gatewayMode(before) !== undefined && gatewayMode(after) === undefined)
    out.push(msg('safety.needsConfirmDropsMode'));
  const was = beforeText.length;
  const now = afterText.length;
  if (was > 0 && now * 2 < was) out.push(msg('safety.needsConfirmShrinks', { before: was, after: now }));
  return out;
}
