/**
 * Terminal-safe text: every character that would steer a terminal instead of printing — C0
 * controls but newline and tab, DEL, C1 controls (CSI, OSC as one byte), and the bidi overrides
 * that reorder what a line shows — is written as its `\uXXXX` escape. So a model name or a remote
 * panel's message cannot set the clipboard (`ESC ]52`), retitle the window or hide text; and since
 * the escape is JSON's own, `--json` output stays valid JSON that decodes to the same string.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is this module's one job
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
