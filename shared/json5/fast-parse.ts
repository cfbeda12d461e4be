/**
 * JSON5 text to a value, fast: the JSON5 that configs are written in (comments, bare keys,
 * single quotes, trailing commas, hex and signed numbers) is transcoded to JSON in one pass and
 * built by the engine's JSON.parse, several times quicker than json5's own parser (`npm run bench`
 * prints the ratio on a 2 MB config). Anything outside that subset, and any text JSON.parse then refuses, goes to json5
 * itself, which stays the reference: the same value (−0, key order and `__proto__` keys included,
 * checked against json5 on generated texts in fast-parse.test.ts) and the same error messages.
 */
import JSON5 from 'json5';

const enum C {
  Tab = 0x09,
  LF = 0x0a,
  VT = 0x0b,
  FF = 0x0c,
  CR = 0x0d,
  Space = 0x20,
  Quote = 0x22,
  Apostrophe = 0x27,
  Plus = 0x2b,
  Comma = 0x2c,
  Minus = 0x2d,
  Dot = 0x2e,
  Slash = 0x2f,
  Colon = 0x3a,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
  Star = 0x2a,
  NBSP = 0xa0,
  LS = 0x2028,
  PS = 0x2029,
  BOM = 0xfeff,
}

/** Whitespace JSON5 takes that JSON does not (json5's lexer, 2.2.3): written as a plain space. */
const isJson5OnlySpace = (c: number): boolean =>
  c === C.VT || c === C.FF || c === C.NBSP || c === C.LS || c === C.PS || c === C.BOM;

/** A word outside strings: a number, a literal or a bare key (sign and digits or letters, nothing else). */
const WORD = /[A-Za-z0-9_$+\-.]+/y;
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const JSON5_NUMBER = /^[+-]?(?:(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|0[xX][0-9a-fA-F]+)$/;
const BARE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Escapes that mean the same in JSON and JSON5 (`\u` is checked for its four hex digits separately). */
const JSON_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The first `length` code units as a string, lone surrogates kept (a UTF-16 decoder would replace them). */
function codeUnitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  const chunks: string[] = [];
  for (let at = 0; at < length; at += CHUNK)
    // apply, not a spread: a spread of 8,192 arguments costs five times as much.
    chunks.push(
      String.fromCharCode.apply(null, units.subarray(at, Math.min(at + CHUNK, length)) as unknown as number[]),
    );
  return chunks.join('');
}

/** Marker: the text uses JSON5 this transcoder leaves to json5. */
const UNSUPPORTED = null;

/**
 * The string literal opening at `start` as JSON (null: a double-quoted string JSON reads as it is)
 * and where it ends; null when json5 must read it.
 */
function transcodeString(text: string, start: number): { json: string | null; end: number } | null {
  const quote = text.charCodeAt(start);
  let out = quote === C.Quote ? '' : '"';
  let runStart = start + (quote === C.Quote ? 0 : 1);
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) {
      if (quote === C.Quote) return { json: null, end: i + 1 };
      return { json: `${out}${text.slice(runStart, i)}"`, end: i + 1 };
    }
    if (c === C.LF || c === C.CR) return UNSUPPORTED; // json5 refuses it and says where
    if (c === C.Quote) {
      // A double quote inside a single-quoted string.
      out += `${text.slice(runStart, i)}\\"`;
      runStart = i + 1;
    } else if (c === C.Backslash) {
      const next = text[i + 1] ?? '';
      if (next === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) return UNSUPPORTED;
        i += 5;
      } else if (next === "'" && quote === C.Apostrophe) {
        out += `${text.slice(runStart, i)}'`;
        runStart = i + 2;
        i++;
      } else if (JSON_ESCAPES.has(next)) {
        i++;
      } else {
        return UNSUPPORTED; // \x41, \0, \v, \', a line continuation…
      }
    }
  }
  return UNSUPPORTED; // unterminated
}

/** A JSON5 number word as a JSON number literal; null when json5 must read it (Infinity, NaN, 0x with a sign…). */
function transcodeNumber(word: string): string | null {
  if (JSON_NUMBER.test(word)) return word;
  if (!JSON5_NUMBER.test(word)) return UNSUPPORTED;
  const negative = word.startsWith('-');
  const magnitude = Number(word.replace(/^[+-]/, ''));
  if (!Number.isFinite(magnitude)) return UNSUPPORTED;
  // Written back in full precision: JSON.parse of String(x) is x again (the sign kept apart for −0).
  return `${negative ? '-' : ''}${String(magnitude)}`;
}

/** Kinds of the last significant token, to know whether a comma before a closer is a trailing one. */
const enum Last {
  None,
  Opener,
  Comma,
  Colon,
  Value,
}

