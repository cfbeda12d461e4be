import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterFit } from './cluster-fit';
import { looksLikeExoState, parseExoState } from './exo-state';

const GiB = 1024 ** 3;
const fixture = (name: string) =>
  JSON.parse(readFileSync(path.join(__dirname, '../../test/fixtures/exo', name), 'utf8')) as unknown;

describe("exo's /state", () => {
  const snapshot = parseExoState(fixture('state-2x-m3-ultra-512gb.json'))!;

  it('lists each node with its chip, RAM and what its GPU can hold', () => {
    expect(snapshot.nodes.map((n) => [n.label, n.chip, n.totalBytes, n.availableBytes])).toEqual([
      ['studio-a', 'Apple M3 Ultra', 512 * GiB, 470 * GiB],
      ['studio-b', 'Apple M3 Ultra', 512 * GiB, 468 * GiB],
    ]);
    // The macOS default working set (3/4 of 512 GiB) caps what the GPU can wire, below the free RAM.
    expect(snapshot.nodes.every((n) => n.usableBytes === 384 * GiB && n.usableIsEstimate)).toBe(true);
  });

  it('reads how a placed model is split across the nodes', () => {
    expect(snapshot.instances).toEqual([
      {
        id: 'inst-7f3a',
        modelId: 'mlx-community/MiniMax-M2.1-4bit',
        sharding: 'pipeline',
        shards: [
          { nodeId: '12D3KooWQm1nodeStudioA', startLayer: 0, endLayer: 31, nLayers: 62 },
          { nodeId: '12D3KooWQm2nodeStudioB', startLayer: 31, endLayer: 62, nLayers: 62 },
        ],
      },
    ]);
  });

  it('is told apart from other JSON', () => {
    expect(looksLikeExoState({ data: [] })).toBe(false);
    expect(parseExoState({ topology: {} })).toBeNull();
  });

  it('answers the seed: full-size MiniMax M2.1 Q4_K_M at full context on two 512 GB Mac Studios', () => {
    const fit = clusterFit({ modelId: 'minimax-m2.1', quant: 'Q4_K_M', context: 196_608 }, snapshot.nodes);
    expect(fit.verdict).toBe('fits');
    expect(fit.nodes.map((n) => n.layers)).toEqual([31, 31]);
    expect(fit.nodes.every((n) => n.fits && n.needBytes < n.usableBytes)).toBe(true);
  });

  it('says which node is short when a machine holds less than exo gives it by free RAM', () => {
    const small = snapshot.nodes.map((n, i) =>
      i === 1 ? { ...n, totalBytes: 64 * GiB, availableBytes: 60 * GiB, usableBytes: 20 * GiB } : n,
    );
    const fit = clusterFit({ modelId: 'minimax-m2.1', quant: 'Q8_0', context: 196_608 }, small);
    expect(fit.verdict).toBe('does-not-fit');
    expect(fit.nodes.find((n) => !n.fits)?.label).toBe('studio-b');
  });
});
