/**
 * A lossless scanner for JSON5 text that json5 has already accepted: every character
 * belongs to exactly one token (whitespace, line breaks and comments included), with
 * UTF-16 offsets. Because the text is known to be valid, numbers, identifiers and
 * literals are read as one "word" and classified afterwards.
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

const PATTERNS: [TokenType | 'word', RegExp][] = [
  ['newline', /\r\n|[\n\r\u2028\u2029]/y],
  ['whitespace', /[^\S\n\r\u2028\u2029]+/y],
  ['line-comment', /\/\/[^\n\r\u2028\u2029]*/y],
  ['block-comment', /\/\*[\s\S]*?\*\//y],
  ['string', /"(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'/y],
  ['word', /[^\s{}[\]:,"'/]+/y],
];
const PUNCTUATION = new Set(['{', '}', '[', ']', ':', ',']);
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  while (index < text.length) {
    const char = text[index]!;
    let type: TokenType | undefined;
    let end = index + 1;
    if (PUNCTUATION.has(char)) {
      type = char as TokenType;
    } else {
      for (const [candidate, pattern] of PATTERNS) {
        pattern.lastIndex = index;
        if (pattern.test(text)) {
          end = pattern.lastIndex;
          type = candidate === 'word' ? classify(text.slice(index, end)) : candidate;
          break;
        }
      }
    }
    if (!type) throw new TokenizeError(`unexpected character ${JSON.stringify(char)} on line ${line}`);
    const value = text.slice(index, end);
    tokens.push({ type, value, start: index, end, line });
    if (type === 'newline') line++;
    else if (type === 'block-comment' || type === 'string')
      line += (value.match(/\r\n|[\n\r\u2028\u2029]/g) ?? []).length;
    index = end;
  }
  tokens.push({ type: 'eof', value: '', start: text.length, end: text.length, line });
  return tokens;
}
