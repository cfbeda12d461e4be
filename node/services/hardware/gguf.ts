/**
 * What the fit advisor needs from a local GGUF file's header (node/services/fit/gguf-header.ts
 * reads only the header): the attention shape for the KV cache, the maximum context, and the
 * real weight size — the file's bytes, all shards of a split file counted.
 */
import { readGgufModelFacts } from '@node/services/fit/gguf-facts';

export interface GgufFacts {
  architecture: string;
  weightBytes: number;
  kvBytesPerTokenF16: number;
  maxContext: number | null;
}

export async function readGgufFacts(
  typedPath: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<GgufFacts> {
  const facts = await readGgufModelFacts(typedPath, env);
  const shape = facts.shape!;
  return {
    architecture: shape.architecture,
    weightBytes: facts.weightBytes ?? 0,
    // One figure a token for this call's callers: sliding-window layers counted as full (an upper bound).
    kvBytesPerTokenF16: shape.fullKvBytesPerTokenF16 + shape.swaKvBytesPerTokenF16,
    maxContext: shape.maxContext,
  };
}
