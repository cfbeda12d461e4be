/** Which file a config value comes from: the `$include` sources of a config and the lookup by path. */
import { z } from 'zod';

export const includeSourceSchema = z.object({
  /** The config path the include fills, as keys ([] for the root). */
  path: z.array(z.string()),
  /** The included file(s), relative to the config folder. */
  files: z.array(z.string()),
  /** Whether Claw Control (like OpenClaw) can write an edit under it through to that file. */
  writable: z.boolean(),
});
export type IncludeSource = z.infer<typeof includeSourceSchema>;

/** The file(s) the value at `path` comes from (the deepest include covering it), or null for the config itself. */
export function sourceFilesOf(path: readonly string[], sources: readonly IncludeSource[]): string[] | null {
  let best: IncludeSource | null = null;
  for (const source of sources) {
    const covers = source.path.length <= path.length && source.path.every((key, i) => key === path[i]);
    if (covers && (!best || source.path.length > best.path.length)) best = source;
  }
  return best ? best.files : null;
}
