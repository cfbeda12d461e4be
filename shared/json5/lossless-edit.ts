/**
 * Lossless JSON5 editing: given the original text and the value it should hold now,
 * rewrites only what changed. Unchanged values, comments, key order, quoting, number
 * forms (hex, Infinity), indentation, line endings and a BOM are copied byte for byte;
 * a moved array element takes its comments with it; a renamed key stays in place; new
 * keys follow the surrounding style. The result is re-parsed with json5 and compared
 * with the intended value before it is returned — any difference is an error.
 * This module is the driver (two passes over the span tree); the work is in value-renderer.ts,
 * container-text.ts and comment-moves.ts.
 */
import { msg } from '../i18n/message';
import { CommentMoves } from './comment-moves';
import { deepEqual } from './deep-equal';
import { LosslessEditError, verified } from './edit-check';
import type { RewriteOptions } from './edit-types';
import { parseJson5Fast } from './fast-parse';
import { assertWithinLimits, Json5LimitError } from './limits';
import { parseSpans } from './span-tree';
import { learnStyle, serializeValue, type Json5Style } from './style';
import { Renderer } from './value-renderer';

export { LosslessEditError };
export type { JsonPath, RewriteOptions } from './edit-types';

const BOM = '\uFEFF';

/** Parses JSON5 text (a leading BOM allowed) after checking the size and depth limits (limits.ts). */
export function parseJson5Text(text: string): unknown {
  assertWithinLimits(text);
  return parseJson5Fast(text.startsWith(BOM) ? text.slice(1) : text);
}

/** Below this size the whole edited document is also re-parsed, as a second check. */
const FULL_CHECK_LENGTH = 256 * 1024;

/**
 * Returns `text` rewritten to hold `newValue`, changing as little as possible.
 * `oldValue` must be what `text` parses to.
 */
export function rewriteJson5(text: string, oldValue: unknown, newValue: unknown, options: RewriteOptions = {}): string {
  try {
    assertWithinLimits(text);
  } catch (error) {
    if (error instanceof Json5LimitError) throw new LosslessEditError(error.message, error.detail);
    throw error;
  }
  if (deepEqual(oldValue, newValue)) return text;
  let result: string;
  if (text.trim() === '' || text.trim() === BOM) {
    const style: Json5Style = { newline: '\n', indentUnit: '  ', quote: '"', bareKeys: true, trailingComma: false };
    result = `${serializeValue(newValue, style, '', true)}\n`;
  } else {
    let document;
    try {
      document = parseSpans(text);
    } catch (error) {
      if (error instanceof Json5LimitError) throw new LosslessEditError(error.message, error.detail);
      const reason = (error as Error).message;
      throw new LosslessEditError(
        `cannot edit this file without losing formatting: ${reason}`,
        msg('json5.cannotFollow', { reason }),
      );
    }
    const style = learnStyle(text, document.quotes, document.root);
    const { root } = document;
    // First pass: render, recording which strings left a slot and where they arrived.
    const recorded = new CommentMoves(text, style, null, options);
    let body = new Renderer(text, style, recorded, options).render(root, oldValue, newValue);
    // Second pass, only when a moved string has comments to take along.
    const moves = recorded.moved();
    if (moves.size > 0) {
      const carried = new CommentMoves(text, style, moves, options);
      body = new Renderer(text, style, carried, options).render(root, oldValue, newValue);
    }
    result = text.slice(0, root.start) + body + text.slice(root.end);
  }
  // Each re-rendered span was checked on its own (see verified); a small file is checked whole too.
  if (result.length <= FULL_CHECK_LENGTH) verified(result.startsWith(BOM) ? result.slice(1) : result, newValue);
  return result;
}
