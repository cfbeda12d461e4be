/**
 * The user's own OpenClaw judges a candidate before it is written: the text goes to a private
 * copy beside the config (so `$include` paths resolve as they will), the validator runs on it,
 * and the copy is removed; a validator that cannot run is a note, never a silent pass.
 */
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { msg } from '@shared/i18n/message';
import { encodeConfigText } from '@shared/json5/text-bytes';
import type { WriteFs } from './atomic-write';
import type { OpenClawValidation } from './openclaw-validator';

export async function validateCandidate(
  configPath: string,
  text: string,
  validate: (file: string) => Promise<OpenClawValidation>,
  fs: WriteFs,
): Promise<OpenClawValidation> {
  const dir = path.dirname(configPath);
  const candidate = path.join(dir, `.${path.basename(configPath)}.candidate-${process.pid}.json5`);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(candidate, encodeConfigText(text), { mode: 0o600 });
    return await validate(candidate);
  } catch (error) {
    const detail = (error as Error).message;
    return {
      ran: false,
      valid: true,
      issues: [],
      warnings: [],
      note: `could not run OpenClaw's validator: ${detail}`,
      noteMessage: msg('editNotes.validatorNotRun', { detail }),
    };
  } finally {
    // The verdict above is what matters; a copy that will not go away is said, not thrown.
    await fs
      .rm(candidate, { force: true })
      .catch((cleanup: Error) =>
        console.error(`[config] could not remove the validator's copy ${candidate}: ${cleanup.message}`),
      );
  }
}
