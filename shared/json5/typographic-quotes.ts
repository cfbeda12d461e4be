/**
 * Typographic quotes (“ ” ‘ ’) used where JSON5 needs straight ones — what a config copied from a
 * web page or a translated document often has. Finds them and straightens only those that act as
 * string delimiters: quotes inside a real string or a comment are text and stay as they are.
 */
const OPEN_CLOSE: Record<string, { straight: string; closers: string }> = {
  '“': { straight: '"', closers: '”“' },
  '”': { straight: '"', closers: '”“' },
  '‘': { straight: "'", closers: '’‘' },
  '’': { straight: "'", closers: '’‘' },
};
export const TYPOGRAPHIC_QUOTES = Object.keys(OPEN_CLOSE);

export interface QuoteRepair {
  text: string;
  /** How many quote characters were replaced. */
  replaced: number;
  /** The 1-based lines that changed. */
  lines: number[];
}

export function straightenTypographicQuotes(text: string): QuoteRepair {
  let out = '';
  let replaced = 0;
  const lines = new Set<number>();
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      const chunk = text.slice(i, stop);
      line += chunk.split('\n').length - 1;
      out += chunk;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      const chunk = text.slice(i, Math.min(j + 1, n));
      out += chunk;
      i = j + 1;
      continue;
    }
    const pair = OPEN_CLOSE[c];
    if (pair) {
      // A string opened with a typographic quote: it ends at the next typographic quote of its kind.
      let j = i + 1;
      let body = '';
      while (j < n && !pair.closers.includes(text[j]!) && text[j] !== '\n') {
        const ch = text[j]!;
        body += ch === pair.straight ? `\\${ch}` : ch;
        j++;
      }
      if (j < n && pair.closers.includes(text[j]!)) {
        out += `${pair.straight}${body}${pair.straight}`;
        replaced += 2;
        lines.add(line);
        i = j + 1;
        continue;
      }
    }
    out += c;
    i++;
  }
  return { text: out, replaced, lines: [...lines] };
}

/** The typographic quote characters on one (1-based) line, or an empty string. */
export function typographicQuotesOnLine(text: string, line: number): string {
  const found = (text.split('\n')[line - 1] ?? '').split('').filter((ch) => TYPOGRAPHIC_QUOTES.includes(ch));
  return [...new Set(found)].join(' ');
}
