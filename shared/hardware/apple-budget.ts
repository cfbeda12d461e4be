/**
 * How much unified memory macOS lets the GPU use when `iogpu.wired_limit_mb` is not set:
 * Metal's `recommendedMaxWorkingSetSize`, as people measured it, by RAM size. Apple
 * does not document the policy and it changed between macOS versions, so this is an
 * estimate from the newest measurement for each size, interpolated in between.
 */

export interface AppleWorkingSetRow {
  /** Unified memory of the measured Mac, GiB. */
  ramGiB: number;
  /** recommendedMaxWorkingSetSize ÷ RAM. */
  fraction: number;
  /** What was measured, as reported. */
  measured: string;
  source: string;
}

/** Newest public measurements (reference/hardware.md §2 and the sources named here). */
export const APPLE_WORKING_SET: readonly AppleWorkingSetRow[] = [
  {
    ramGiB: 8,
    fraction: 2 / 3,
    measured: '~5.3 GB on an 8 GB Mac',
    source: 'SceneWorks/SceneWorks PR #1552',
  },
  {
    ramGiB: 16,
    fraction: 11.84 / 16,
    measured: '11.84 GB of 16 GB (M3)',
    source: 'AlexsJones/llmfit PR #754',
  },
  {
    ramGiB: 24,
    fraction: 17.76 / 24,
    measured: '17.76 GiB of 24 GB',
    source: 'sgl-project/sglang PR #29949',
  },
  {
    ramGiB: 64,
    fraction: 55_662_788_608 / (64 * 2 ** 30),
    measured: '55,662,788,608 B (53,084 MB) of 64 GB',
    source: 'public notes cited in reference/hardware.md §2',
  },
  {
    ramGiB: 128,
    fraction: 107.52 / 128,
    measured: '107.52 GiB of 128 GiB (M5 Max, macOS 26, measured on two machines)',
    source: 'antirez/ds4 PR #893 (#890)',
  },
];

/** Above the largest measured size: the 3/4 rule llama.cpp logs showed on large Macs (96 GB → 73,728 MB, ggml-org/llama.cpp#3213). */
export const LARGE_MAC_FRACTION = 0.75;
const LARGE_MAC_SOURCE = 'the 3/4 rule of large Macs (ggml-org/llama.cpp#3213); no measurement above 128 GiB';

export interface AppleWorkingSetEstimate {
  bytes: number;
  fraction: number;
  /** Where the number comes from, as a citation. */
  source: string;
  /** True when a measurement exists for exactly this RAM size. */
  measuredSize: boolean;
}

export function estimateAppleWorkingSet(totalBytes: number): AppleWorkingSetEstimate {
  const ramGiB = totalBytes / 2 ** 30;
  const rows = APPLE_WORKING_SET;
  const exact = rows.find((row) => Math.abs(row.ramGiB - ramGiB) < 0.5);
  let fraction: number;
  let source: string;
  if (exact) {
    fraction = exact.fraction;
    source = `${exact.measured} — ${exact.source}`;
  } else if (ramGiB > rows[rows.length - 1]!.ramGiB) {
    fraction = LARGE_MAC_FRACTION;
    source = LARGE_MAC_SOURCE;
  } else if (ramGiB < rows[0]!.ramGiB) {
    fraction = rows[0]!.fraction;
    source = `${rows[0]!.measured} — ${rows[0]!.source}`;
  } else {
    const upper = rows.findIndex((row) => row.ramGiB > ramGiB);
    const a = rows[upper - 1]!;
    const b = rows[upper]!;
    fraction = a.fraction + ((b.fraction - a.fraction) * (ramGiB - a.ramGiB)) / (b.ramGiB - a.ramGiB);
    source = `interpolated between ${a.ramGiB} GiB (${a.source}) and ${b.ramGiB} GiB (${b.source})`;
  }
  return { bytes: Math.floor(totalBytes * fraction), fraction, source, measuredSize: !!exact };
}