/**
 * The JSON that means what `text` means, or null when the text is outside the supported subset.
 * The text is copied through in runs and only what JSON spells otherwise is replaced (comments and
 * other whitespace by a space, so tokens never join; bare keys; single quotes; numbers; a trailing
 * comma): a config has few such places next to its size, and every piece copied costs time.
 */
function json5ToJson(text: string): string | null {
  // Written as UTF-16 code units into one buffer (at most twice the text: `a:` → `"a":`, `'""'` →
  // `"\\"\\""`) and made a string once: hundreds of thousands of string pieces cost several times more.
  const out = new Uint16Array(text.length * 2 + 2);
  let length = 0;
  let copied = 0;
  const replace = (from: number, to: number, by: string): void => {
    for (let k = copied; k < from; k++) out[length++] = text.charCodeAt(k);
    for (let k = 0; k < by.length; k++) out[length++] = by.charCodeAt(k);
    copied = to;
  };

  /**
   * The index of the next character that is not whitespace or a comment, from `i`; -1 for a stray
   * `/`. With `write` off it only looks ahead (replacements must be made in text order).
   */
  const skipTrivia = (i: number, write = true): number => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === C.Space || c === C.Tab || c === C.LF || c === C.CR) i++;
      else if (isJson5OnlySpace(c)) {
        if (write) replace(i, i + 1, ' ');
        i++;
      } else if (c === C.Slash && text.charCodeAt(i + 1) === C.Slash) {
        let j = i + 2;
        while (j < text.length) {
          const d = text.charCodeAt(j);
          if (d === C.LF || d === C.CR || d === C.LS || d === C.PS) break;
          j++;
        }
        if (write) replace(i, j, ' ');
        i = j;
      } else if (c === C.Slash && text.charCodeAt(i + 1) === C.Star) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) return -1;
        if (write) replace(i, close + 2, ' ');
        i = close + 2;
      } else if (c === C.Slash) return -1;
      else return i;
    }
    return i;
  };

  let last = Last.None;
  let i = skipTrivia(0);
  while (i >= 0 && i < text.length) {
    const c = text.charCodeAt(i);
    if (c === C.Comma) {
      // A comma right after a value and right before a closer is JSON5's trailing comma: dropped.
      if (last === Last.Value) {
        const next = text.charCodeAt(skipTrivia(i + 1, false));
        if (next === C.CloseBrace || next === C.CloseBracket) replace(i, i + 1, ' ');
      }
      last = Last.Comma;
      i = skipTrivia(i + 1);
    } else if (c === C.OpenBrace || c === C.OpenBracket) {
      last = Last.Opener;
      i = skipTrivia(i + 1);
    } else if (c === C.CloseBrace || c === C.CloseBracket) {
      last = Last.Value;
      i = skipTrivia(i + 1);
    } else if (c === C.Colon) {
      last = Last.Colon;
      i = skipTrivia(i + 1);
    } else if (c === C.Quote || c === C.Apostrophe) {
      const string = transcodeString(text, i);
      if (!string) return UNSUPPORTED;
      if (string.json !== null) replace(i, string.end, string.json);
      last = Last.Value;
      i = skipTrivia(string.end);
    } else {
      WORD.lastIndex = i;
      if (!WORD.test(text)) return UNSUPPORTED;
      const end = WORD.lastIndex;
      const word = text.slice(i, end);
      const after = skipTrivia(end, false);
      if (after >= 0 && text.charCodeAt(after) === C.Colon) {
        if (!BARE_KEY.test(word)) return UNSUPPORTED;
        replace(i, end, `"${word}"`);
      } else if (word !== 'true' && word !== 'false' && word !== 'null') {
        const number = transcodeNumber(word);
        if (number === null) return UNSUPPORTED;
        if (number !== word) replace(i, end, number);
      }
      last = Last.Value;
      i = skipTrivia(end);
    }
  }
  if (i < 0) return UNSUPPORTED;
  replace(text.length, text.length, '');
  return codeUnitsToString(out, length);
}

/** The value through JSON.parse, or null when the text is not in the subset (json5 must read it). */
export function parseThroughJson(text: string): { value: unknown } | null {
  const json = json5ToJson(text);
  if (json === null) return null;
  try {
    return { value: JSON.parse(json) as unknown };
  } catch {
    // Not JSON after all (a missing comma, a raw tab in a string…): json5 decides, and words the error.
    return null;
  }
}

/** JSON5.parse, through JSON.parse where the text allows (same value, same errors). */
export function parseJson5Fast(text: string): unknown {
  const fast = parseThroughJson(text);
  return fast ? fast.value : JSON5.parse(text);
}
