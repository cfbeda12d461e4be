/**
 * Reads what the fit advisor needs from a local GGUF file's header (@huggingface/gguf
 * reads only the header): the attention shape for the KV cache, the maximum context,
 * and the real weight size — the file's bytes, all shards of a split file counted.
 */
import { readdir, stat } from 'node:fs/promises';
import { osHome, userPath } from '@node/platform/home-dir';
import path from 'node:path';
import { gguf } from '@huggingface/gguf';
import { AppError } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';

export interface GgufFacts {
  architecture: string;
  weightBytes: number;
  kvBytesPerTokenF16: number;
  maxContext: number | null;
}

async function shardBytes(file: string): Promise<number> {
  const match = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/.exec(path.basename(file));
  if (!match) return (await stat(file)).size;
  const [, stem, , total] = match;
  const names = (await readdir(path.dirname(file))).filter(
    (name) => name.startsWith(`${stem!}-`) && name.endsWith(`-of-${total!}.gguf`),
  );
  const sizes = await Promise.all(names.map((name) => stat(path.join(path.dirname(file), name)).then((s) => s.size)));
  return sizes.reduce((a, b) => a + b, 0);
}

export async function readGgufFacts(
  typedPath: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<GgufFacts> {
  const file = userPath(typedPath, osHome(env)); // `~/…` is in the home folder
  let metadata: Record<string, unknown>;
  try {
    ({ metadata } = (await gguf(file, { allowLocalFile: true })) as unknown as {
      metadata: Record<string, unknown>;
    });
  } catch (error) {
    throw new AppError('INVALID_INPUT', msg('hardware.gguf.unreadable', { file, detail: (error as Error).message }));
  }
  const arch = typeof metadata['general.architecture'] === 'string' ? metadata['general.architecture'] : '';
  const get = (key: string) => {
    const value = metadata[`${arch}.${key}`];
    return typeof value === 'number' || typeof value === 'bigint' ? Number(value) : null;
  };
  const layers = get('block_count');
  const heads = get('attention.head_count');
  const kvHeads = get('attention.head_count_kv') ?? heads;
  const headDim =
    get('attention.key_length') ?? (get('embedding_length') && heads ? get('embedding_length')! / heads : null);
  if (!arch || layers === null || kvHeads === null || headDim === null) {
    throw new AppError('INVALID_INPUT', msg('hardware.gguf.noAttentionShape', { file }));
  }
  return {
    architecture: arch,
    weightBytes: await shardBytes(file),
    kvBytesPerTokenF16: 2 * layers * kvHeads * headDim * 2,
    maxContext: get('context_length'),
  };
}
