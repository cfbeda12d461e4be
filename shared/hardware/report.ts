/**
 * The hardware report (F1) as the contract carries it: GPUs, Apple unified memory and
 * its GPU working-set limit, CPU, RAM, OS, the machine's name, and the GPU memory budget
 * the fit advisor compares models with.
 */
import { z } from 'zod';

export const gpuSchema = z.object({
  kind: z.enum(['nvidia', 'amd', 'apple', 'intel', 'virtual', 'other']),
  vendor: z.string(),
  model: z.string(),
  /** VRAM in bytes; null when unknown (Apple shares RAM; AMD without clinfo reports a BAR size). */
  vramBytes: z.number().nullable(),
  vramFreeBytes: z.number().nullable(),
  driver: z.string().nullable(),
  gpuCores: z.number().nullable(),
});
export type Gpu = z.infer<typeof gpuSchema>;

export const budgetSchema = z.object({
  /** Memory models can use, in bytes; null when it cannot be told. */
  bytes: z.number().nullable(),
  source: z.enum(['apple-wired-limit', 'apple-default-estimate', 'nvidia-vram', 'amd-vram', 'system-ram', 'unknown']),
  /** Per-GPU split (NVIDIA/AMD), for layer splitting. */
  perGpuBytes: z.array(z.number()),
  /** Memory bandwidth in GB/s, when known (for the decode-speed estimate). */
  bandwidthGBs: z.number().nullable(),
  explanation: z.string(),
});
export type Budget = z.infer<typeof budgetSchema>;

export const hardwareReportSchema = z.object({
  machine: z.string(),
  os: z.string(),
  cpu: z.object({
    brand: z.string(),
    cores: z.number(),
    performanceCores: z.number().nullable(),
    efficiencyCores: z.number().nullable(),
  }),
  memory: z.object({ totalBytes: z.number(), availableBytes: z.number().nullable() }),
  gpus: z.array(gpuSchema),
  apple: z
    .object({
      chip: z.string(),
      gpuCores: z.number().nullable(),
      unifiedMemoryBytes: z.number(),
      wiredLimitBytes: z.number(),
      wiredLimitIsEstimate: z.boolean(),
      /** The command that raises the limit (never run by the app). */
      raiseCommand: z.string(),
    })
    .nullable(),
  budget: budgetSchema,
  noGpu: z.boolean(),
  notes: z.array(z.string()),
  probedAt: z.string(),
});
export type HardwareReport = z.infer<typeof hardwareReportSchema>;
