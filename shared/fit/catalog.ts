/**
 * The catalog of popular local models (sizes and attention shapes, reference/hardware.md
 * §3) and how a configured model id maps onto it: catalog entry, quantisation, and the
 * weight size with where that number came from.
 */
import catalogData from './models-catalog.json';

export interface CatalogModel {
  id: string;
  totalParamsB: number;
  activeParamsB: number;
  layers: number;
  maxContext: number;
  kvBytesPerTokenF16: number;
  quants: Record<string, number>;
}

interface RawCatalog {
  bpwTable: Record<string, number | string>;
  models: (CatalogModel & Record<string, unknown>)[];
}

const raw = catalogData as unknown as RawCatalog;
export const CATALOG: CatalogModel[] = raw.models;

/** Bits per weight of llama.cpp quantisations (Llama-3.1-8B table). */
export const BPW: Record<string, number> = Object.fromEntries(
  Object.entries(raw.bpwTable).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
);

const simplify = (text: string) => text.toLowerCase().replace(/[^a-z0-9.]+/g, '-');

/** The catalog entry a model id names, by the longest catalog id it contains (e.g. `minimax-m2.1-gs32` → `minimax-m2.1`). */
export function findCatalogModel(modelId: string): CatalogModel | null {
  const id = simplify(modelId.split('/').pop() ?? modelId);
  const matches = CATALOG.filter((model) => id.includes(simplify(model.id)) || simplify(model.id).includes(id));
  return matches.sort((a, b) => b.id.length - a.id.length)[0] ?? null;
}

export interface QuantGuess {
  quant: string;
  /** Bits per weight. */
  bpw: number;
  /** Set when the name does not say everything (e.g. MLX gs32 without its bit width). */
  assumption?: string;
}

/** Reads a quantisation from a model id or an explicit `--quant` (`q4_k_m`, `Q8_0`, `mlx-4bit-gs32`, `gs32`, `8bit`, `fp16`). */
export function guessQuant(text: string): QuantGuess | null {
  const t = text.toLowerCase();
  const gguf = /(iq\d_[a-z]+|q\d_k_[sml]|q\d_k|q\d_0|q\d_1)/.exec(t)?.[1];
  if (gguf) {
    const key = Object.keys(BPW).find((k) => k.toLowerCase() === gguf);
    const bits = Number(/\d/.exec(gguf)![0]);
    return { quant: key ?? gguf.toUpperCase(), bpw: key ? BPW[key]! : bits + 0.5 };
  }
  const group = /(?:gs|g)(32|64|128)\b/.exec(t)?.[1];
  const bits = /(\d)[-_]?bit/.exec(t)?.[1];
  if (bits || group) {
    const b = Number(bits ?? 4);
    const g = Number(group ?? 64);
    return {
      quant: `MLX-${b}bit-gs${g}`,
      bpw: b + 32 / g,
      assumption: bits ? undefined : `the name gives the MLX group size (${g}) but not the bits; assuming ${b}-bit`,
    };
  }
  if (/\b(bf16|fp16|f16)\b/.test(t)) return { quant: 'F16', bpw: 16 };
  if (/\bfp8\b/.test(t)) return { quant: 'FP8-native', bpw: 8 };
  return null;
}
