/**
 * A span tree over JSON5 text: where every value, key, item, comma and comment sits.
 * The lossless editor uses it to rewrite only the spans that change; everything else is
 * copied byte for byte. It scans the text directly in one pass (no token objects), so a
 * 5 MB config costs about what json5's own parse costs, and it counts the quoting habits
 * that style.ts learns from on the way.
 */
import JSON5 from 'json5';
import { MAX_DEPTH, tooDeep } from './limits';

export interface PrimitiveSpan {
  kind: 'primitive';
  start: number;
  end: number;
}

export interface ContainerSpan {
  kind: 'object' | 'array';
  start: number;
  end: number;
  /** Just after the opening bracket. */
  innerStart: number;
  /** The closing bracket's index. */
  innerEnd: number;
  items: ItemSpan[];
}

export type SpanNode = PrimitiveSpan | ContainerSpan;

export interface KeySpan {
  name: string;
  start: number;
  end: number;
}

/**
 * One member of an object or element of an array. The container's interior is exactly
 * lead₀ body₀ tail₀ lead₁ body₁ tail₁ … closing, where `lead` runs from the previous
 * item's tail (or the bracket) to the item's first token, `body` is key + value, and
 * `tail` is the comma (wherever it stands: after a comment, or on the next line in
 * leading-comma style) and any comment that follows it on the same line.
 */
export interface ItemSpan {
  key: KeySpan | null;
  value: SpanNode;
  leadStart: number;
  bodyStart: number;
  bodyEnd: number;
  tailEnd: number;
  /** Absolute index of the comma after the item, if any. */
  comma: number | null;
}

/** Quoting habits counted while parsing (style.ts turns them into a style). */
export interface QuoteCounts {
  doubleQuoted: number;
  singleQuoted: number;
  bareKeys: number;
  /** Quoted keys that could have been bare. */
  quotedIdentifiers: number;
}

export interface SpanDocument {
  root: SpanNode;
  quotes: QuoteCounts;
}

export class SpanParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpanParseError';
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const OTHER_SPACE = /\s/;
const KEY_WORD = /^(?:true|false|null|Infinity|NaN)$/;

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

function isSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  return c >= 0x80 && OTHER_SPACE.test(String.fromCharCode(c));
}

/** Ends a word (number, literal, identifier): space, punctuation, a quote or a slash. */
function endsWord(c: number): boolean {
  switch (c) {
    case 0x7b:
    case 0x7d:
    case 0x5b:
    case 0x5d:
    case 0x3a:
    case 0x2c:
    case 0x22:
    case 0x27:
    case 0x2f:
      return true;
    default:
      return isSpace(c);
  }
}

class Parser {
  private i = 0;
  private depth = 0;
  readonly quotes: QuoteCounts = { doubleQuoted: 0, singleQuoted: 0, bareKeys: 0, quotedIdentifiers: 0 };

  constructor(private readonly text: string) {}

