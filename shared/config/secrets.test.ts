import { describe, expect, it } from 'vitest';
import { findSecrets, isSecretPath, maskedValuesIntroduced, maskSecrets, maskSecretsInText } from './secrets';

describe('secrets: which values are secret', () => {
  it.each([
    [['models', 'providers', 'openai', 'apiKey'], true],
    [['channels', 'telegram', 'botToken'], true],
    [['channels', 'slack', 'appToken'], true],
    [['gateway', 'auth', 'password'], true],
    [['gateway', 'auth', 'token'], true],
    [['gateway', 'auth', 'mode'], false],
    [['env', 'OPENAI_API_KEY'], true],
    [['env', 'vars', 'ANYTHING'], true],
    [['env', 'shellEnv', 'enabled'], false],
    [['models', 'providers', 'x', 'headers', 'X-Custom'], true],
    [['mcp', 'servers', 'x', 'env', 'TOKEN'], true],
    [['models', 'providers', 'x', 'models', 0, 'maxTokens'], false],
    [['models', 'providers', 'x', 'baseUrl'], false],
  ] as const)('%j → %s', (path, secret) => {
    expect(isSecretPath(path)).toBe(secret);
  });

  it('masks plaintext by name and place, keeps env refs, SecretRefs and numbers', () => {
    const config = {
      env: { vars: { A: 'value-of-a-123' } },
      models: {
        providers: {
          p: {
            apiKey: '${OPENAI_API_KEY}',
            headers: { Authorization: 'Bearer abcdefghijkl' },
            models: [{ maxTokens: 8192 }],
          },
          q: { apiKey: { source: 'env', provider: 'default', id: 'Q' } },
        },
      },
      gateway: { auth: { mode: 'password', password: 'hunter2hunter2' } },
    };
    expect(maskSecrets(config)).toEqual({
      env: { vars: { A: '••••-123' } },
      models: {
        providers: {
          p: { apiKey: '${OPENAI_API_KEY}', headers: { Authorization: '••••ijkl' }, models: [{ maxTokens: 8192 }] },
          q: { apiKey: { source: 'env', provider: 'default', id: 'Q' } },
        },
      },
      gateway: { auth: { mode: 'password', password: '••••ter2' } },
    });
    expect(findSecrets(config).map((s) => s.key)).toEqual(['A', 'Authorization', 'password']);
  });
});

describe('secrets in text (diffs, messages)', () => {
  it('masks key assignments, long known values anywhere and short ones next to their key', () => {
    const config = { models: { providers: { lm: { apiKey: 'pw9x' }, o: { apiKey: 'sk-long-secret-value-1' } } } };
    const diff = [
      '-        apiKey: "pw9x",',
      "+        apiKey: 'sk-new-typed-key-0000',",
      '-  // old key was sk-long-secret-value-1',
      ' lm: { baseUrl: "http://pw9x.local" }',
      '+  "botToken": "123:abc"',
    ].join('\n');
    const masked = maskSecretsInText(diff, config);
    expect(masked).not.toContain('sk-long-secret-value-1');
    expect(masked).not.toContain('sk-new-typed-key-0000');
    expect(masked).not.toMatch(/apiKey: "pw9x"/);
    expect(masked).not.toContain('123:abc');
    expect(masked).toContain('http://pw9x.local');
  });

  it('finds a mask sent back as a value', () => {
    expect(maskedValuesIntroduced({ a: { apiKey: 'x' } }, { a: { apiKey: '••••abcd' } })).toEqual([['a', 'apiKey']]);
    expect(maskedValuesIntroduced({ a: { apiKey: '••••abcd' } }, { a: { apiKey: '••••abcd' } })).toEqual([]);
  });
});
