/**
 * The Providers page's fit verdicts against the fake services: every configured model and every
 * model the running server lists (not its embedding model) gets one, sized in one `fitModels` call;
 * a name the services cannot size says why.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18next from '@renderer/i18n';
import { useServers } from '@renderer/stores';
import { fake } from '@renderer/test-support/panel';
import { lmstudioProbe } from '@renderer/test-support/recorded';
import { msg } from '@shared/i18n/message';
import { ServerModelFits } from './ServerModelFits';

/** LM Studio listing the configured MiniMax, a Qwen3 Coder only it has, and an embedding model. */
async function serverListing() {
  const probe = lmstudioProbe();
  const base = probe.models[0]!;
  probe.models.push(
    { ...base, id: 'qwen3-coder-30b-a3b-instruct', loaded: false, sizeBytes: null, quant: null },
    { ...base, id: 'text-embedding-nomic-embed-text-v1.5', type: 'embedding', sizeBytes: 84106624 },
  );
  fake.answer('getServerStatuses', { servers: [{ providerId: 'lmstudio', baseUrl: probe.baseUrl, probe }] });
  await useServers.getState().refresh();
}

const row = (ref: string) => within(screen.getByTestId(`fit-verdict-${ref}`));

describe('the fit verdict of every model a provider has', () => {
  it('a model only the server lists gets a verdict beside the configured one, with what it was measured against and the source', async () => {
    await serverListing();
    render(<ServerModelFits providerId="lmstudio" configured={[{ id: 'minimax-m2.1-gs32' }]} />);
    expect(await screen.findByText(/fits with \d+\.\d GB to spare/)).toBeTruthy();
    expect(fake.inputsOf('fitModels')).toEqual([
      { models: [{ model: 'lmstudio/minimax-m2.1-gs32' }, { model: 'lmstudio/qwen3-coder-30b-a3b-instruct' }] },
    ]);
    const onlyServer = row('lmstudio/qwen3-coder-30b-a3b-instruct');
    expect(onlyServer.getByText('not in your config')).toBeTruthy();
    expect(onlyServer.getByText(/^fits with \d+\.\d GB to spare$/)).toBeTruthy();
    expect(screen.getByTestId('fit-verdict-lmstudio/qwen3-coder-30b-a3b-instruct').textContent).toMatch(
      /measured against 80\.0 GB free on the GPU now · largest context that fits, per slot: f16 all [\d,]+ tokens.*figures from the catalog \(shape\) and the catalog \(weights\)/,
    );
    // MiniMax M2.1 at its full context is larger than the 80 GB H100 of the fake services.
    expect(row('lmstudio/minimax-m2.1-gs32').getByText(/^over by \d+\.\d GB$/)).toBeTruthy();
    expect(row('lmstudio/minimax-m2.1-gs32').queryByText('not in your config')).toBeNull();
    expect(screen.queryByTestId('fit-verdict-lmstudio/text-embedding-nomic-embed-text-v1.5')).toBeNull();
  });

  it('a model the services cannot size says why, in the panel’s language', async () => {
    await serverListing();
    fake.answer('fitModels', ({ models }) => ({
      results: models.map((item) => ({
        model: typeof item === 'string' ? item : item.model,
        fit: null,
        problem: {
          code: 'NOT_FOUND' as const,
          message: msg('fit.unknownModel', { model: typeof item === 'string' ? item : item.model }),
        },
      })),
    }));
    await i18next.changeLanguage('zh-CN');
    render(<ServerModelFits providerId="lmstudio" configured={[]} />);
    expect(
      await row('lmstudio/qwen3-coder-30b-a3b-instruct').findByText(
        /^无法判断：“lmstudio\/qwen3-coder-30b-a3b-instruct”既不是/,
      ),
    ).toBeTruthy();
    expect(row('lmstudio/qwen3-coder-30b-a3b-instruct').getByText('不在你的配置中')).toBeTruthy();
  });
});
