/** The shapes the lossless editor's modules hand each other: a path, the caller's options, a container's entries. */
import type { ItemSpan } from './span-tree';

export type JsonPath = readonly (string | number)[];

export interface RewriteOptions {
  /**
   * Says whether the string at `path`, replaced in place by another, is a different entry, so the
   * comments that described the old one leave with it (e.g. a different model in a chain slot).
   * Without it, a value replaced in place keeps the comments of its slot.
   */
  replacesEntry?: (path: JsonPath, oldValue: string, newValue: string) => boolean;
  /**
   * What identifies a string when it moves (default: the string itself). E.g. the model of a
   * `provider/model` ref, so that a ref renamed and moved in one edit still takes its comments.
   */
  entryKey?: (value: string) => string;
}

/** An item of a rebuilt container: an original slot (possibly re-rendered) or a new one, with its values. */
export interface Entry {
  /** Where the entry's value sits in the new document (only tracked when a hook needs it). */
  path: JsonPath;
  /** The member's key and separator ('' in an array): the body is keyPart + value. */
  keyPart: string;
  /** The entry's key (object) or index (array) in the new value. */
  slotKey: string | number;
  item: ItemSpan | null;
  body: string;
  oldValue: unknown;
  newValue: unknown;
}

/** A piece of a container's text, and the trivia it ends with (to know if a line comment ends it). */
export type Part = [text: string, trailing: string, skeleton: string];
