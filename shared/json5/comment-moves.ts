/** The comments a string value takes with it when it moves to another slot: recorded on a first pass, carried on a second. */
import type { Entry, RewriteOptions } from './edit-types';
import { endsInLineComment, HAS_COMMENT, itemTail, LINE_BREAK, splitLead, textAfterLastBreak } from './item-trivia';
import type { ItemSpan } from './span-tree';
import type { Json5Style } from './style';

/** The comments a string value carries when it moves: its own lead comments and its tail without the comma. */
export interface Carried {
  comments: string;
  /** The comments stood on lines above the value (not before it on its line). */
  above: boolean;
  tail: string;
}

/** The comments and tail a slot writes around its value; `changed` when they are not the slot's own. */
export interface SlotTrivia {
  own: string;
  tail: string;
  changed: boolean;
}

export class CommentMoves {
  /** Strings leaving a slot, with what they carry (first pass). */
  readonly departures = new Map<string, Carried[]>();
  /** How many slots each string arrives in (first pass). */
  readonly arrivals = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly style: Json5Style,
    /** Second pass: strings that moved from exactly one slot to exactly one other, and their comments. */
    private readonly moves: Map<string, Carried> | null = null,
    private readonly options: RewriteOptions = {},
  ) {}

  private key(value: string): string {
    return this.options.entryKey ? this.options.entryKey(value) : value;
  }

  /** Records a string leaving its slot (first pass only). */
  depart(value: unknown, item: ItemSpan): void {
    if (this.moves || typeof value !== 'string') return;
    const key = this.key(value);
    const list = this.departures.get(key) ?? [];
    list.push(this.carried(item));
    this.departures.set(key, list);
  }

  private carried(item: ItemSpan): Carried {
    const { own } = splitLead(this.text, item);
    const comments = own.trimEnd();
    return {
      comments,
      above: LINE_BREAK.test(own.slice(comments.length)),
      tail: itemTail(this.text, item, false),
    };
  }

  /**
   * One slot's comments and tail. A string that moved here from another slot brings its
   * comments; one that moved away takes them.
   */
  slotTrivia(entry: Entry, position: string, needComma: boolean, indent: string): SlotTrivia {
    const { item, oldValue, newValue } = entry;
    let own = item ? splitLead(this.text, item).own : '';
    let tail = itemTail(this.text, item, needComma);
    let changed = false;
    // The same entry staying in its slot (also when renamed in place) neither departs nor arrives.
    const stays =
      item !== null &&
      typeof oldValue === 'string' &&
      typeof newValue === 'string' &&
      (oldValue === newValue || this.key(oldValue) === this.key(newValue));
    const departing = !stays && item !== null && typeof oldValue === 'string' && oldValue !== newValue;
    const arriving = !stays && typeof newValue === 'string' && (item === null || oldValue !== newValue);
    if (!this.moves) {
      if (departing && arriving && this.options.replacesEntry?.(entry.path, oldValue, newValue) === true) {
        own = '';
        tail = needComma ? ',' : '';
        changed = true;
      }
      if (departing) this.depart(oldValue, item);
      if (arriving) this.arrivals.set(this.key(newValue), (this.arrivals.get(this.key(newValue)) ?? 0) + 1);
    } else {
      const incoming = arriving ? this.moves.get(this.key(newValue)) : undefined;
      // The old value's comments leave with it (to where it went, or with it when it is gone
      // and another value took its place) — they never label the wrong model.
      const replaced = departing && arriving && this.options.replacesEntry?.(entry.path, oldValue, newValue) === true;
      if (departing && (this.moves.has(this.key(oldValue)) || incoming || replaced)) {
        own = '';
        tail = needComma ? ',' : '';
        changed = true;
      }
      if (incoming) {
        changed = true;
        if (incoming.comments) {
          const breakLine = incoming.above || endsInLineComment(incoming.comments);
          const lineIndentText = LINE_BREAK.test(position) ? textAfterLastBreak(position) : indent;
          own += incoming.comments + (breakLine ? this.style.newline + lineIndentText : ' ');
        }
        tail += incoming.tail;
      }
    }
    return { own, tail, changed };
  }

  /** Strings that left exactly one slot and arrived in exactly one other, with comments to carry. */
  moved(): Map<string, Carried> {
    const moves = new Map<string, Carried>();
    for (const [value, list] of this.departures) {
      const carried = list[0]!;
      if (list.length !== 1 || this.arrivals.get(value) !== 1) continue;
      if (carried.comments || HAS_COMMENT.test(carried.tail)) moves.set(value, carried);
    }
    return moves;
  }
}
