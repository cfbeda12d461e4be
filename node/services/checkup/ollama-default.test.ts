/**
 * Ollama's real window when the model is not running and its Modelfile sets no num_ctx: the server's
 * own default (OLLAMA_CONTEXT_LENGTH, else by GPU memory: Ollama docs/context-length.mdx), not what
 * OpenClaw's config believes (openclaw#142695: the direct Ollama provider ignores contextWindow).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckupFake, type CheckupFake } from '@test/fakes/checkup-servers';
import { contextCheck } from '@shared/rules/checkup/context';
import { resolveEntry } from '@shared/rules/checkup/entry';
import { ollamaServerDefault } from '@shared/rules/checkup/window';
import { gatherFacts } from './gather';

const fakes: CheckupFake[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

describe('Ollama’s server default window', () => {
  it('by GPU memory (under 24 GiB 4k, to 48 GiB 32k, above 256k); OLLAMA_CONTEXT_LENGTH wins', () => {
    expect(ollamaServerDefault(16 * 2 ** 30, undefined)?.tokens).toBe(4096);
    expect(ollamaServerDefault(24 * 2 ** 30, undefined)?.tokens).toBe(32768);
    expect(ollamaServerDefault(80 * 2 ** 30, undefined)?.tokens).toBe(262144);
    expect(ollamaServerDefault(0, undefined)?.tokens).toBe(4096);
    expect(ollamaServerDefault(80 * 2 ** 30, '2048')).toEqual({
      tokens: 2048,
      source: 'OLLAMA_CONTEXT_LENGTH (Ollama server default)',
    });
    expect(ollamaServerDefault(null, undefined)).toBeNull();
  });

  it('a 128 K model not running, no num_ctx in its Modelfile, OLLAMA_CONTEXT_LENGTH=2048: judged at 2048 at its next load', async () => {
    const ollama = await startCheckupFake({
      kind: 'ollama',
      models: [{ id: 'qwen3:8b', maxContext: 131072, loadedContext: null, noModelfileNumCtx: true }],
    });
    fakes.push(ollama);
    const facts = await gatherFacts({
      baseUrl: ollama.origin,
      model: 'qwen3:8b',
      api: 'ollama',
      cold: false,
      cleanSchema: true,
      passive: true,
      ollamaDefault: ollamaServerDefault(24 * 2 ** 30, '2048'),
    });
    expect(facts.model).toMatchObject({
      loaded: false,
      loadedContext: 2048,
      loadedContextSource: 'OLLAMA_CONTEXT_LENGTH (Ollama server default)',
      maxContext: 131072,
    });
    const config = {
      models: {
        providers: {
          ollama: { baseUrl: ollama.origin, api: 'ollama', models: [{ id: 'qwen3:8b', contextWindow: 131072 }] },
        },
      },
    };
    const result = contextCheck(resolveEntry(config, 'ollama/qwen3:8b'), facts, '2026.9.6');
    expect(result.status).toBe('fail');
    expect(result.summary).toEqual({
      code: 'checkup.context.aboveLoaded',
      params: { configured: 131072, loaded: 2048 },
    });
  });
});
