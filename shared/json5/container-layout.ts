/** How a container lays out its items: their indentation, and whether a rebuilt container spans several lines. */
import { HAS_COMMENT } from './item-trivia';
import type { ContainerSpan } from './span-tree';
import { isMultiline, lineIndent, type Json5Style } from './style';

/** Quoted strings and a trailing line comment, removed before looking for a closing bracket. */
const STRINGS_AND_LINE_COMMENTS = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\/.*$/g;

/** The indentation of the container's items (learned from them, or one level deeper than the container). */
export function itemIndent(text: string, style: Json5Style, node: ContainerSpan): string {
  const first = node.items[0];
  if (first && isMultiline(text, node)) return lineIndent(text, first.bodyStart);
  return lineIndent(text, node.start) + style.indentUnit;
}

export function rebuildsMultiline(text: string, node: ContainerSpan): boolean {
  if (isMultiline(text, node)) return true;
  if (node.items.length > 0) return false;
  // An empty container: follow the file, unless a comment inside keeps it on one line, or it
  // sits in a container that closes on the same line (`lmstudio: { baseUrl: "…", models: [] },`):
  // a multi-line row there would leave that one-line object half broken open (`] },`).
  if (!text.includes('\n') || HAS_COMMENT.test(text.slice(node.innerStart, node.innerEnd))) return false;
  const lineEnd = text.indexOf('\n', node.end);
  const rest = text.slice(node.end, lineEnd < 0 ? text.length : lineEnd).replace(STRINGS_AND_LINE_COMMENTS, '');
  return !/[}\]]/.test(rest);
}
