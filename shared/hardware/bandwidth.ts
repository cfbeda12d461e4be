/**
 * Memory bandwidth (GB/s) by Apple chip and by GPU model, from reference/hardware.md §2.1
 * (Apple's figures and llmfit's table). Used only for the decode-speed estimate.
 */
const APPLE: [RegExp, number][] = [
  [/M[1-2] Ultra/i, 800],
  [/M3 Ultra/i, 819],
  [/M5 Max/i, 614],
  [/M4 Max/i, 546],
  [/M[1-3] Max/i, 400],
  [/M4 Pro/i, 273],
  [/M[1-3] Pro/i, 200],
  [/M4\b/i, 120],
  [/M[1-3]\b/i, 100],
];

const GPUS: [RegExp, number][] = [
  [/H200/i, 4800],
  [/H100.*(SXM|HBM3)/i, 3350],
  [/H100/i, 2000],
  [/A100/i, 2039],
  [/RTX 5090/i, 1792],
  [/RTX 4090/i, 1008],
  [/RTX 3090/i, 936],
  [/RTX 4080/i, 717],
  [/RTX 3080/i, 760],
  [/RX 7900 XTX/i, 960],
  [/L40S?/i, 864],
];

export function appleBandwidth(chip: string): number | null {
  return APPLE.find(([pattern]) => pattern.test(chip))?.[1] ?? null;
}

export function gpuBandwidth(model: string): number | null {
  return GPUS.find(([pattern]) => pattern.test(model))?.[1] ?? null;
}
