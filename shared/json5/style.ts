/**
 * The formatting habits of a JSON5 document — line ending, indent unit, quote character,
 * quoted or bare keys, trailing commas — learned from its text so that new keys and
 * values look like the user wrote them. Also serialises new values in that style.
 */
import type { ContainerSpan, QuoteCounts, SpanNode } from './span-tree';

export interface Json5Style {
  newline: '\n' | '\r\n';
  indentUnit: string;
  quote: '"' | "'";
  bareKeys: boolean;
  trailingComma: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function majority(a: number, b: number, fallback: boolean): boolean {
  return a === b ? fallback : a > b;
}

function detectIndentUnit(text: string): string {
  const indents = text
    .split(/\r?\n/)
    .map((line) => /^([ \t]+)\S/.exec(line)?.[1])
    .filter((indent): indent is string => indent !== undefined);
  if (indents.length === 0) return '  ';
  const tabs = indents.filter((indent) => indent.startsWith('\t')).length;
  if (tabs > indents.length / 2) return '\t';
  const spaces = indents.filter((indent) => !indent.includes('\t')).map((indent) => indent.length);
  const smallest = Math.min(...spaces);
  return Number.isFinite(smallest) && smallest > 0 && smallest <= 8 ? ' '.repeat(smallest) : '  ';
}

function countTrailingCommas(node: SpanNode, text: string, counts: { yes: number; no: number }): void {
  if (node.kind === 'primitive') return;
  const multiline = isMultiline(text, node);
  const last = node.items[node.items.length - 1];
  if (multiline && last) counts[last.comma !== null ? 'yes' : 'no']++;
  for (const item of node.items) countTrailingCommas(item.value, text, counts);
}

function countNewlines(text: string): { crlf: number; lf: number } {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 0x0d) crlf++;
    else lf++;
  }
  return { crlf, lf };
}

export function learnStyle(text: string, quotes: QuoteCounts, root: SpanNode | null): Json5Style {
  const { crlf, lf } = countNewlines(text);
  const commas = { yes: 0, no: 0 };
  if (root) countTrailingCommas(root, text, commas);
  return {
    newline: crlf > lf ? '\r\n' : '\n',
    indentUnit: detectIndentUnit(text),
    quote: majority(quotes.singleQuoted, quotes.doubleQuoted, false) ? "'" : '"',
    bareKeys: majority(quotes.bareKeys, quotes.quotedIdentifiers, true),
    trailingComma: majority(commas.yes, commas.no, false),
  };
}

export function quoteString(value: string, quote: '"' | "'"): string {
  const escaped = JSON.stringify(value)
    .slice(1, -1)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  if (quote === '"') return `"${escaped}"`;
  return `'${escaped.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** Words that read back as a key but look like values; written quoted so no reader stumbles on them. */
const VALUE_WORDS = new Set(['true', 'false', 'null', 'Infinity', 'NaN']);

export function formatKey(name: string, style: Pick<Json5Style, 'bareKeys' | 'quote'>): string {
  return style.bareKeys && IDENTIFIER.test(name) && !VALUE_WORDS.has(name) ? name : quoteString(name, style.quote);
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  return String(value);
}

const INLINE_ARRAY_WIDTH = 72;

/**
 * Serialises a new value in the document's style. `indent` is the indentation of the
 * line the value starts on; `multiline` is whether the surrounding container spans lines.
 */
export function serializeValue(value: unknown, style: Json5Style, indent: string, multiline: boolean): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return quoteString(value, style.quote);
  const inner = indent + style.indentUnit;
  const nl = style.newline;
  const close = (parts: string[], open: string, end: string) => {
    if (parts.length === 0) return `${open}${end}`;
    if (!multiline) return `${open} ${parts.join(', ')} ${end}`;
    const trailing = style.trailingComma ? ',' : '';
    return `${open}${nl}${inner}${parts.join(`,${nl}${inner}`)}${trailing}${nl}${indent}${end}`;
  };
  if (Array.isArray(value)) {
    const parts = value.map((element) => serializeValue(element, style, inner, multiline));
    const primitives = value.every((element) => element === null || typeof element !== 'object');
    const inline = `[${parts.join(', ')}]`;
    if (!multiline || (primitives && inline.length + indent.length <= INLINE_ARRAY_WIDTH)) return inline;
    return close(parts, '[', ']');
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${formatKey(k, style)}: ${serializeValue(v, style, inner, multiline)}`);
    return close(parts, '{', '}');
  }
  throw new TypeError(`cannot write a ${typeof value} into JSON5`);
}

/** The indentation of the line that contains `index`. */
export function lineIndent(text: string, index: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, index))![0];
}

export function isMultiline(text: string, node: ContainerSpan): boolean {
  const newline = text.indexOf('\n', node.innerStart);
  return newline >= 0 && newline < node.innerEnd;
}
