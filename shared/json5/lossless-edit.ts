/**
 * Lossless JSON5 editing: given the original text and the value it should hold now,
 * rewrites only what changed. Unchanged values, comments, key order, quoting, number
 * forms (hex, Infinity), indentation, line endings and a BOM are copied byte for byte;
 * a moved array element takes its comments with it; a renamed key stays in place; new
 * keys follow the surrounding style. The result is re-parsed with json5 and compared
 * with the intended value before it is returned — any difference is an error.
 */
import JSON5 from 'json5';
import { deepEqual, isPlainObject } from './deep-equal';
import { parseSpans, type ContainerSpan, type ItemSpan, type SpanNode } from './span-tree';
import { formatKey, isMultiline, learnStyle, lineIndent, serializeValue, type Json5Style } from './style';

export class LosslessEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LosslessEditError';
  }
}

const BOM = '\uFEFF';

export function parseJson5Text(text: string): unknown {
  return JSON5.parse(text.startsWith(BOM) ? text.slice(1) : text);
}

/** An item of a rebuilt container: an original one (possibly re-rendered) or a new one. */
type Entry = { item: ItemSpan; body: string } | { item: null; body: string };

class Renderer {
  constructor(
    private readonly text: string,
    private readonly style: Json5Style,
  ) {}

  private slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  render(node: SpanNode, oldValue: unknown, newValue: unknown): string {
    if (deepEqual(oldValue, newValue)) return this.slice(node.start, node.end);
    if (node.kind === 'object' && isPlainObject(oldValue) && isPlainObject(newValue)) {
      return this.renderObject(node, oldValue, newValue);
    }
    if (node.kind === 'array' && Array.isArray(oldValue) && Array.isArray(newValue)) {
      return this.renderArray(node, oldValue, newValue);
    }
    const multiline = node.kind === 'primitive' ? this.text.includes('\n') : isMultiline(this.text, node);
    return serializeValue(newValue, this.style, lineIndent(this.text, node.start), multiline);
  }

  private keyText(item: ItemSpan, name: string): string {
    const original = this.slice(item.key!.start, item.key!.end);
    if (item.key!.name === name) return original;
    const quote = original.startsWith("'") ? "'" : original.startsWith('"') ? '"' : this.style.quote;
    return formatKey(name, { bareKeys: this.style.bareKeys, quote });
  }

  /** Key, separator and value of an object member, with its new name and value. */
  private memberBody(item: ItemSpan, name: string, oldValue: unknown, newValue: unknown): string {
    return (
      this.keyText(item, name) +
      this.slice(item.key!.end, item.value.start) +
      this.render(item.value, oldValue, newValue)
    );
  }

  private renderObject(node: ContainerSpan, oldValue: Record<string, unknown>, newValue: Record<string, unknown>) {
    const names = node.items.map((item) => item.key!.name);
    if (new Set(names).size !== names.length) {
      const duplicate = names.find((name, i) => names.indexOf(name) !== i);
      throw new LosslessEditError(`the key "${duplicate}" appears twice in one object; fix that by hand first`);
    }
    const removed = names.filter((name) => !Object.prototype.hasOwnProperty.call(newValue, name));
    const added = Object.keys(newValue).filter((name) => !Object.prototype.hasOwnProperty.call(oldValue, name));
    // A key that vanished while another with the same value appeared is a rename: keep its place.
    const renames = new Map<string, string>();
    for (const from of removed) {
      const to = added.find(
        (name) => ![...renames.values()].includes(name) && deepEqual(oldValue[from], newValue[name]),
      );
      if (to !== undefined) renames.set(from, to);
    }
    const dropped = removed.filter((name) => !renames.has(name));
    const fresh = added.filter((name) => ![...renames.values()].includes(name));
    const bodies = node.items.map((item) => {
      const name = item.key!.name;
      const newName = renames.get(name) ?? name;
      return dropped.includes(name) ? null : this.memberBody(item, newName, oldValue[name], newValue[newName]);
    });

    if (dropped.length === 0 && fresh.length === 0) {
      return this.inPlace(node, bodies as string[]);
    }
    const indent = this.itemIndent(node);
    const multiline = isMultiline(this.text, node) || (node.items.length === 0 && this.text.includes('\n'));
    const entries: Entry[] = [
      ...node.items.flatMap((item, i) => (bodies[i] === null ? [] : [{ item, body: bodies[i]! }])),
      ...fresh.map((name) => ({
        item: null,
        body: `${formatKey(name, this.style)}: ${serializeValue(newValue[name], this.style, indent, multiline)}`,
      })),
    ];
    return this.rebuild(node, entries);
  }

