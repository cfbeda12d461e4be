import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { loadBundledSchema } from '@node/services/openclaw/schema-source';
import { plantSecrets } from '@test/helpers/plant-secrets';
import { isSchemaSensitive, SCHEMA_SENSITIVE_PATHS, sensitivePathsOf } from '@shared/config/schema-sensitive';
import { findSecrets, isSecretPath, maskSecrets, maskSecretsInText } from '@shared/config/secrets';

describe('schema-sensitive: the fields OpenClaw marks secret', () => {
  it('the checked-in list is exactly what the bundled schema marks (SecretInput fields)', async () => {
    const { schema } = await loadBundledSchema();
    const derived = sensitivePathsOf(schema);
    // After a schema update: UPDATE_SENSITIVE_PATHS=1 npx vitest run node/services/config/schema-sensitive.test.ts
    if (process.env.UPDATE_SENSITIVE_PATHS === '1')
      writeFileSync(
        path.resolve(__dirname, '../../../shared/config/sensitive-paths.json'),
        `${JSON.stringify(derived, null, 2)}\n`,
      );
    else expect(derived).toEqual(SCHEMA_SENSITIVE_PATHS);
    // The fields the attack run found in clear (issue 25) are among them.
    for (const field of [
      'agents.defaults.sandbox.ssh.identityData',
      'models.providers.*.request.tls.key',
      'channels.feishu.encryptKey',
      'channels.googlechat.serviceAccount',
      'models.providers.*.request.auth.token',
    ])
      expect(derived).toContain(field);
    expect(derived.length).toBeGreaterThanOrEqual(131);
  });

  it('matches record keys, array items and anything inside a sensitive field', () => {
    expect(isSchemaSensitive(['channels', 'feishu', 'encryptKey'])).toBe(true);
    expect(isSchemaSensitive(['tools', 'media', 'models', 3, 'request', 'tls', 'key'])).toBe(true);
    expect(isSchemaSensitive(['channels', 'googlechat', 'serviceAccount', 'private_key_id'])).toBe(true);
    expect(isSchemaSensitive(['channels', 'feishu', 'appId'])).toBe(false);
    expect(isSchemaSensitive(['models', 'providers', 'x', 'request', 'tls'])).toBe(false);
  });

  it('a value planted in every sensitive field never shows in the masked document or a diff', async () => {
    const { schema } = await loadBundledSchema();
    const config: Record<string, unknown> = {};
    const planted = plantSecrets(config, schema, SCHEMA_SENSITIVE_PATHS);
    expect(planted).toHaveLength(SCHEMA_SENSITIVE_PATHS.length);
    expect(findSecrets(config)).toHaveLength(planted.length);

    const masked = JSON.stringify(maskSecrets(config));
    const after = structuredClone(config);
    (after as { meta?: unknown }).meta = { lastTouchedVersion: '2026.9.6' };
    // One line holding the whole config: every value is on a changed line of the diff.
    const diff = createPatch('openclaw.json', `${JSON.stringify(config)}\n`, `${JSON.stringify(after)}\n`);
    const maskedDiff = maskSecretsInText(diff, config, after);
    const leaked = planted.filter(({ value }) => masked.includes(value) || maskedDiff.includes(value));
    expect(leaked.map((p) => p.path)).toEqual([]);
  });

  it('masks a sensitive field by its name in text that no longer parses (no config to go by)', () => {
    const text =
      '{ channels: { feishu: { encryptKey: "abc", appId: "cli_123" }, googlechat: { serviceAccount: "sa-json" } }';
    const masked = maskSecretsInText(text);
    expect(masked).not.toContain('"abc"');
    expect(masked).not.toContain('sa-json');
    expect(masked).toContain('cli_123');
  });

  it('keeps a SecretRef in a sensitive field as it is: a pointer, not a secret', () => {
    const ref = { source: 'env', provider: 'default', id: 'SSH_KEY' };
    const config = { agents: { defaults: { sandbox: { ssh: { identityData: ref } } } } };
    expect(maskSecrets(config)).toEqual(config);
    expect(isSecretPath(['agents', 'defaults', 'sandbox', 'ssh', 'identityData'])).toBe(true);
  });
});
