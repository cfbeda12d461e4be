/**
 * The catalog of popular local models (sizes and attention shapes, reference/hardware.md
 * §3) and how a configured model id maps onto it: catalog entry, quantisation, and the
 * weight size with where that number came from.
 */
import { msg, type Message } from '../i18n/message';
import catalogData from './models-catalog.json';

export interface CatalogModel {
  id: string;
  totalParamsB: number;
  activeParamsB: number;
  layers: number;
  maxContext: number;
  kvBytesPerTokenF16: number;
  /** vocab_size from the model's config (sizes llama.cpp's compute buffer). */
  vocab?: number;
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

/** A name as lower-case words: `Qwen3-Coder:30B` → qwen3, coder, 30b. */
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9.]+/)
    .filter(Boolean);
const PARAMETER_COUNT = /^\d+(\.\d+)?[bm]$/;

function containsRun(haystack: string[], needle: string[]): boolean {
  return haystack.some((_, start) => needle.every((word, i) => haystack[start + i] === word));
}

/**
 * The catalog entry a model id names: the longest catalog id whose words it contains
 * (`minimax-m2.1-gs32` → minimax-m2.1), or the one its words begin when it names a
 * parameter count (Ollama's `qwen3-coder:30b` → qwen3-coder-30b-a3b-instruct). A bare
 * family name (`qwen3`, `gpt-oss`) names no single model, so it finds none.
 */
export function findCatalogModel(modelId: string): CatalogModel | null {
  const id = words(modelId.split('/').pop() ?? modelId);
  const namesSize = id.length >= 2 && id.some((word) => PARAMETER_COUNT.test(word));
  const matches = CATALOG.filter((model) => {
    const catalogWords = words(model.id);
    return containsRun(id, catalogWords) || (namesSize && containsRun(catalogWords.slice(0, id.length), id));
  });
  return matches.sort((a, b) => b.id.length - a.id.length)[0] ?? null;
}

export interface QuantGuess {
  quant: string;
  /** Bits per weight. */
  bpw: number;
  /** Set when the name does not say everything (e.g. MLX gs32 without its bit width). */
  assumption?: Message;
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
      assumption: bits ? undefined : msg('hardware.fit.assumedMlxBits', { group: g, bits: b }),
    };
  }
  if (/\b(bf16|fp16|f16)\b/.test(t)) return { quant: 'F16', bpw: 16 };
  if (/\bfp8\b/.test(t)) return { quant: 'FP8-native', bpw: 8 };
  return null;
}
