/**
 * Which edits under an `$include` OpenClaw would refuse to write, and the reason in plain words
 * (OpenClaw 2026.9.6, src/config/include-write-boundary.ts: only a single-file include with no
 * keys beside it, not inside a list and not at the root, can own a write). Claw Control does not
 * write through includes yet, so every such edit is refused with the most precise reason.
 */
import type { IncludeProvenance } from './includes';

export function includeRefusal(changed: string, includes: readonly IncludeProvenance[], configPath: string): string {
  const covering = includes
    .filter(
      (inc) =>
        inc.path === '' ||
        changed === inc.path ||
        changed.startsWith(`${inc.path}.`) ||
        inc.path.startsWith(`${changed}.`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!covering)
    return `${changed} comes from an $include file; edit that file instead (Claw Control never flattens includes)`;
  const file = covering.files.join(', ');
  if (covering.path === '')
    return `The whole config comes from an $include at the top (${file}); OpenClaw does not write through a root include, so edit that file by hand`;
  if (covering.kind === 'multiple')
    return `${covering.path} is merged from several $include files (${file}); OpenClaw cannot write such a value, so edit one of them by hand`;
  if (covering.hasSiblingOverrides)
    return `${covering.path} mixes an $include (${file}) with keys beside it; OpenClaw does not write there, so edit ${file} or ${configPath} by hand`;
  if (covering.hasArrayAncestor)
    return `${covering.path} sits inside a list that uses $include (${file}); OpenClaw does not write there`;
  return `${changed} lives in ${file} (an $include); edit that file — Claw Control does not write through includes yet`;
}
