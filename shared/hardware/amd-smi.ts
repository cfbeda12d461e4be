/**
 * What AMD's tools print, parsed: `amd-smi static --json` (ROCm/amdsmi, docs
 * "AMD SMI CLI tool usage": a list of GPUs, each with `asic.market_name` and
 * `vram.size` as `{value, unit}` or, in ROCm 6.0, a "24560 MB" string; ROCm 6.4+ wraps
 * the list in `gpu_data`) and `rocm-smi --showmeminfo vram --json` (rocm_smi.py:
 * `{"card0": {"VRAM Total Memory (B)": "…", "VRAM Total Used Memory (B)": "…"}}`).
 */

export interface AmdGpuRow {
  index: number;
  name: string | null;
  /** bytes */
  vramTotal: number | null;
  vramUsed: number | null;
}

const UNIT: Record<string, number> = { B: 1, KB: 2 ** 10, MB: 2 ** 20, GB: 2 ** 30 };

function sizeBytes(size: unknown): number | null {
  if (size && typeof size === 'object') {
    const { value, unit } = size as { value?: unknown; unit?: unknown };
    const n = Number(value);
    const factor = UNIT[(typeof unit === 'string' ? unit : 'MB').toUpperCase()];
    return Number.isFinite(n) && n > 0 && factor ? n * factor : null;
  }
  const m = /^\s*([\d.]+)\s*([KMG]?B)\s*$/i.exec(typeof size === 'string' ? size : '');
  return m ? Number(m[1]) * UNIT[m[2]!.toUpperCase()]! : null;
}

/** The tool's JSON, or null when it printed something else (an error text, a banner). */
function jsonOrNull(stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    return null;
  }
}

/** GPUs from `amd-smi static --json`; null when the text is not that shape. */
export function parseAmdSmiStatic(stdout: string): AmdGpuRow[] | null {
  const data = jsonOrNull(stdout);
  const list = Array.isArray(data) ? data : (data as { gpu_data?: unknown })?.gpu_data;
  if (!Array.isArray(list)) return null;
  const rows = list.flatMap((entry: unknown, i): AmdGpuRow[] => {
    if (!entry || typeof entry !== 'object') return [];
    const gpu = entry as { gpu?: unknown; asic?: { market_name?: unknown }; vram?: { size?: unknown } };
    const index = Number.isInteger(Number(gpu.gpu)) ? Number(gpu.gpu) : i;
    const name = typeof gpu.asic?.market_name === 'string' ? gpu.asic.market_name.trim() || null : null;
    return [{ index, name, vramTotal: sizeBytes(gpu.vram?.size), vramUsed: null }];
  });
  return rows.length ? rows : null;
}

/** GPUs from `rocm-smi --showmeminfo vram --json`; null when the text is not that shape. */
export function parseRocmSmiMemInfo(stdout: string): AmdGpuRow[] | null {
  const data = jsonOrNull(stdout);
  if (!data || typeof data !== 'object') return null;
  const rows = Object.entries(data as Record<string, unknown>).flatMap(([key, card]): AmdGpuRow[] => {
    const index = /^card(\d+)$/.exec(key)?.[1];
    if (index === undefined || !card || typeof card !== 'object') return [];
    const fields = card as Record<string, unknown>;
    const total = Number(fields['VRAM Total Memory (B)']);
    const used = Number(fields['VRAM Total Used Memory (B)']);
    return [
      {
        index: Number(index),
        name: null,
        vramTotal: Number.isFinite(total) && total > 0 ? total : null,
        vramUsed: Number.isFinite(used) ? used : null,
      },
    ];
  });
  return rows.length ? rows : null;
}
