/**
 * A model's facts from a GGUF header: the shape its metadata gives, the weights as the file's
 * size (every shard of a split file counted), the quantisation its name says — read from a local
 * path (`~` is the home folder) or a URL. A header that cannot be read is an AppError in words.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@shared/api/problem';
import { guessQuant } from '@shared/fit/catalog';
import type { ModelFacts } from '@shared/fit/model-facts';
import { shapeFromMetadata, type ShapeSource } from '@shared/fit/model-shape';
import { msg } from '@shared/i18n/message';
import { osHome, userPath } from '@node/platform/home-dir';
import { GgufReadError, readLocalGgufHeader, readRemoteGgufHeader, type GgufHeader } from './gguf-header';

/** Whether a model argument names a GGUF by URL. */
export const isGgufUrl = (text: string) => /^https?:\/\//i.test(text.trim());

export function factsFromGguf(header: GgufHeader, label: string, source: 'gguf-file' | 'gguf-url'): ModelFacts {
  const shape = shapeFromMetadata(header.metadata, header.tensorInfos);
  if (!shape) throw new AppError('INVALID_INPUT', msg('hardware.gguf.noAttentionShape', { file: label }));
  const name = typeof header.metadata['general.name'] === 'string' ? header.metadata['general.name'] : '';
  return {
    shape,
    weightBytes: header.fileBytes,
    quant: guessQuant(path.basename(label))?.quant ?? guessQuant(name)?.quant ?? null,
    sources: { shape: source, weights: header.fileBytes !== null ? source : null },
    assumptions: [],
  };
}

/** A GGUF's size on disk: the file, or every shard of a `-0000N-of-0000M.gguf` split. */
export async function shardBytes(file: string): Promise<number> {
  const match = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/.exec(path.basename(file));
  if (!match) return (await stat(file)).size;
  const [, stem, , total] = match;
  const names = (await readdir(path.dirname(file))).filter(
    (name) => name.startsWith(`${stem!}-`) && name.endsWith(`-of-${total!}.gguf`),
  );
  const sizes = await Promise.all(names.map((name) => stat(path.join(path.dirname(file), name)).then((s) => s.size)));
  return sizes.reduce((a, b) => a + b, 0);
}

function unreadable(file: string, error: unknown): AppError {
  const detail =
    error instanceof GgufReadError
      ? msg(
          `fit.gguf.${error.reason === 'too-large' ? 'tooLarge' : error.reason === 'no-range' ? 'noRange' : error.reason}`,
          {
            detail: error.message,
          },
        )
      : msg('common.unexpected', { detail: (error as Error).message });
  const code = error instanceof GgufReadError && error.reason === 'timeout' ? 'TIMEOUT' : 'INVALID_INPUT';
  return new AppError(code, msg('hardware.gguf.unreadable', { file, detail }));
}

/** The facts of a GGUF given by path or URL. */
export async function readGgufModelFacts(
  typed: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<ModelFacts> {
  const source: ShapeSource = isGgufUrl(typed) ? 'gguf-url' : 'gguf-file';
  if (source === 'gguf-url') {
    const url = typed.trim();
    const header = await readRemoteGgufHeader(url).catch((error: unknown) => {
      throw unreadable(url, error);
    });
    return factsFromGguf(header, new URL(url).pathname, 'gguf-url');
  }
  const file = userPath(typed, osHome(env));
  const header = await readLocalGgufHeader(file).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  const facts = factsFromGguf(header, file, 'gguf-file');
  return { ...facts, weightBytes: await shardBytes(file) };
}
