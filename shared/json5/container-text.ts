/** Writes a container's text in the file's style, in place or rebuilt around added, removed or moved items, checked through its skeleton. */
import type { CommentMoves } from './comment-moves';
import { itemIndent, rebuildsMultiline } from './container-layout';
import { verified } from './edit-check';
import type { Entry, Part } from './edit-types';
import { endsInLineComment, HAS_COMMENT, LINE_BREAK, splitLead, STARTS_WITH_LINE_BREAK } from './item-trivia';
import type { ContainerSpan } from './span-tree';
import { lineIndent, type Json5Style } from './style';

export class ContainerWriter {
  /** Set when a container copied in place had a comment moved or a line break added between its items. */
  private triviaChanged = false;

  constructor(
    private readonly text: string,
    private readonly style: Json5Style,
    private readonly moves: CommentMoves,
  ) {}

  private slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  private itemIndent(node: ContainerSpan): string {
    return itemIndent(this.text, this.style, node);
  }

  /** Same items in the same places: copy everything between the bodies. */
  inPlace(node: ContainerSpan, entries: Entry[], newValue: unknown): string {
    const outer = this.triviaChanged;
    this.triviaChanged = false;
    const parts: (string | Part)[] = [this.slice(node.start, node.innerStart)];
    entries.forEach((entry) => {
      const item = entry.item!;
      parts.push(this.slot(entry, splitLead(this.text, item).position, item.comma !== null, this.itemIndent(node)));
    });
    const closingStart = node.items.length ? node.items[node.items.length - 1]!.tailEnd : node.innerStart;
    parts.push(this.slice(closingStart, node.end));
    const joined = this.join(parts, node);
    const changed = this.triviaChanged;
    this.triviaChanged = outer;
    return changed ? this.checkContainer(joined, entries, newValue) : joined[0];
  }

  /** Items added, removed or moved: the container written anew around them, in its own style. */
  rebuild(node: ContainerSpan, entries: Entry[], newValue: unknown): string {
    return this.checkContainer(this.rebuildText(node, entries), entries, newValue);
  }

  /** One slot: where it stands, the comments of what it holds (see CommentMoves), the value, the comma. */
  private slot(entry: Entry, position: string, needComma: boolean, indent: string): Part {
    const { own, tail, changed } = this.moves.slotTrivia(entry, position, needComma, indent);
    if (changed) this.triviaChanged = true;
    // In the skeleton an existing slot's value (copied, or checked when re-rendered) reads as 0.
    const skeletonBody = entry.item ? `${entry.keyPart}0` : entry.body;
    return [position + own + entry.body + tail, tail, position + own + skeletonBody + tail];
  }

  /**
   * Joins the pieces of a container into its text and its skeleton (see checkContainer); a line
   * comment at the end of one gets a line break if the next does not start with one.
   */
  private join(pieces: (string | Part)[], node: ContainerSpan): [string, string] {
    let out = '';
    let skeleton = '';
    let previous = '';
    pieces.forEach((piece, i) => {
      const [text, trailing, skeletonText] = typeof piece === 'string' ? [piece, '', piece] : piece;
      if (i > 0 && endsInLineComment(previous) && !STARTS_WITH_LINE_BREAK.test(text)) {
        this.triviaChanged = true;
        const lineBreak =
          this.style.newline + (i === pieces.length - 1 ? lineIndent(this.text, node.start) : this.itemIndent(node));
        out += lineBreak;
        skeleton += lineBreak;
      }
      out += text;
      skeleton += skeletonText;
      previous = trailing;
    });
    return [out, skeleton];
  }

  /**
   * Checks a rebuilt container through its skeleton: the same text with every existing item's
   * value written as 0 (those values are copied bytes or were checked where they were
   * re-rendered). So the check costs what the container's structure costs, not its size.
   */
  private checkContainer([out, skeleton]: [string, string], entries: Entry[], newValue: unknown): string {
    const expected = (Array.isArray(newValue) ? [...newValue] : { ...(newValue as object) }) as Record<
      string | number,
      unknown
    >;
    for (const entry of entries) if (entry.item && entry.newValue !== undefined) expected[entry.slotKey] = 0;
    verified(skeleton, expected);
    return out;
  }

  private rebuildText(node: ContainerSpan, entries: Entry[]): [string, string] {
    const open = this.slice(node.start, node.innerStart);
    const close = this.slice(node.innerEnd, node.end);
    const originals = node.items;
    const multiline = rebuildsMultiline(this.text, node);
    const last = originals[originals.length - 1];
    const closingOriginal = last ? this.slice(last.tailEnd, node.innerEnd) : this.slice(node.innerStart, node.innerEnd);
    const positions = originals.map((item) => splitLead(this.text, item).position);
    // Comments that belong to the container (on the bracket's line, set apart by a blank line) stay.
    const leftover = positions
      .slice(entries.length)
      .filter((position) => HAS_COMMENT.test(position))
      .map((position) => position.trimEnd())
      .join('');
    if (entries.length === 0) {
      const inner = leftover + closingOriginal;
      return this.join([open + (inner.trim() === '' ? '' : inner), close], node);
    }

    const nl = this.style.newline;
    const indent = this.itemIndent(node);
    const freshSpace = multiline ? nl + indent : originals.length > 1 ? positions[positions.length - 1]! : ' ';
    const trailing = last ? last.comma !== null : multiline && this.style.trailingComma;
    let closing = originals.length > 0 ? closingOriginal : multiline ? nl + lineIndent(this.text, node.start) : ' ';
    let firstSpace = multiline ? nl + indent : ' ';
    if (originals.length === 0 && HAS_COMMENT.test(closingOriginal)) {
      // An empty container with comments inside (`[ /* local models go here */ ]`): keep them, add after.
      const head = closingOriginal.trimEnd();
      const rest = closingOriginal.slice(head.length);
      firstSpace = head + (multiline || endsInLineComment(head) ? nl + indent : ' ');
      if (LINE_BREAK.test(rest)) closing = rest;
      else if (endsInLineComment(head)) closing = nl + lineIndent(this.text, node.start);
    }

    const parts: (string | Part)[] = [open];
    entries.forEach((entry, k) => {
      const position = k < positions.length ? positions[k]! : k === 0 ? firstSpace : freshSpace;
      parts.push(this.slot(entry, position, k < entries.length - 1 || trailing, indent));
    });
    if (leftover) parts.push([leftover, leftover, leftover]);
    parts.push(closing + close);
    return this.join(parts, node);
  }
}