  private renderArray(node: ContainerSpan, oldValue: unknown[], newValue: unknown[]): string {
    const used = new Set<number>();
    const pairs: (number | null)[] = newValue.map((value, j) => {
      const candidates = oldValue.map((_, i) => i).filter((i) => !used.has(i) && deepEqual(oldValue[i], value));
      const pick = candidates.includes(j) ? j : candidates[0];
      if (pick === undefined) return null;
      used.add(pick);
      return pick;
    });
    // A container changed where it stands (a model row edited) keeps its place and comments; a replaced
    // string is a different element, so the old one's comment leaves with it.
    pairs.forEach((pair, j) => {
      const containers =
        typeof oldValue[j] === 'object' &&
        oldValue[j] !== null &&
        typeof newValue[j] === 'object' &&
        newValue[j] !== null;
      if (pair === null && containers && j < oldValue.length && !used.has(j)) {
        used.add(j);
        pairs[j] = j;
      }
    });
    const inOrder = pairs.length === oldValue.length && pairs.every((pair, j) => pair === j);
    if (inOrder) {
      return this.inPlace(
        node,
        node.items.map((item, i) => this.render(item.value, oldValue[i], newValue[i])),
      );
    }
    const indent = this.itemIndent(node);
    const multiline = isMultiline(this.text, node);
    const entries: Entry[] = pairs.map((pair, j) =>
      pair === null
        ? { item: null, body: serializeValue(newValue[j], this.style, indent, multiline) }
        : { item: node.items[pair]!, body: this.render(node.items[pair]!.value, oldValue[pair], newValue[j]) },
    );
    return this.rebuild(node, entries);
  }

  /** Same items in the same places: copy everything between the bodies. */
  private inPlace(node: ContainerSpan, bodies: string[]): string {
    let out = this.slice(node.start, node.innerStart);
    node.items.forEach((item, i) => {
      out += this.slice(item.leadStart, item.bodyStart) + bodies[i] + this.slice(item.bodyEnd, item.tailEnd);
    });
    const closingStart = node.items.length ? node.items[node.items.length - 1]!.tailEnd : node.innerStart;
    return out + this.slice(closingStart, node.end);
  }

  /** The indentation of the container's items (learned from them, or one level deeper than the container). */
  private itemIndent(node: ContainerSpan): string {
    const first = node.items[0];
    if (first && isMultiline(this.text, node)) return lineIndent(this.text, first.bodyStart);
    return lineIndent(this.text, node.start) + this.style.indentUnit;
  }

  /** Splits an item's lead into its leading whitespace (kept by position) and its comments (kept by the item). */
  private splitLead(item: ItemSpan): { space: string; comments: string } {
    const lead = this.slice(item.leadStart, item.bodyStart);
    const space = /^\s*/.exec(lead)![0];
    return { space, comments: lead.slice(space.length) };
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

  private rebuild(node: ContainerSpan, entries: Entry[]): string {
    const open = this.slice(node.start, node.innerStart);
    const close = this.slice(node.innerEnd, node.end);
    const originals = node.items;
    const multiline = isMultiline(this.text, node) || (originals.length === 0 && this.text.includes('\n'));
    const last = originals[originals.length - 1];
    const closingOriginal = last ? this.slice(last.tailEnd, node.innerEnd) : this.slice(node.innerStart, node.innerEnd);
    if (entries.length === 0) return open + (closingOriginal.trim() === '' ? '' : closingOriginal) + close;

    const nl = this.style.newline;
    const indent = this.itemIndent(node);
    const spaces = originals.map((item) => this.splitLead(item).space);
    const freshSpace = multiline ? nl + indent : originals.length > 1 ? spaces[spaces.length - 1]! : ' ';
    const trailing = last ? last.comma !== null : multiline && this.style.trailingComma;
    const closing = originals.length > 0 ? closingOriginal : multiline ? nl + lineIndent(this.text, node.start) : ' ';

    let out = open;
    entries.forEach((entry, k) => {
      const space = k < spaces.length ? spaces[k]! : k === 0 ? (multiline ? nl + indent : ' ') : freshSpace;
      const comments = entry.item ? this.splitLead(entry.item).comments : '';
      const needComma = k < entries.length - 1 || trailing;
      out += space + comments + entry.body + this.tail(entry.item, needComma);
    });
    return out + closing + close;
  }
}

/**
 * Returns `text` rewritten to hold `newValue`, changing as little as possible.
 * `oldValue` must be what `text` parses to.
 */
export function rewriteJson5(text: string, oldValue: unknown, newValue: unknown): string {
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
      throw new LosslessEditError(`cannot edit this file without losing formatting: ${(error as Error).message}`);
    }
    const style = learnStyle(text, document.tokens, document.root);
    const renderer = new Renderer(text, style);
    const { root } = document;
    result = text.slice(0, root.start) + renderer.render(root, oldValue, newValue) + text.slice(root.end);
  }
  let reparsed: unknown;
  try {
    reparsed = parseJson5Text(result);
  } catch (error) {
    throw new LosslessEditError(`the edited text would not parse (${(error as Error).message}); nothing was written`);
  }
  if (!deepEqual(reparsed, newValue)) {
    throw new LosslessEditError('the edited text does not hold the intended values; nothing was written');
  }
  return result;
}
