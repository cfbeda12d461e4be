/**
 * The panel's token is compared in constant time (issue #25, a planted survivor): every
 * candidate of the token's length goes through `crypto.timingSafeEqual`, so how long a
 * refusal takes says nothing about how many leading characters were right.
 */
import * as crypto from 'node:crypto';
import type * as Crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { tokenMatches } from './request-guard';

vi.mock('node:crypto', async (original) => {
  const real = await original<typeof Crypto>();
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

describe('token comparison', () => {
  it('goes through timingSafeEqual for the right token and for a wrong one of the same length', () => {
    const spy = vi.mocked(crypto.timingSafeEqual);
    spy.mockClear();
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(`${TOKEN.slice(0, -1)}X`, TOKEN)).toBe(false);
    expect(tokenMatches(`X${TOKEN.slice(1)}`, TOKEN)).toBe(false);
    expect(spy).toHaveBeenCalledTimes(3);
  });
});
