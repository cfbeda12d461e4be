/**
 * Two writers (think panel and CLI, each with its own store and queue, meeting only in
 * the lock file) race for 200 rounds while an outside editor rewrites the file like
 * `sed -i` (temp file + rename, with its own last look). Every writer and the editor check, before each step,
 * that their own last change is still on disk: no save that was reported as done is
 * lost, and no outside edit is reverted (issue #16).
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/problem';
import { createConfigStore } from './config-store';
import type { OpenClawValidation } from './openclaw-validator';

const SKIPPED: OpenClawValidation = { ran: false, valid: true, issues: [], warnings: [], note: 'not installed' };
/** Rounds in all, shared by the two writers. */
const ROUNDS = 200;
let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const provider = (id: string) =>
  `${id}: { baseUrl: "http://127.0.0.1:1234/v1", timeoutSeconds: 1, models: [{ id: "m", name: "m" }] }`;

describe('one writer at a time', () => {
  it('two writers and an outside editor: no reported save lost, no outside edit reverted', async () => {
    // tmpfs where there is one: fsync costs nothing there.
    dir = await mkdtemp(path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'claw-race-'));
    const file = path.join(dir, 'openclaw.json');
    await writeFile(
      file,
      `{\n  // outside-0\n  models: { mode: "merge", providers: { ${provider('panel')}, ${provider('cli')} } },\n}\n`,
    );
    const violations: string[] = [];
    let round = 0;
    let conflicts = 0;
    const run = async (tool: string) => {
      const store = createConfigStore({
        resolvePath: () => ({ path: file, source: 'flag' }),
        env: {},
        stateDir: path.join(dir, `state-${tool}`),
        openclawValidate: async () => SKIPPED,
        tool,
      });
      let last = 1;
      while (round < ROUNDS) {
        const value = 100 + round++;
        for (;;) {
          const doc = await store.load();
          const providers = (doc.config.models as { providers: Record<string, { timeoutSeconds: number }> }).providers;
          if (providers[tool]!.timeoutSeconds !== last)
            violations.push(`${tool}: saved ${last}, found ${providers[tool]!.timeoutSeconds}`);
          try {
            await store.save([{ op: 'updateProvider', id: tool, set: { timeoutSeconds: value } }], doc.hash);
            last = value;
            break;
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== 'CONFIG_CHANGED_ON_DISK') throw error;
            conflicts++;
          }
        }
      }
      return last;
    };
    let edits = 0;
    let done = false;
    /** A careful outside editor (like `sed -i`, plus its own last look before the rename, so it never reverts us). */
    const editor = async () => {
      for (let k = 1; !done; k++) {
        const text = await readFile(file, 'utf8');
        if (!text.includes(`// outside-${k - 1}\n`)) violations.push(`outside edit ${k - 1} was reverted`);
        const next = text.replace(/\/\/ outside-\d+\n/, `// outside-${k}\n`);
        const temp = path.join(dir, `sed-${k}`);
        await writeFile(temp, next);
        if (readFileSync(file, 'utf8') === text) {
          renameSync(temp, file);
          edits = k;
        } else k--; // a writer saved meanwhile: read again
        await new Promise((resolve) => setTimeout(resolve, 15 + (k % 11)));
      }
    };
    const editing = editor();
    const [panel, cli] = await Promise.all([run('panel'), run('cli')]);
    done = true;
    await editing;

    const final = await readFile(file, 'utf8');
    expect(violations).toEqual([]);
    expect(final).toContain(`// outside-${edits}\n`);
    expect(final).toContain(`panel: { baseUrl: "http://127.0.0.1:1234/v1", timeoutSeconds: ${panel},`);
    expect(final).toContain(`cli: { baseUrl: "http://127.0.0.1:1234/v1", timeoutSeconds: ${cli},`);
    expect(edits).toBeGreaterThan(10);
    expect(conflicts).toBeGreaterThan(0);
  }, 60_000);
});
