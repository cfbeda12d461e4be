import { describe, expect, it } from 'vitest';
import { PRESET_IDS, PRESETS, presetProvider } from './presets';

/** The guidance's blocks (seeds/ 本地模型: the recommended LM Studio block, the generic OpenAI-compatible one). */
const SEED_LMSTUDIO = { baseUrl: 'http://127.0.0.1:1234/v1', apiKey: 'lmstudio', api: 'openai-responses' };
const SEED_LOCAL = { baseUrl: 'http://127.0.0.1:8000/v1', apiKey: 'sk-local', api: 'openai-responses' };

describe('presets against the seed', () => {
  it('LM Studio and custom are the seed blocks, plus timeoutSeconds, which they say', () => {
    expect(presetProvider('lmstudio')).toMatchObject(SEED_LMSTUDIO);
    expect(presetProvider('custom', 'local')).toMatchObject(SEED_LOCAL);
    expect(PRESETS.custom.id).toBe('local');
    for (const id of ['lmstudio', 'custom'] as const)
      expect(PRESETS[id].differences.map((d) => d.code)).toEqual(['seed.presetTimeout']);
  });

  it('vLLM keeps the seed key but says why it uses chat completions', () => {
    expect(presetProvider('vllm')).toMatchObject({ ...SEED_LOCAL, api: 'openai-completions' });
    expect(PRESETS.vllm.differences.map((d) => d.code)).toContain('seed.presetVllmApi');
  });

  it('every local preset that differs from the seed block says so', () => {
    for (const id of PRESET_IDS) {
      const preset = PRESETS[id];
      if (preset.location !== 'local' || id === 'lmstudio') continue; // LM Studio has its own seed block (above)
      const provider = presetProvider(id);
      const same = provider.api === SEED_LOCAL.api && provider.apiKey === SEED_LOCAL.apiKey;
      if (!same) expect(preset.differences.length, id).toBeGreaterThan(1);
    }
  });
});
