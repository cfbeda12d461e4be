/**
 * Lossless JSON5 editing: given the original text and the value it should hold now,
 * rewrites only what changed. Unchanged values, comments, key order, quoting, number
 * forms (hex, Infinity), indentation, line endings and a BOM are copied byte for byte;
 * a moved array element takes its comments with it; a renamed key stays in place; new
 * keys follow the surrounding style. The result is re-parsed with json5 and compared
 * with the intended value before it is returned — any difference is an error.
 */
import JSON5 from 'json5';
import { parseJson5Fast } from './fast-parse';
import { msg, type Message } from '../i18n/message';
import { deepEqual, isPlainObject } from './deep-equal';
import { assertWithinLimits, Json5LimitError } from './limits';
import { parseSpans, type ContainerSpan, type ItemSpan, type SpanNode } from './span-tree';
import { isComment, tokenize, type Token } from './tokens';
import { formatKey, isMultiline, learnStyle, lineIndent, serializeValue, type Json5Style } from './style';

export class LosslessEditError extends Error {
  constructor(
    message: string,
    /** The same, as a message to translate (`json5.*`). */
    readonly detail: Message,
  ) {
    super(message);
    this.name = 'LosslessEditError';
  }
}

const BOM = '\uFEFF';

/** Parses JSON5 text (a leading BOM allowed) after checking the size and depth limits (limits.ts). */
export function parseJson5Text(text: string): unknown {
  assertWithinLimits(text);
  return parseJson5Fast(text.startsWith(BOM) ? text.slice(1) : text);
}

/** An item of a rebuilt container: an original slot (possibly re-rendered) or a new one, with its values. */
interface Entry {
  /** Where the entry's value sits in the new document (only tracked when a hook needs it). */
  path: JsonPath;
  /** The member's key and separator ('' in an array): the body is keyPart + value. */
  keyPart: string;
  /** The entry's key (object) or index (array) in the new value. */
  slotKey: string | number;
  item: ItemSpan | null;
  body: string;
  oldValue: unknown;
  newValue: unknown;
}

export type JsonPath = readonly (string | number)[];

export interface RewriteOptions {
  /**
   * Says whether the string at `path`, replaced in place by another, is a different entry, so the
   * comments that described the old one leave with it (e.g. a different model in a chain slot).
   * Without it, a value replaced in place keeps the comments of its slot.
   */
  replacesEntry?: (path: JsonPath, oldValue: string, newValue: string) => boolean;
  /**
   * What identifies a string when it moves (default: the string itself). E.g. the model of a
   * `provider/model` ref, so that a ref renamed and moved in one edit still takes its comments.
   */
  entryKey?: (value: string) => string;
}

