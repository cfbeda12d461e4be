/** The trivia around one item of a container: the comments that belong to it, its place, and its tail and comma. */
import type { ItemSpan } from './span-tree';
import { isComment, tokenize, type Token } from './tokens';

export const LINE_BREAK = /[\n\r\u2028\u2029]/;
export const HAS_COMMENT = /\/[/*]/;
export const STARTS_WITH_LINE_BREAK = /^[^\S\n\r\u2028\u2029]*[\n\r\u2028\u2029]/;

/** Whether trivia text (comments, whitespace, a comma) ends inside a line comment. */
export function endsInLineComment(trivia: string): boolean {
  if (!trivia.includes('//')) return false;
  const tokens = tokenize(trivia).filter((token) => token.type !== 'whitespace' && token.type !== 'eof');
  return tokens[tokens.length - 1]?.type === 'line-comment';
}

export const textAfterLastBreak = (text: string): string =>
  text.slice(Math.max(...['\n', '\r', '\u2028', '\u2029'].map((c) => text.lastIndexOf(c))) + 1);

/**
 * Splits an item's lead into what stays with the position (line breaks, indentation, a comment on
 * the bracket's line, a comment set apart by a blank line) and the comments that belong to the
 * item (on its line, or on the lines just above it), which travel with it.
 */
export function splitLead(text: string, item: ItemSpan): { position: string; own: string } {
  const lead = text.slice(item.leadStart, item.bodyStart);
  if (!HAS_COMMENT.test(lead)) return { position: lead, own: '' };
  const segments: Token[][] = [[]];
  for (const token of tokenize(lead)) {
    if (token.type === 'newline') segments.push([]);
    else if (token.type !== 'eof') segments[segments.length - 1]!.push(token);
  }
  const firstComment = (segment: Token[]) => segment.find((token) => isComment(token.type));
  let ownStart = lead.length;
  const last = segments.length - 1;
  const onItemLine = firstComment(segments[last]!);
  if (onItemLine) ownStart = onItemLine.start;
  // Lines above the item, up to a blank line; the first segment lies on the previous line (bracket or item).
  for (let s = last - 1; s >= 1; s--) {
    const comment = firstComment(segments[s]!);
    if (!comment) break;
    ownStart = comment.start;
  }
  if (ownStart === lead.length) return { position: lead, own: '' };
  return { position: lead.slice(0, ownStart), own: lead.slice(ownStart) };
}

/** The item's tail with its comma added or removed. */
export function itemTail(text: string, item: ItemSpan | null, needComma: boolean): string {
  if (!item) return needComma ? ',' : '';
  const tail = text.slice(item.bodyEnd, item.tailEnd);
  if (item.comma === null) return needComma ? `,${tail}` : tail;
  if (needComma) return tail;
  const at = item.comma - item.bodyEnd;
  return tail.slice(0, at) + tail.slice(at + 1);
}
