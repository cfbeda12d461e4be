/** The lines around a parse error (the parser's line and its neighbours), secrets masked by their key names: what the repair page shows. */
import { maskSecretsInText } from './secrets';

/** How many lines either side of the bad one the repair page shows. */
export const EXCERPT_RADIUS = 3;

export function parseExcerpt(
  text: string,
  line: number | null,
  radius = EXCERPT_RADIUS,
): { number: number; text: string }[] {
  if (line === null || line < 1) return [];
  const lines = maskSecretsInText(text).split('\n');
  const from = Math.max(1, line - radius);
  const to = Math.min(lines.length, line + radius);
  const out: { number: number; text: string }[] = [];
  for (let n = from; n <= to; n++) out.push({ number: n, text: (lines[n - 1] ?? '').replace(/\r$/, '') });
  return out;
}
