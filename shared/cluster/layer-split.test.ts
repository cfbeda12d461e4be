import { describe, expect, it } from 'vitest';
import { allocateLayersProportionally, splitAcrossNodes } from './layer-split';

// Cases from exo-explore/exo@b5375f8 src/exo/master/tests/test_placement_utils.py.
describe("exo's proportional layer split", () => {
  it.each([
    [12, [0.25, 0.25, 0.25, 0.25], [3, 3, 3, 3]],
    [12, [0.25, 0.25, 0.5], [3, 3, 6]],
    [20, [0.975, 0.0125, 0.0125], [18, 1, 1]],
    [10, [1.0], [10]],
  ])('%i layers over %j → %j', (layers, fractions, expected) => {
    expect(allocateLayersProportionally(layers, fractions)).toEqual(expected);
  });

  it('refuses fewer layers than nodes, and no nodes', () => {
    expect(allocateLayersProportionally(2, [0.33, 0.33, 0.34])).toBeNull();
    expect(allocateLayersProportionally(10, [])).toBeNull();
  });

  it('always hands out every layer', () => {
    for (let n = 1; n <= 6; n++)
      for (const layers of [n, 61, 62, 94]) {
        const fractions = Array.from({ length: n }, (_, i) => (i + 1) / ((n * (n + 1)) / 2));
        expect(allocateLayersProportionally(layers, fractions)!.reduce((a, b) => a + b, 0)).toBe(layers);
      }
  });

  it('checks each node against what it can really hold', () => {
    const shares = splitAcrossNodes(
      [
        { id: 'big', splitBytes: 300, usableBytes: 300 },
        { id: 'small', splitBytes: 100, usableBytes: 50 },
      ],
      8,
      320,
      10,
    )!;
    expect(shares.map((s) => [s.id, s.layers, s.needBytes, s.fits])).toEqual([
      ['big', 6, 250, true],
      ['small', 2, 90, false],
    ]);
  });
});
