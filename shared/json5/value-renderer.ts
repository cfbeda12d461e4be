/** Renders a value where it stands: unchanged text copied, objects matched by member (renames keep their place), arrays by element. */
import type { CommentMoves } from './comment-moves';
import { itemIndent, rebuildsMultiline } from './container-layout';
import { ContainerWriter } from './container-text';
import { deepEqual, isPlainObject } from './deep-equal';
import { verified } from './edit-check';
import type { Entry, JsonPath, RewriteOptions } from './edit-types';
import type { ContainerSpan, ItemSpan, SpanNode } from './span-tree';
import { formatKey, isMultiline, lineIndent, serializeValue, type Json5Style } from './style';

export class Renderer {
  private readonly writer: ContainerWriter;

  constructor(
    private readonly text: string,
    private readonly style: Json5Style,
    /** The comments that move with strings (the first pass records them, the second carries them). */
    private readonly moves: CommentMoves,
    private readonly options: RewriteOptions = {},
  ) {
    this.writer = new ContainerWriter(text, style, moves);
  }

  private child(path: JsonPath, key: string | number): JsonPath {
    return this.options.replacesEntry ? [...path, key] : path;
  }

  private slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

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
        this.moves.depart(oldValue[name], item);
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
      return this.writer.inPlace(node, entries as Entry[], newValue);
    }
    const indent = itemIndent(this.text, this.style, node);
    const multiline = rebuildsMultiline(this.text, node);
    return this.writer.rebuild(
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
    // when the old value moved elsewhere, its comments follow it (see CommentMoves).
    pairs.forEach((pair, j) => {
      if (pair === null && j < oldValue.length && !used.has(j)) {
        used.add(j);
        pairs[j] = j;
      }
    });
    oldValue.forEach((value, i) => used.has(i) || this.moves.depart(value, node.items[i]!));
    const entries: Entry[] = pairs.map((pair, j) =>
      pair === null
        ? {
            path: this.child(path, j),
            keyPart: '',
            slotKey: j,
            item: null,
            body: serializeValue(
              newValue[j],
              this.style,
              itemIndent(this.text, this.style, node),
              rebuildsMultiline(this.text, node),
            ),
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
    return inOrder ? this.writer.inPlace(node, entries, newValue) : this.writer.rebuild(node, entries, newValue);
  }
}
