/** The default ports and base URLs live in one module: presets, locations and checks follow it. */
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../config/checks';
import { PRESETS, PRESET_IDS } from '../config/presets';
import { providerLocation } from '../config/provider-kind';
import {
  BUNDLED_LOCAL_SERVERS,
  DEFAULT_PORTS,
  bundledDefaultBaseUrl,
  defaultBaseUrl,
  type DefaultServer,
} from './defaults';

describe('local server defaults', () => {
  it('every local preset listens where defaults.ts says its server does', () => {
    for (const id of PRESET_IDS) {
      const preset = PRESETS[id];
      if (preset.location !== 'local') continue;
      const server = (id in DEFAULT_PORTS ? id : 'vllm') as DefaultServer; // "custom" starts from vLLM's port
      expect(preset.provider.baseUrl, id).toBe(defaultBaseUrl(server));
    }
  });

  it('the bundled local providers, and only they, are local without a baseUrl', () => {
    for (const id of BUNDLED_LOCAL_SERVERS) {
      expect(bundledDefaultBaseUrl(id.toUpperCase())).toBe(`http://127.0.0.1:${DEFAULT_PORTS[id]}/v1`);
      expect(providerLocation(id, {})).toBe('local');
    }
    expect(bundledDefaultBaseUrl('llamacpp')).toBeNull();
    expect(providerLocation('openrouter', {})).toBe('hosted');
  });

  it("the Responses-API check knows llama-server's default port", () => {
    const config = {
      models: {
        providers: {
          box: { baseUrl: defaultBaseUrl('llamacpp'), api: 'openai-responses', timeoutSeconds: 300, models: [] },
        },
      },
    };
    expect(checkConfig(config, null).map((f) => f.code)).toContain('responses-unsupported');
  });
});
