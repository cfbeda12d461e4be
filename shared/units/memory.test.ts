import { describe, expect, it } from 'vitest';
import { formatGB, gbNumber } from './memory';

describe('the one memory unit (GB = 10^9 bytes)', () => {
  it('writes decimal gigabytes with one decimal, never GiB', () => {
    expect(formatGB(25.3e9)).toBe('25.3 GB');
    // 24 GiB as nvidia-smi reports it is 25.8 GB, not "24.0 GiB".
    expect(formatGB(24 * 2 ** 30)).toBe('25.8 GB');
    expect(gbNumber(null)).toBe('?');
  });
});
