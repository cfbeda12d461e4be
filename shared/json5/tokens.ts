/**
 * A lossless scanner for JSON5 text that json5 has already accepted: every character
 * belongs to exactly one token (whitespace, line breaks and comments included), with
 * UTF-16 offsets. Because the text is known to be valid, numbers, identifiers and
 * literals are read as one "word" and classified afterwards. Strings and comments are
 * scanned in one pass, never with a backtracking regex, so an 8 MB string costs linear time.
 */

export type TokenType =
  | 'whitespace'
  | 'newline'
  | 'line-comment'
  | 'block-comment'
  | 'string'
  | 'number'
  | 'literal'
  | 'identifier'
  | '{'
  | '}'
  | '['
  | ']'
  | ':'
  | ','
  | 'eof';

export interface Token {
  type: TokenType;
  value: string;
  start: number;
  end: number;
  /** 1-based line of the token's start, for messages. */
  line: number;
}

export class TokenizeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenizeError';
  }
}

const WHITESPACE = /[^\S\n\r\u2028\u2029]+/y;
const LINE_COMMENT = /\/\/[^\n\r\u2028\u2029]*/y;
const WORD = /[^\s{}[\]:,"'/]+/y;
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;
const NUMBER = /^[+-]?(?:\d|\.\d|Infinity$|NaN$)/;

function classify(word: string): TokenType {
  if (word === 'true' || word === 'false' || word === 'null') return 'literal';
  return NUMBER.test(word) ? 'number' : 'identifier';
}

export function isTrivia(type: TokenType): boolean {
  return type === 'whitespace' || type === 'newline' || type === 'line-comment' || type === 'block-comment';
}

export function isComment(type: TokenType): boolean {
  return type === 'line-comment' || type === 'block-comment';
}

function sticky(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.test(text) ? pattern.lastIndex : index;
}

/** The end of the string literal opening at `index` (a backslash escapes the next character). */
function stringEnd(text: string, index: number): number {
  const quote = text.charCodeAt(index);
  for (let i = index + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) return i + 1;
    if (c === 0x5c) i++;
  }
  throw new TokenizeError('unterminated string');
}

function countLines(value: string): number {
  if (!/[\n\r\u2028\u2029]/.test(value)) return 0;
  return (value.match(LINE_BREAKS) ?? []).length;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  while (index < text.length) {
    const char = text[index]!;
    let type: TokenType;
    let end = index + 1;
    switch (char) {
      case '{':
      case '}':
      case '[':
      case ']':
      case ':':
      case ',':
        type = char;
        break;
      case '\n':
      case '\u2028':
      case '\u2029':
        type = 'newline';
        break;
      case '\r':
        type = 'newline';
        if (text[index + 1] === '\n') end++;
        break;
      case '"':
      case "'":
        type = 'string';
        end = stringEnd(text, index);
        break;
      case '/':
        if (text[index + 1] === '/') {
          type = 'line-comment';
          end = sticky(LINE_COMMENT, text, index);
        } else if (text[index + 1] === '*') {
          type = 'block-comment';
          const close = text.indexOf('*/', index + 2);
          if (close < 0) throw new TokenizeError(`unterminated comment on line ${line}`);
          end = close + 2;
        } else {
          throw new TokenizeError(`unexpected character "/" on line ${line}`);
        }
        break;
      default:
        end = sticky(WHITESPACE, text, index);
        if (end > index) {
          type = 'whitespace';
        } else {
          end = sticky(WORD, text, index);
          if (end === index) throw new TokenizeError(`unexpected character ${JSON.stringify(char)} on line ${line}`);
          type = classify(text.slice(index, end));
        }
    }
    const value = text.slice(index, end);
    tokens.push({ type, value, start: index, end, line });
    if (type === 'newline') line++;
    else if (type === 'block-comment' || type === 'string') line += countLines(value);
    index = end;
  }
  tokens.push({ type: 'eof', value: '', start: text.length, end: text.length, line });
  return tokens;
}
