/**
 * The panel's defaults pass its own doctor (issue 24): import writes the context the server
 * loaded a model at (the maximum only by choice); the aliases card asks for an explicit
 * modelPolicy (every model, or only those named) and warns until it is chosen; a server without
 * /v1/responses offers the API it has.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { agentDefaults } from '@shared/config/config-access';
import type { ProbedModel } from '@shared/servers/probe-result';
import { useEditor, useServers } from '@renderer/stores';
import { AliasesCard } from '../models/AliasesCard';
import { ImportDialog } from './ImportDialog';
import { ServerStatus } from './ServerStatus';

/**
 * LM Studio's GET /api/v0/models entry for a loaded model, as the probe reads it
 * (test/fixtures/server-responses.json: `qwen/qwen3-4b-2507`, state "loaded",
 * max_context_length 262144, loaded_context_length 8192; LM Studio docs 1_developer/2_rest/endpoints.mdx).
 */
const loaded: ProbedModel = {
  id: 'qwen/qwen3-4b-2507',
  loaded: true,
  contextLength: 8192,
  maxContextLength: 262144,
  vision: false,
  sizeBytes: null,
  quant: 'Q4_K_M',
  type: 'llm',
};

const pending = () => useEditor.getState().pending;

beforeEach(async () => {
  await useEditor.getState().load();
});

describe('import from server', () => {
  const open = () => render(<ImportDialog providerId="lmstudio" models={[loaded]} listed={[]} onClose={vi.fn()} />);

  it('writes the context the server loaded the model at, not its maximum', async () => {
    open();
    expect((screen.getByRole('radio', { name: /^As the server loaded/ }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Add 1 model' }));
    expect(pending()).toEqual([
      {
        op: 'addModel',
        provider: 'lmstudio',
        model: { id: 'qwen/qwen3-4b-2507', name: 'qwen/qwen3-4b-2507', contextWindow: 8192, input: ['text'] },
      },
    ]);
  });

  it('offers the maximum as a choice', async () => {
    open();
    await userEvent.click(screen.getByRole('radio', { name: /^Each model’s maximum/ }));
    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Add 1 model' }));
    expect(pending()).toMatchObject([{ op: 'addModel', model: { contextWindow: 262144 } }]);
  });
});

describe('aliases and the allow-list', () => {
  const policy = () => agentDefaults(useEditor.getState().draft!).modelPolicy;

  it('says the allow-list is not chosen; "every model" writes modelPolicy {}', async () => {
    render(<AliasesCard disabled={false} />);
    expect(policy()).toBeUndefined();
    expect(screen.getByTestId('alias-policy').textContent).toContain('Not chosen');
    await userEvent.click(screen.getByRole('radio', { name: /^Every model/ }));
    expect(pending()).toEqual([{ op: 'setModelPolicy', allow: [] }]);
    expect(policy()).toEqual({});
    expect(screen.getByTestId('alias-policy').textContent).not.toContain('Not chosen');
  });

  it('"only these" writes the named models as the allow-list', async () => {
    render(<AliasesCard disabled={false} />);
    await userEvent.click(screen.getByRole('radio', { name: /^Only the models named here/ }));
    expect(policy()).toEqual({
      allow: ['anthropic/claude-sonnet-4-5', 'lmstudio/minimax-m2.1-gs32', 'anthropic/claude-opus-4-5'],
    });
    expect((screen.getByRole('radio', { name: /^Only the models/ }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('the API from what the probe found', () => {
  it('a server without /v1/responses offers chat completions, as one updateProvider edit', async () => {
    // What the probe reports when GET /v1/responses is missing (node/services/servers/probe.ts hasResponsesApi).
    useServers.setState({
      statuses: [
        {
          providerId: 'lmstudio',
          baseUrl: 'http://127.0.0.1:1234/v1',
          probe: {
            baseUrl: 'http://127.0.0.1:1234/v1',
            kind: 'lmstudio',
            reachable: true,
            latencyMs: 4,
            version: null,
            lmstudioRest: 'v0',
            responsesApi: false,
            models: [loaded],
            problem: null,
            probedAt: '2026-11-27T10:00:00.000Z',
          },
        },
      ],
    });
    render(<ServerStatus providerId="lmstudio" listed={[]} disabled={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Use chat completions (openai-completions)' }));
    expect(pending()).toEqual([{ op: 'updateProvider', id: 'lmstudio', set: { api: 'openai-completions' } }]);
  });
});
