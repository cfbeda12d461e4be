/** Real temporary folders for tests, removed afterwards. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export async function tempDir(prefix = 'claw-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A temporary folder holding `openclaw.json` with `text`, and any other files (e.g. `$include`d ones) beside it. */
export async function tempConfig(
  text: string,
  others: Record<string, string> = {},
): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await writeFile(file, text);
  for (const [name, content] of Object.entries(others)) await writeFile(path.join(dir, name), content);
  return { dir, file };
}
