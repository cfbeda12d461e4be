/**
 * A span tree over JSON5 text: where every value, key, item, comma and comment sits,
 * built from the lossless token stream in tokens.ts. The lossless editor uses it to
 * rewrite only the spans that change; everything else is copied byte for byte.
 */
import JSON5 from 'json5';
import { MAX_DEPTH, tooDeep } from './limits';
import { isComment, isTrivia, tokenize, TokenizeError, type Token, type TokenType } from './tokens';

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

export class SpanParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpanParseError';
  }
}

function decodeKey(token: Token): string {
  if (token.type === 'string') return JSON5.parse<string>(token.value);
  if (!token.value.includes('\\')) return token.value;
  const parsed = JSON5.parse<Record<string, unknown>>(`{${token.value}:0}`);
  return Object.keys(parsed)[0]!;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i]!;
  }

  /** Index of the next significant token, skipping trivia. */
  private skipTrivia(): void {
    while (isTrivia(this.peek().type)) this.i++;
  }

  private expect(type: TokenType): Token {
    this.skipTrivia();
    const token = this.peek();
    if (token.type !== type) {
      throw new SpanParseError(`expected ${type} but found ${token.type} on line ${token.line}`);
    }
    this.i++;
    return token;
  }

  parseDocument(): SpanDocument {
    const root = this.parseValue();
    this.skipTrivia();
    if (this.peek().type !== 'eof') throw new SpanParseError('unexpected content after the root value');
    return { root, tokens: this.tokens };
  }

  private depth = 0;

  private parseValue(): SpanNode {
    this.skipTrivia();
    const token = this.peek();
    switch (token.type) {
      case '{':
      case '[': {
        if (++this.depth > MAX_DEPTH) throw tooDeep(token.line);
        const container = this.parseContainer(token.type === '{' ? 'object' : 'array');
        this.depth--;
        return container;
      }
      case 'string':
      case 'number':
      case 'literal':
        this.i++;
        return { kind: 'primitive', start: token.start, end: token.end };
      default:
        throw new SpanParseError(`unexpected ${token.type} on line ${token.line}`);
    }
  }

  /** After a body: an optional comma (possibly after comments or line breaks), then comments on its line. */
  private parseTail(bodyEnd: number): { tailEnd: number; comma: number | null } {
    let j = this.i;
    let comma: number | null = null;
    let tailEnd = bodyEnd;
    while (isTrivia(this.tokens[j]!.type)) j++;
    if (this.tokens[j]!.type === ',') {
      comma = this.tokens[j]!.start;
      tailEnd = this.tokens[j]!.end;
      this.i = j + 1;
    }
    // Same-line comments after the comma (or after a last item without one).
    let k = this.i;
    while (this.tokens[k]!.type === 'whitespace' || isComment(this.tokens[k]!.type)) {
      if (isComment(this.tokens[k]!.type)) {
        if (this.tokens[k]!.type === 'block-comment' && /[\n\r\u2028\u2029]/.test(this.tokens[k]!.value)) break;
        tailEnd = this.tokens[k]!.end;
        this.i = k + 1;
      }
      k++;
    }
    return { tailEnd, comma };
  }

  private parseContainer(kind: 'object' | 'array'): ContainerSpan {
    const open = this.expect(kind === 'object' ? '{' : '[');
    const closeType = kind === 'object' ? '}' : ']';
    const items: ItemSpan[] = [];
    let leadStart = open.end;
    for (;;) {
      this.skipTrivia();
      const next = this.peek();
      if (next.type === closeType) {
        this.i++;
        return {
          kind,
          start: open.start,
          end: next.end,
          innerStart: open.end,
          innerEnd: next.start,
          items,
        };
      }
      if (items.length > 0 && items[items.length - 1]!.comma === null) {
        throw new SpanParseError(`missing comma on line ${next.line}`);
      }
      const bodyStart = next.start;
      let key: KeySpan | null = null;
      if (kind === 'object') {
        // Any IdentifierName is a key, reserved words included (true, null, Infinity, NaN…).
        const keyLike =
          next.type === 'string' ||
          next.type === 'identifier' ||
          next.type === 'literal' ||
          (next.type === 'number' && /^(?:Infinity|NaN)$/.test(next.value));
        if (!keyLike) {
          throw new SpanParseError(`expected a key on line ${next.line}`);
        }
        this.i++;
        key = { name: decodeKey(next), start: next.start, end: next.end };
        this.expect(':');
      }
      const value = this.parseValue();
      const { tailEnd, comma } = this.parseTail(value.end);
      items.push({ key, value, leadStart, bodyStart, bodyEnd: value.end, tailEnd, comma });
      leadStart = tailEnd;
    }
  }
}

export interface SpanDocument {
  root: SpanNode;
  tokens: Token[];
}

/** Builds the span tree; throws SpanParseError when the text is not JSON5 this editor can follow. */
export function parseSpans(text: string): SpanDocument {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch (error) {
    throw error instanceof TokenizeError ? new SpanParseError(error.message) : error;
  }
  return new Parser(tokens).parseDocument();
}
