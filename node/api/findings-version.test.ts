/**
 * The config editor's findings through the API are judged for the installed OpenClaw, as the
 * doctor's are: with OpenClaw 2026.4.20 installed, `timeoutSeconds` (a key from 2026.4.26 on) is
 * not asked for and the context floor is that release's 16000; the document and `claw-control
 * validate` name the version.
 * The installed `openclaw` replays `openclaw --version` only (test/helpers/fake-openclaw-version.ts).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeOpenClawVersion } from '@test/helpers/fake-openclaw-version';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';
import { apiOnFile } from '@test/helpers/api-on-file';

const CONFIG = `{
  agents: { defaults: { model: { primary: "lmstudio/qwen3" } } },
  models: { mode: "merge", providers: { lmstudio: { baseUrl: "http://127.0.0.1:1234/v1", api: "openai-completions",
    models: [{ id: "qwen3", name: "Qwen3", contextWindow: 8192 }] } } },
}
`;

async function panel(openclawVersion: string | null) {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await writeFile(file, CONFIG);
  const { api, errors } = apiOnFile(dir, file, {
    openclawFlag: openclawVersion ? await fakeOpenClawVersion(dir, openclawVersion) : undefined,
  });
  const call = async <T>(name: Parameters<typeof api.call>[0], input: object = {}): Promise<T> => {
    const result = await api.call(name, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data as T;
  };
  return { call, errors };
}

type Finding = { code: string; severity: string; path: string; ruleLine?: { params?: { versions?: unknown } } };
const codes = (findings: Finding[]) => findings.map((f) => `${f.severity}:${f.code}@${f.path}`);

describe('the editor’s findings follow the installed OpenClaw', () => {
  it('OpenClaw 2026.4.20: no timeoutSeconds finding, the 16000 context floor, the version in the document', async () => {
    const { call, errors } = await panel('2026.4.20');
    expect((await call<{ version: string }>('getOpenClawInfo')).version).toBe('2026.4.20');
    const document = await call<{ openclawVersion: string | null; findings: Finding[] }>('getConfigDocument');
    expect(document.openclawVersion).toBe('2026.4.20');
    expect(codes(document.findings)).toEqual([
      'warning:context-window-minimum@models.providers.lmstudio.models.0.contextWindow',
    ]);
    // An edit is previewed with the same judgement: the new local provider is not asked for a timeout either.
    const preview = await call<{ findings: Finding[]; introduced: Finding[] }>('previewConfigEdit', {
      operations: [
        {
          op: 'addProvider',
          id: 'ollama',
          provider: { baseUrl: 'http://127.0.0.1:11434', api: 'ollama', models: [] },
        },
      ],
    });
    expect(codes(preview.introduced)).toEqual([]);
    const validated = await call<{ findings: Finding[] }>('validateConfigFile');
    expect(codes(validated.findings)).toEqual(codes(document.findings));
    expect(errors).toEqual([]);
  }, 60_000);

  it('OpenClaw 2026.4.29: the timeout is asked for (the rule line names the release) and 8192 clears the floor', async () => {
    const { call } = await panel('2026.4.29');
    const document = await call<{ openclawVersion: string | null; findings: Finding[] }>('getConfigDocument');
    expect(document.openclawVersion).toBe('2026.4.29');
    expect(codes(document.findings)).toEqual(['warning:local-no-timeout@models.providers.lmstudio.timeoutSeconds']);
    expect(JSON.stringify(document.findings[0]!.ruleLine)).toContain('"version":"2026.4.29"');
  }, 60_000);

  it('no OpenClaw found: the pinned release’s rules, as before', async () => {
    const { call } = await panel(null);
    const document = await call<{ openclawVersion: string | null; findings: Finding[] }>('getConfigDocument');
    expect(document.openclawVersion).toBeNull();
    expect(codes(document.findings)).toEqual(['warning:local-no-timeout@models.providers.lmstudio.timeoutSeconds']);
  }, 60_000);

  it('claw-control validate judges for the installed release and says which', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    await writeFile(file, CONFIG);
    const openclaw = await fakeOpenClawVersion(dir, '2026.4.20');
    const env = { HOME: dir, CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'), PATH: '/usr/bin:/bin' };
    const result = await cli(['--config', file, '--openclaw', openclaw, 'validate'], env);
    expect(result.stdout).toContain('Findings judged for OpenClaw 2026.4.20, the installed release.\n');
    expect(result.stdout).toContain(
      'warning models.providers.lmstudio.models.0.contextWindow: lmstudio/qwen3: 8192 tokens is below the minimum of 16000',
    );
    expect(result.stdout).not.toContain('timeoutSeconds');
  }, 60_000);
});
