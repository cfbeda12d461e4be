/**
 * A span tree over JSON5 text: where every value, key, item, comma and comment sits,
 * built from @croct/json5-parser's lossless token stream. The lossless editor uses it to
 * rewrite only the spans that change; everything else is copied byte for byte.
 */
import { JsonLexer, JsonTokenType, type JsonToken } from '@croct/json5-parser';
import JSON5 from 'json5';

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
 * `tail` is the comma and any comment that follows on the same line.
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

/**
 * A lexer token with its UTF-16 offsets. The lexer's own `location.index` counts code
 * points, so text after an emoji or other astral character would be misplaced; offsets
 * are recomputed here from the token texts, which concatenate to the source exactly.
 */
export interface Token {
  type: JsonTokenType;
  value: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

export function tokenize(text: string): Token[] {
  let offset = 0;
  const tokens = JsonLexer.tokenize(text).map((token: JsonToken) => {
    const start = offset;
    offset += token.value.length;
    return {
      type: token.type,
      value: token.value,
      start,
      end: offset,
      line: token.location.start.line,
      column: token.location.start.column,
    };
  });
  if (offset !== text.length) throw new SpanParseError('the tokens do not cover the whole text');
  return tokens;
}

const TRIVIA = new Set<JsonTokenType>([
  JsonTokenType.WHITESPACE,
  JsonTokenType.NEWLINE,
  JsonTokenType.LINE_COMMENT,
  JsonTokenType.BLOCK_COMMENT,
]);
const COMMENTS = new Set<JsonTokenType>([JsonTokenType.LINE_COMMENT, JsonTokenType.BLOCK_COMMENT]);

function decodeKey(token: Token): string {
  if (token.type === JsonTokenType.STRING) return JSON5.parse<string>(token.value);
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
    while (TRIVIA.has(this.peek().type)) this.i++;
  }

  private expect(type: JsonTokenType): Token {
    this.skipTrivia();
    const token = this.peek();
    if (token.type !== type) {
      const { line, column } = token;
      throw new SpanParseError(`expected ${type} but found ${token.type} at ${line}:${column}`);
    }
    this.i++;
    return token;
  }

  parseDocument(): SpanDocument {
    const root = this.parseValue();
    this.skipTrivia();
    if (this.peek().type !== JsonTokenType.EOF) throw new SpanParseError('unexpected content after the root value');
    return { root, tokens: this.tokens };
  }

  private parseValue(): SpanNode {
    this.skipTrivia();
    const token = this.peek();
    switch (token.type) {
      case JsonTokenType.BRACE_LEFT:
        return this.parseContainer('object');
      case JsonTokenType.BRACKET_LEFT:
        return this.parseContainer('array');
      case JsonTokenType.STRING:
      case JsonTokenType.NUMBER:
      case JsonTokenType.BOOLEAN:
      case JsonTokenType.NULL:
        this.i++;
        return { kind: 'primitive', start: token.start, end: token.end };
      default: {
        const { line, column } = token;
        throw new SpanParseError(`unexpected ${token.type} at ${line}:${column}`);
      }
    }
  }

  /** After a body: an optional comma, then comments on the same line. */
  private parseTail(bodyEnd: number): { tailEnd: number; comma: number | null } {
    let j = this.i;
    let comma: number | null = null;
    let tailEnd = bodyEnd;
    // Trivia between the value and its comma (never across a newline).
    while (this.tokens[j]!.type === JsonTokenType.WHITESPACE || COMMENTS.has(this.tokens[j]!.type)) j++;
    if (this.tokens[j]!.type === JsonTokenType.COMMA) {
      comma = this.tokens[j]!.start;
      tailEnd = this.tokens[j]!.end;
      this.i = j + 1;
      j = this.i;
    } else {
      j = this.i;
    }
    // Same-line comments after the comma (or after a last item without one).
    let k = j;
    while (this.tokens[k]!.type === JsonTokenType.WHITESPACE || COMMENTS.has(this.tokens[k]!.type)) {
      if (COMMENTS.has(this.tokens[k]!.type)) {
        if (this.tokens[k]!.type === JsonTokenType.BLOCK_COMMENT && this.tokens[k]!.value.includes('\n')) break;
        tailEnd = this.tokens[k]!.end;
        this.i = k + 1;
      }
      k++;
    }
    return { tailEnd, comma };
  }

  private parseContainer(kind: 'object' | 'array'): ContainerSpan {
    const open = this.expect(kind === 'object' ? JsonTokenType.BRACE_LEFT : JsonTokenType.BRACKET_LEFT);
    const closeType = kind === 'object' ? JsonTokenType.BRACE_RIGHT : JsonTokenType.BRACKET_RIGHT;
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
        const { line, column } = next;
        throw new SpanParseError(`missing comma before ${line}:${column}`);
      }
      const bodyStart = next.start;
      let key: KeySpan | null = null;
      if (kind === 'object') {
        if (next.type !== JsonTokenType.STRING && next.type !== JsonTokenType.IDENTIFIER) {
          const { line, column } = next;
          throw new SpanParseError(`expected a key at ${line}:${column}`);
        }
        this.i++;
        key = { name: decodeKey(next), start: next.start, end: next.end };
        this.expect(JsonTokenType.COLON);
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
    throw error instanceof SpanParseError ? error : new SpanParseError((error as Error).message);
  }
  return new Parser(tokens).parseDocument();
}
