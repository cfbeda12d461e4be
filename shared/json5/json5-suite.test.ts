/**
 * Every valid document of the official JSON5 test suite (json5/json5-tests, and the inputs
 * json5/json5's own test/parse.js accepts; see test/fixtures/json5-suite/README.md) survives
 * every edit kind: the result parses to the intended value, every comment outside what the
 * edit removes survives, and every byte outside the edited span is untouched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { deepEqual, isPlainObject } from './deep-equal';
import { rewriteJson5 } from './lossless-edit';
import { parseSpans, type ItemSpan, type SpanNode } from './span-tree';
import { isComment, tokenize } from './tokens';

const SUITE = path.resolve(__dirname, '../../test/fixtures/json5-suite');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.json5?$/.test(name) && name !== 'json5-parse-cases.json' ? [full] : [];
  });
}

const documents: [string, string][] = [
  ...files(SUITE).map((file) => [path.relative(SUITE, file), readFileSync(file, 'utf8')] as [string, string]),
  ...(JSON.parse(readFileSync(path.join(SUITE, 'json5-parse-cases.json'), 'utf8')) as string[]).map(
    (text, i) => [`json5/test/parse.js case ${i + 1}`, text] as [string, string],
  ),
];

type Path = (string | number)[];
interface Site {
  path: Path;
  node: SpanNode;
  value: unknown;
  /** The item holding this value in its container (none for the root). */
  item: ItemSpan | null;
  /** The container holding the item. */
  parent: SpanNode | null;
}

function sites(
  node: SpanNode,
  value: unknown,
  at: Path = [],
  item: ItemSpan | null = null,
  parent: SpanNode | null = null,
): Site[] {
  const here: Site = { path: at, node, value, item, parent };
  if (node.kind === 'primitive') return [here];
  const seen = new Set<string>();
  // Walk from the last item so that, of duplicate keys, the live (last) one is used.
  const children = [...node.items].reverse().flatMap((child, r) => {
    const index = node.items.length - 1 - r;
    if (child.key) {
      if (seen.has(child.key.name)) return [];
      seen.add(child.key.name);
      return sites(
        child.value,
        (value as Record<string, unknown>)[child.key.name],
        [...at, child.key.name],
        child,
        node,
      );
    }
    return sites(child.value, (value as unknown[])[index], [...at, index], child, node);
  });
  return [here, ...children];
}

/** A copy of `root` with the value at `at` replaced by what `change` returns (undefined removes it). */
function update(root: unknown, at: Path, change: (value: unknown) => unknown): unknown {
  if (at.length === 0) return change(root);
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  const next = change(parent[last]);
  if (next !== undefined) parent[last] = next;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

function renameKey(root: unknown, at: Path): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of at.slice(0, -2)) parent = parent[key] as Record<string | number, unknown>;
  const holder = at.length >= 2 ? (parent[at[at.length - 2]!] as Record<string, unknown>) : copy;
  const name = at[at.length - 1] as string;
  const renamed = Object.fromEntries(Object.entries(holder).map(([k, v]) => [k === name ? `${k}_renamed` : k, v]));
  if (at.length >= 2) parent[at[at.length - 2]!] = renamed;
  else return renamed;
  return copy;
}

interface Edit {
  kind: string;
  path: Path;
  next: unknown;
  /** The span outside which every byte must stay. */
  span: [number, number];
  /** Comments inside this span may go (the removed item's own). */
  removable?: [number, number];
}

function editsFor(text: string, value: unknown): Edit[] {
  const document = parseSpans(text.replace(/^\uFEFF/, ''));
  const edits: Edit[] = [];
  for (const site of sites(document.root, value)) {
    const { node, path: at, item, parent } = site;
    const span: [number, number] = [node.start, node.end];
    // A container replaced by a string takes what was inside it along.
    const inside: [number, number] | undefined = node.kind === 'primitive' ? undefined : [node.start, node.end];
    edits.push({ kind: 'set', path: at, next: update(value, at, () => 'edited \u00e9'), span, removable: inside });
    if (item) {
      const container: [number, number] = [item.leadStart, item.tailEnd];
      edits.push({
        kind: 'remove',
        path: at,
        next: update(value, at, () => undefined),
        span: [0, 0],
        removable: container,
      });
      if (item.key && parent && parent.kind !== 'primitive') {
        // Renaming a duplicated key also drops its shadowed copies (json5 ignores them; kept, they would return).
        const copies = parent.items.filter((other) => other.key?.name === item.key!.name);
        const renameSpan: [number, number] =
          copies.length > 1 ? [parent.start, parent.end] : [item.key.start, node.end];
        edits.push({ kind: 'rename', path: at, next: renameKey(value, at), span: renameSpan, removable: renameSpan });
      }
    }
    if (node.kind === 'primitive') continue;
    if (node.kind === 'array') {
      edits.push({ kind: 'append', path: at, next: update(value, at, (v) => [...(v as unknown[]), 'added']), span });
      edits.push({ kind: 'prepend', path: at, next: update(value, at, (v) => ['added', ...(v as unknown[])]), span });
      if ((site.value as unknown[]).length > 1) {
        edits.push({
          kind: 'reverse',
          path: at,
          next: update(value, at, (v) => [...(v as unknown[])].reverse()),
          span,
        });
      }
    } else {
      const key = Object.prototype.hasOwnProperty.call(site.value, 'added') ? 'added2' : 'added';
      edits.push({ kind: 'add key', path: at, next: update(value, at, (v) => ({ ...(v as object), [key]: 1 })), span });
    }
    if (node.items.length > 0) {
      const empty = isPlainObject(site.value) ? {} : [];
      edits.push({
        kind: 'clear',
        path: at,
        next: update(value, at, () => empty),
        span,
        removable: [node.innerStart, node.innerEnd],
      });
    }
  }
  return edits;
}

const comments = (text: string) =>
  tokenize(text.replace(/^\uFEFF/, ''))
    .filter((token) => isComment(token.type))
    .map((token) => ({ value: token.value, start: token.start }));

describe('the JSON5 test suite survives every edit kind', () => {
  it('has the suite checked in', () => expect(documents.length).toBeGreaterThan(100));

  it.each(documents)('%s', (_name, text) => {
    const value = JSON5.parse(text);
    const before = comments(text);
    const edits = editsFor(text, value);
    for (const edit of edits) {
      const label = `${edit.kind} at ${JSON.stringify(edit.path)}`;
      const out = rewriteJson5(text, value, edit.next);
      expect(deepEqual(JSON5.parse(out), edit.next), label).toBe(true);
      const [start, end] = edit.span;
      if (end > 0) {
        expect(out.slice(0, start), `${label}: bytes before`).toBe(text.slice(0, start));
        expect(out.slice(out.length - (text.length - end)), `${label}: bytes after`).toBe(text.slice(end));
      }
      const after = comments(out).map((c) => c.value);
      for (const comment of before) {
        const [from, to] = edit.removable ?? [0, 0];
        if (comment.start >= from && comment.start < to) continue;
        expect(after, `${label}: keeps ${comment.value}`).toContain(comment.value);
      }
    }
  });
});