/** The comments a string value carries when it moves: its own lead comments and its tail without the comma. */
interface Carried {
  comments: string;
  /** The comments stood on lines above the value (not before it on its line). */
  above: boolean;
  tail: string;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** Quoted strings and a trailing line comment, removed before looking for a closing bracket. */
const STRINGS_AND_LINE_COMMENTS = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\/.*$/g;
const HAS_COMMENT = /\/[/*]/;

/** Whether trivia text (comments, whitespace, a comma) ends inside a line comment. */
function endsInLineComment(trivia: string): boolean {
  if (!trivia.includes('//')) return false;
  const tokens = tokenize(trivia).filter((token) => token.type !== 'whitespace' && token.type !== 'eof');
  return tokens[tokens.length - 1]?.type === 'line-comment';
}

/** A piece of a container's text, and the trivia it ends with (to know if a line comment ends it). */
type Part = [text: string, trailing: string, skeleton: string];
const STARTS_WITH_LINE_BREAK = /^[^\S\n\r\u2028\u2029]*[\n\r\u2028\u2029]/;

const textAfterLastBreak = (text: string): string =>
  text.slice(Math.max(...['\n', '\r', '\u2028', '\u2029'].map((c) => text.lastIndexOf(c))) + 1);

/**
 * Checks a re-rendered value on its own: it must parse (json5) to the intended value. Everything
 * around it is copied byte for byte, and it starts and ends on a value's first and last
 * character, so the document parses to the intended value wherever these checks pass.
 */
function verified(text: string, value: unknown): string {
  let parsed: unknown;
  try {
    // json5 itself, not parseJson5Fast: what is about to be written is checked by the reference parser.
    parsed = JSON5.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    throw new LosslessEditError(
      `the edited text would not parse (${reason}); nothing was written`,
      msg('json5.wouldNotParse', { reason }),
    );
  }
  if (!deepEqual(parsed, value)) {
    throw new LosslessEditError(
      'the edited text does not hold the intended values; nothing was written',
      msg('json5.wrongResult'),
    );
  }
  return text;
}

/** Below this size the whole edited document is also re-parsed, as a second check. */
const FULL_CHECK_LENGTH = 256 * 1024;

class Renderer {
  /** Strings leaving a slot, with what they carry (first pass). */
  readonly departures = new Map<string, Carried[]>();
  /** How many slots each string arrives in (first pass). */
  readonly arrivals = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly style: Json5Style,
    /** Second pass: strings that moved from exactly one slot to exactly one other, and their comments. */
    private readonly moves: Map<string, Carried> | null = null,
    private readonly options: RewriteOptions = {},
  ) {}

  private child(path: JsonPath, key: string | number): JsonPath {
    return this.options.replacesEntry ? [...path, key] : path;
  }

  private slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** Set when a container copied in place had a comment moved or a line break added between its items. */
  private triviaChanged = false;

  render(node: SpanNode, oldValue: unknown, newValue: unknown, path: JsonPath = []): string {
    if (deepEqual(oldValue, newValue)) return this.slice(node.start, node.end);
    if (node.kind === 'object' && isPlainObject(oldValue) && isPlainObject(newValue)) {
      return this.renderObject(node, oldValue, newValue, path);
    }
    if (node.kind === 'array' && Array.isArray(oldValue) && Array.isArray(newValue)) {
      return this.renderArray(node, oldValue, newValue, path);
    }
    const multiline = node.kind === 'primitive' ? this.text.includes('\n') : isMultiline(this.text, node);
    return verified(serializeValue(newValue, this.style, lineIndent(this.text, node.start), multiline), newValue);
  }

  private keyText(item: ItemSpan, name: string): string {
    const original = this.slice(item.key!.start, item.key!.end);
    if (item.key!.name === name) return original;
    const quote = original.startsWith("'") ? "'" : original.startsWith('"') ? '"' : this.style.quote;
    const key = formatKey(name, { bareKeys: this.style.bareKeys, quote });
    verified(`{${key}:0}`, { [name]: 0 });
    return key;
  }

  /** Key, separator and value of an object member, with its new name and value. */
  private keyPart(item: ItemSpan, name: string): string {
    return this.keyText(item, name) + this.slice(item.key!.end, item.value.start);
  }

  private key(value: string): string {
    return this.options.entryKey ? this.options.entryKey(value) : value;
  }

  private depart(value: unknown, item: ItemSpan): void {
    if (this.moves || typeof value !== 'string') return;
    const key = this.key(value);
    const list = this.departures.get(key) ?? [];
    list.push(this.carried(item));
    this.departures.set(key, list);
  }

  private carried(item: ItemSpan): Carried {
    const { own } = this.splitLead(item);
    const comments = own.trimEnd();
    return {
      comments,
      above: LINE_BREAK.test(own.slice(comments.length)),
      tail: this.tail(item, false),
    };
  }

  private renderObject(
    node: ContainerSpan,
    oldValue: Record<string, unknown>,
    newValue: Record<string, unknown>,
    path: JsonPath,
  ) {
    const has = (object: Record<string, unknown>, name: string) => Object.prototype.hasOwnProperty.call(object, name);
    const names = node.items.map((item) => item.key!.name);
    // json5 keeps the last of duplicate keys; the earlier ones are shadowed text, copied as they are.
    const live = new Map<string, number>();
    names.forEach((name, i) => live.set(name, i));
    const removed = [...live.keys()].filter((name) => !has(newValue, name));
    const added = Object.keys(newValue).filter((name) => !has(oldValue, name));
    // A key that vanished while another with the same value appeared is a rename: keep its place.
    const renames = new Map<string, string>();
    const renamedTo = new Set<string>();
    for (const from of removed) {
      const to = added.find((name) => !renamedTo.has(name) && deepEqual(oldValue[from], newValue[name]));
      if (to !== undefined) {
        renames.set(from, to);
        renamedTo.add(to);
      }
    }
    const gone = new Set(removed);
    const dropped = new Set(removed.filter((name) => !renames.has(name)));
    const fresh = added.filter((name) => !renamedTo.has(name));
    const entries: (Entry | null)[] = node.items.map((item, i) => {
      const name = names[i]!;
      if (live.get(name) !== i) {
        if (gone.has(name)) return null;
        const keyPart = this.slice(item.bodyStart, item.value.start);
        const body = this.slice(item.bodyStart, item.bodyEnd);
        return { path, keyPart, slotKey: name, item, body, oldValue: undefined, newValue: undefined };
      }
      if (dropped.has(name)) {
        this.depart(oldValue[name], item);
        return null;
      }
      const newName = renames.get(name) ?? name;
      const at = this.child(path, newName);
      const keyPart = this.keyPart(item, newName);
      return {
        path: at,
        keyPart,
        slotKey: newName,
        item,
        body: keyPart + this.render(item.value, oldValue[name], newValue[newName], at),
        oldValue: oldValue[name],
        newValue: newValue[newName],
      };
    });

    if (entries.every((entry) => entry !== null) && fresh.length === 0) {
      return this.inPlace(node, entries as Entry[], newValue);
    }
    const indent = this.itemIndent(node);
    const multiline = this.rebuildsMultiline(node);
    return this.rebuild(
      node,
      [
        ...entries.filter((entry): entry is Entry => entry !== null),
        ...fresh.map((name) => ({
          path: this.child(path, name),
          keyPart: `${formatKey(name, this.style)}: `,
          slotKey: name,
          item: null,
          body: `${formatKey(name, this.style)}: ${serializeValue(newValue[name], this.style, indent, multiline)}`,
          oldValue: undefined,
          newValue: newValue[name],
        })),
      ],
      newValue,
    );
  }

  private renderArray(node: ContainerSpan, oldValue: unknown[], newValue: unknown[], path: JsonPath): string {
    const used = new Set<number>();
    const pairs: (number | null)[] = newValue.map((value, j) => {
      const candidates = oldValue.map((_, i) => i).filter((i) => !used.has(i) && deepEqual(oldValue[i], value));
      const pick = candidates.includes(j) ? j : candidates[0];
      if (pick === undefined) return null;
      used.add(pick);
      return pick;
    });
    // A value changed where it stands keeps its place and comments (a model row edited, a ref renamed);
    // when the old value moved elsewhere, its comments follow it (see Carried).
    pairs.forEach((pair, j) => {
      if (pair === null && j < oldValue.length && !used.has(j)) {
        used.add(j);
        pairs[j] = j;
      }
    });
    oldValue.forEach((value, i) => used.has(i) || this.depart(value, node.items[i]!));
    const entries: Entry[] = pairs.map((pair, j) =>
      pair === null
        ? {
            path: this.child(path, j),
            keyPart: '',
            slotKey: j,
            item: null,
            body: serializeValue(newValue[j], this.style, this.itemIndent(node), this.rebuildsMultiline(node)),
            oldValue: undefined,
            newValue: newValue[j],
          }
        : {
            path: this.child(path, j),
            keyPart: '',
            slotKey: j,
            item: node.items[pair]!,
            body: this.render(node.items[pair]!.value, oldValue[pair], newValue[j], this.child(path, j)),
            oldValue: oldValue[pair],
            newValue: newValue[j],
          },
    );
    const inOrder = pairs.length === oldValue.length && pairs.every((pair, j) => pair === j);
    return inOrder ? this.inPlace(node, entries, newValue) : this.rebuild(node, entries, newValue);
  }

  private rebuildsMultiline(node: ContainerSpan): boolean {
    if (isMultiline(this.text, node)) return true;
    if (node.items.length > 0) return false;
    // An empty container: follow the file, unless a comment inside keeps it on one line, or it
    // sits in a container that closes on the same line (`lmstudio: { baseUrl: "…", models: [] },`):
    // a multi-line row there would leave that one-line object half broken open (`] },`).
    if (!this.text.includes('\n') || HAS_COMMENT.test(this.slice(node.innerStart, node.innerEnd))) return false;
    const lineEnd = this.text.indexOf('\n', node.end);
    const rest = this.slice(node.end, lineEnd < 0 ? this.text.length : lineEnd).replace(STRINGS_AND_LINE_COMMENTS, '');
    return !/[}\]]/.test(rest);
  }

  /** Same items in the same places: copy everything between the bodies. */
  private inPlace(node: ContainerSpan, entries: Entry[], newValue: unknown): string {
    const outer = this.triviaChanged;
    this.triviaChanged = false;
    const parts: (string | Part)[] = [this.slice(node.start, node.innerStart)];
    entries.forEach((entry) => {
      const item = entry.item!;
      parts.push(this.slot(entry, this.splitLead(item).position, item.comma !== null, this.itemIndent(node)));
    });
    const closingStart = node.items.length ? node.items[node.items.length - 1]!.tailEnd : node.innerStart;
    parts.push(this.slice(closingStart, node.end));
    const joined = this.join(parts, node);
    const changed = this.triviaChanged;
    this.triviaChanged = outer;
    return changed ? this.checkContainer(joined, entries, newValue) : joined[0];
  }

  /**
   * One slot: where it stands, the comments of what it holds, the value, the comma. A string
   * that moved here from another slot brings its comments; one that moved away takes them.
   */
  private slot(entry: Entry, position: string, needComma: boolean, indent: string): Part {
    const { item, oldValue, newValue } = entry;
    let own = item ? this.splitLead(item).own : '';
    let tail = this.tail(item, needComma);
    // The same entry staying in its slot (also when renamed in place) neither departs nor arrives.
    const stays =
      item !== null &&
      typeof oldValue === 'string' &&
      typeof newValue === 'string' &&
      (oldValue === newValue || this.key(oldValue) === this.key(newValue));
    const departing = !stays && item !== null && typeof oldValue === 'string' && oldValue !== newValue;
    const arriving = !stays && typeof newValue === 'string' && (item === null || oldValue !== newValue);
    if (!this.moves) {
      if (departing && arriving && this.options.replacesEntry?.(entry.path, oldValue, newValue) === true) {
        own = '';
        tail = needComma ? ',' : '';
        this.triviaChanged = true;
      }
      if (departing) this.depart(oldValue, item);
      if (arriving) this.arrivals.set(this.key(newValue), (this.arrivals.get(this.key(newValue)) ?? 0) + 1);
    } else {
      const incoming = arriving ? this.moves.get(this.key(newValue)) : undefined;
      // The old value's comments leave with it (to where it went, or with it when it is gone
      // and another value took its place) — they never label the wrong model.
      const replaced = departing && arriving && this.options.replacesEntry?.(entry.path, oldValue, newValue) === true;
      if (departing && (this.moves.has(this.key(oldValue)) || incoming || replaced)) {
        own = '';
        tail = needComma ? ',' : '';
        this.triviaChanged = true;
      }
      if (incoming) {
        this.triviaChanged = true;
        if (incoming.comments) {
          const breakLine = incoming.above || endsInLineComment(incoming.comments);
          const lineIndentText = LINE_BREAK.test(position) ? textAfterLastBreak(position) : indent;
          own += incoming.comments + (breakLine ? this.style.newline + lineIndentText : ' ');
        }
        tail += incoming.tail;
      }
    }
    // In the skeleton an existing slot's value (copied, or checked when re-rendered) reads as 0.
    const skeletonBody = item ? `${entry.keyPart}0` : entry.body;
    return [position + own + entry.body + tail, tail, position + own + skeletonBody + tail];
  }

  /** Joins slot texts; a line comment at the end of one gets a line break if the next does not start with one. */
  /** Joins the pieces of a container into its text and its skeleton (see checkContainer). */
  private join(pieces: (string | Part)[], node: ContainerSpan): [string, string] {
    let out = '';
    let skeleton = '';
    let previous = '';
    pieces.forEach((piece, i) => {
      const [text, trailing, skeletonText] = typeof piece === 'string' ? [piece, '', piece] : piece;
      if (i > 0 && endsInLineComment(previous) && !STARTS_WITH_LINE_BREAK.test(text)) {
        this.triviaChanged = true;
        const lineBreak =
          this.style.newline + (i === pieces.length - 1 ? lineIndent(this.text, node.start) : this.itemIndent(node));
        out += lineBreak;
        skeleton += lineBreak;
      }
      out += text;
      skeleton += skeletonText;
      previous = trailing;
    });
    return [out, skeleton];
  }

  /**
   * Checks a rebuilt container through its skeleton: the same text with every existing item's
   * value written as 0 (those values are copied bytes or were checked where they were
   * re-rendered). So the check costs what the container's structure costs, not its size.
   */
  private checkContainer([out, skeleton]: [string, string], entries: Entry[], newValue: unknown): string {
    const expected = (Array.isArray(newValue) ? [...newValue] : { ...(newValue as object) }) as Record<
      string | number,
      unknown
    >;
    for (const entry of entries) if (entry.item && entry.newValue !== undefined) expected[entry.slotKey] = 0;
    verified(skeleton, expected);
    return out;
  }

  /** The indentation of the container's items (learned from them, or one level deeper than the container). */
  private itemIndent(node: ContainerSpan): string {
    const first = node.items[0];
    if (first && isMultiline(this.text, node)) return lineIndent(this.text, first.bodyStart);
    return lineIndent(this.text, node.start) + this.style.indentUnit;
  }

  /**
   * Splits an item's lead into what stays with the position (line breaks, indentation, a comment on
   * the bracket's line, a comment set apart by a blank line) and the comments that belong to the
   * item (on its line, or on the lines just above it), which travel with it.
   */
  private splitLead(item: ItemSpan): { position: string; own: string } {
    const lead = this.slice(item.leadStart, item.bodyStart);
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
  private tail(item: ItemSpan | null, needComma: boolean): string {
    if (!item) return needComma ? ',' : '';
    const tail = this.slice(item.bodyEnd, item.tailEnd);
    if (item.comma === null) return needComma ? `,${tail}` : tail;
    if (needComma) return tail;
    const at = item.comma - item.bodyEnd;
    return tail.slice(0, at) + tail.slice(at + 1);
  }

  private rebuild(node: ContainerSpan, entries: Entry[], newValue: unknown): string {
    return this.checkContainer(this.rebuildText(node, entries), entries, newValue);
  }

  private rebuildText(node: ContainerSpan, entries: Entry[]): [string, string] {
    const open = this.slice(node.start, node.innerStart);
    const close = this.slice(node.innerEnd, node.end);
    const originals = node.items;
    const multiline = this.rebuildsMultiline(node);
    const last = originals[originals.length - 1];
    const closingOriginal = last ? this.slice(last.tailEnd, node.innerEnd) : this.slice(node.innerStart, node.innerEnd);
    const positions = originals.map((item) => this.splitLead(item).position);
    // Comments that belong to the container (on the bracket's line, set apart by a blank line) stay.
    const leftover = positions
      .slice(entries.length)
      .filter((position) => HAS_COMMENT.test(position))
      .map((position) => position.trimEnd())
      .join('');
    if (entries.length === 0) {
      const inner = leftover + closingOriginal;
      return this.join([open + (inner.trim() === '' ? '' : inner), close], node);
    }

    const nl = this.style.newline;
    const indent = this.itemIndent(node);
    const freshSpace = multiline ? nl + indent : originals.length > 1 ? positions[positions.length - 1]! : ' ';
    const trailing = last ? last.comma !== null : multiline && this.style.trailingComma;
    let closing = originals.length > 0 ? closingOriginal : multiline ? nl + lineIndent(this.text, node.start) : ' ';
    let firstSpace = multiline ? nl + indent : ' ';
    if (originals.length === 0 && HAS_COMMENT.test(closingOriginal)) {
      // An empty container with comments inside (`[ /* local models go here */ ]`): keep them, add after.
      const head = closingOriginal.trimEnd();
      const rest = closingOriginal.slice(head.length);
      firstSpace = head + (multiline || endsInLineComment(head) ? nl + indent : ' ');
      if (LINE_BREAK.test(rest)) closing = rest;
      else if (endsInLineComment(head)) closing = nl + lineIndent(this.text, node.start);
    }

    const parts: (string | Part)[] = [open];
    entries.forEach((entry, k) => {
      const position = k < positions.length ? positions[k]! : k === 0 ? firstSpace : freshSpace;
      parts.push(this.slot(entry, position, k < entries.length - 1 || trailing, indent));
    });
    if (leftover) parts.push([leftover, leftover, leftover]);
    parts.push(closing + close);
    return this.join(parts, node);
  }
}

/** Strings that left exactly one slot and arrived in exactly one other, with comments to carry. */
function movedStrings(renderer: Renderer): Map<string, Carried> {
  const moves = new Map<string, Carried>();
  for (const [value, list] of renderer.departures) {
    const carried = list[0]!;
    if (list.length !== 1 || renderer.arrivals.get(value) !== 1) continue;
    if (carried.comments || HAS_COMMENT.test(carried.tail)) moves.set(value, carried);
  }
  return moves;
}

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
    const first = new Renderer(text, style, null, options);
    let body = first.render(root, oldValue, newValue);
    const moves = movedStrings(first);
    if (moves.size > 0) body = new Renderer(text, style, moves, options).render(root, oldValue, newValue);
    result = text.slice(0, root.start) + body + text.slice(root.end);
  }
  // Each re-rendered span was checked on its own (see verified); a small file is checked whole too.
  if (result.length <= FULL_CHECK_LENGTH) verified(result.startsWith(BOM) ? result.slice(1) : result, newValue);
  return result;
}
