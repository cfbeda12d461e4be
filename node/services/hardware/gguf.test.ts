import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { writeTinyGguf } from '@test/helpers/tiny-gguf';
import { problemOf } from '@shared/api/problem';
import { englishOf } from '@locales/translate';
import { readGgufFacts } from './gguf';

const LLAMA = {
  'general.architecture': { str: 'llama' },
  'llama.block_count': { u32: 32 },
  'llama.attention.head_count': { u32: 32 },
  'llama.attention.head_count_kv': { u32: 8 },
  'llama.attention.key_length': { u32: 128 },
  'llama.context_length': { u32: 131072 },
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('reading a GGUF header', () => {
  it('reads a path typed with ~ as the home folder', async () => {
    const home = await tempDir();
    await writeTinyGguf(path.join(home, 'model.gguf'), LLAMA);
    expect(await readGgufFacts('  ~/model.gguf ', { HOME: home })).toMatchObject({
      architecture: 'llama',
      kvBytesPerTokenF16: 2 * 32 * 8 * 128 * 2,
      maxContext: 131072,
    });
  });

  it('says clearly what is wrong with a missing file, a non-GGUF file, or a header without the attention shape', async () => {
    const dir = await tempDir();
    const said = async (file: string) =>
      englishOf(problemOf(await readGgufFacts(path.join(dir, file), {}).catch((e: unknown) => e)).message);
    expect(await said('nope.gguf')).toMatch(/nope\.gguf is not a readable GGUF file/);
    await writeFile(path.join(dir, 'notes.txt'), 'hello');
    expect(await said('notes.txt')).toMatch(/not a readable GGUF file/);
    await writeTinyGguf(path.join(dir, 'bare.gguf'), { 'general.architecture': { str: 'llama' } });
    expect(await said('bare.gguf')).toMatch(/does not say its attention shape/);
  });
});