  private fail(what: string, at = this.i): never {
    let line = 1;
    for (let k = 0; k < at && k < this.text.length; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 0x0a || (c === 0x0d && this.text.charCodeAt(k + 1) !== 0x0a) || c === 0x2028 || c === 0x2029) line++;
    }
    throw new SpanParseError(`${what} on line ${line}`);
  }

  private lineOf(at: number): number {
    let line = 1;
    for (let k = 0; k < at; k++) if (this.text.charCodeAt(k) === 0x0a) line++;
    return line;
  }

  /** The end of the comment starting at `at` (which holds "/"). */
  private commentEnd(at: number): number {
    const text = this.text;
    const next = text.charCodeAt(at + 1);
    if (next === 0x2f) {
      let k = at + 2;
      while (k < text.length && !isLineBreak(text.charCodeAt(k))) k++;
      return k;
    }
    if (next === 0x2a) {
      const close = text.indexOf('*/', at + 2);
      if (close < 0) this.fail('unterminated comment', at);
      return close + 2;
    }
    return this.fail('unexpected character "/"', at);
  }

  /** Skips whitespace, line breaks and comments from `at`. */
  private skipTrivia(at: number): number {
    const text = this.text;
    let k = at;
    while (k < text.length) {
      const c = text.charCodeAt(k);
      if (isSpace(c)) k++;
      else if (c === 0x2f) k = this.commentEnd(k);
      else break;
    }
    return k;
  }

  private stringEnd(at: number): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    for (let k = at + 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === quote) return k + 1;
      if (c === 0x5c) k++;
    }
    return this.fail('unterminated string', at);
  }

  private wordEnd(at: number): number {
    let k = at;
    while (k < this.text.length && !endsWord(this.text.charCodeAt(k))) k++;
    return k;
  }

  parseDocument(): SpanDocument {
    const root = this.parseValue();
    this.i = this.skipTrivia(this.i);
    if (this.i < this.text.length) this.fail('unexpected content after the root value');
    return { root, quotes: this.quotes };
  }

  private countQuote(at: number): void {
    if (this.text.charCodeAt(at) === 0x27) this.quotes.singleQuoted++;
    else this.quotes.doubleQuoted++;
  }

  private parseValue(): SpanNode {
    this.i = this.skipTrivia(this.i);
    const start = this.i;
    const c = this.text.charCodeAt(start);
    if (c === 0x7b || c === 0x5b) {
      if (++this.depth > MAX_DEPTH) throw tooDeep(this.lineOf(start));
      const container = this.parseContainer(c === 0x7b ? 'object' : 'array');
      this.depth--;
      return container;
    }
    if (c === 0x22 || c === 0x27) {
      this.countQuote(start);
      this.i = this.stringEnd(start);
      return { kind: 'primitive', start, end: this.i };
    }
    const end = this.wordEnd(start);
    if (end === start) this.fail(start >= this.text.length ? 'unexpected end of text' : 'expected a value');
    const word = this.text.slice(start, end);
    if (!/^[+-]?(?:\d|\.\d|Infinity$|NaN$)/.test(word) && !/^(?:true|false|null)$/.test(word)) {
      this.fail(`unexpected ${JSON.stringify(word)}`, start);
    }
    this.i = end;
    return { kind: 'primitive', start, end };
  }

  /** After a body: an optional comma (possibly after comments or line breaks), then comments on its line. */
  private parseTail(bodyEnd: number): { tailEnd: number; comma: number | null } {
    const text = this.text;
    let comma: number | null = null;
    let tailEnd = bodyEnd;
    const j = this.skipTrivia(this.i);
    if (text.charCodeAt(j) === 0x2c) {
      comma = j;
      tailEnd = j + 1;
      this.i = j + 1;
    }
    // Same-line comments after the comma (or after a last item without one).
    let k = this.i;
    while (k < text.length) {
      const c = text.charCodeAt(k);
      if (isSpace(c) && !isLineBreak(c)) {
        k++;
        continue;
      }
      if (c !== 0x2f) break;
      const end = this.commentEnd(k);
      if (text.charCodeAt(k + 1) === 0x2a && /[\n\r\u2028\u2029]/.test(text.slice(k, end))) break;
      tailEnd = end;
      this.i = end;
      k = end;
    }
    return { tailEnd, comma };
  }

  private parseKey(): KeySpan {
    const start = this.i;
    const c = this.text.charCodeAt(start);
    let end: number;
    let name: string;
    if (c === 0x22 || c === 0x27) {
      this.countQuote(start);
      end = this.stringEnd(start);
      const raw = this.text.slice(start + 1, end - 1);
      name = raw.includes('\\') ? JSON5.parse<string>(this.text.slice(start, end)) : raw;
      if (IDENTIFIER.test(name)) this.quotes.quotedIdentifiers++;
    } else {
      end = this.wordEnd(start);
      if (end === start) this.fail('expected a key');
      const raw = this.text.slice(start, end);
      // Any IdentifierName is a key, reserved words included (true, null, Infinity, NaN…).
      if (/^[+\-.\d]/.test(raw) && !KEY_WORD.test(raw)) this.fail('expected a key', start);
      name = raw.includes('\\') ? Object.keys(JSON5.parse<Record<string, unknown>>(`{${raw}:0}`))[0]! : raw;
      this.quotes.bareKeys++;
    }
    this.i = this.skipTrivia(end);
    if (this.text.charCodeAt(this.i) !== 0x3a) this.fail('expected ":"');
    this.i++;
    return { name, start, end };
  }

  private parseContainer(kind: 'object' | 'array'): ContainerSpan {
    const start = this.i;
    const close = kind === 'object' ? 0x7d : 0x5d;
    this.i++;
    const items: ItemSpan[] = [];
    let leadStart = this.i;
    for (;;) {
      this.i = this.skipTrivia(this.i);
      if (this.i >= this.text.length) this.fail('unexpected end of text');
      if (this.text.charCodeAt(this.i) === close) {
        this.i++;
        return { kind, start, end: this.i, innerStart: start + 1, innerEnd: this.i - 1, items };
      }
      if (items.length > 0 && items[items.length - 1]!.comma === null) this.fail('missing comma');
      const bodyStart = this.i;
      const key = kind === 'object' ? this.parseKey() : null;
      const value = this.parseValue();
      const { tailEnd, comma } = this.parseTail(value.end);
      items.push({ key, value, leadStart, bodyStart, bodyEnd: value.end, tailEnd, comma });
      leadStart = tailEnd;
    }
  }
}

/** Builds the span tree; throws SpanParseError when the text is not JSON5 this editor can follow. */
export function parseSpans(text: string): SpanDocument {
  return new Parser(text).parseDocument();
}
