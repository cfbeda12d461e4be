/**
 * The one unit for memory on every surface (panel, CLI, tray, doctor): decimal gigabytes, GB =
 * 10^9 bytes, one decimal — as model files and quant tables are sized. Tools that report GiB
 * (nvidia-smi, sysctl) are read into bytes and written back out here, so one card never shows
 * "25.3 GB" beside "23.5 GiB" (issue #24). docs/panel-scale.md says so.
 */
export const BYTES_PER_GB = 1e9;

/** `bytes` in GB, one decimal, without the unit ('?' when unknown): for messages that write "{{gb}} GB". */
export function gbNumber(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined || !Number.isFinite(bytes) ? '?' : (bytes / BYTES_PER_GB).toFixed(1);
}

/** `bytes` with its unit: "25.3 GB". */
export function formatGB(bytes: number): string {
  return `${gbNumber(bytes)} GB`;
}
