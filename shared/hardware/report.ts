/**
 * The hardware report (F1) as the contract carries it: GPUs (each naming the tool its
 * figures came from), Apple unified memory and its GPU working-set limit, CPU, RAM, OS,
 * the machine's name, the GPU memory budget the fit advisor compares models with, and
 * which probing tools answered, failed or timed out.
 */
import { z } from 'zod';
import { messageSchema } from '../i18n/message';

/** Where a GPU's figures came from. */
export const gpuSourceSchema = z.enum([
  'nvidia-smi',
  'amd-smi',
  'rocm-smi',
  'clinfo',
  'systeminformation',
  'proc-driver-nvidia',
]);
export type GpuSource = z.infer<typeof gpuSourceSchema>;

export const migDeviceSchema = z.object({
  /** e.g. `3g.40gb` */
  profile: z.string(),
  /** Memory its profile name states (an approximation), bytes. */
  memoryBytes: z.number().nullable(),
  uuid: z.string().nullable(),
});

/** A process holding GPU memory (`nvidia-smi --query-compute-apps`). */
export const gpuProcessSchema = z.object({
  pid: z.number(),
  /** As nvidia-smi names it; null where it cannot see the process (another container's PID namespace). */
  name: z.string().nullable(),
  usedBytes: z.number().nullable(),
});
export type GpuProcess = z.infer<typeof gpuProcessSchema>;

export const gpuSchema = z.object({
  kind: z.enum(['nvidia', 'amd', 'apple', 'intel', 'virtual', 'other']),
  vendor: z.string(),
  model: z.string(),
  /** VRAM in bytes; null when unknown (Apple shares RAM; AMD without clinfo reports a BAR size). */
  vramBytes: z.number().nullable(),
  /** Free VRAM when the GPU was probed (other processes may hold the rest). */
  vramFreeBytes: z.number().nullable(),
  driver: z.string().nullable(),
  gpuCores: z.number().nullable(),
  source: gpuSourceSchema,
  busId: z.string().nullable(),
  computeCapability: z.string().nullable(),
  /** MIG devices carved from this GPU (`nvidia-smi -L`); empty when MIG is off. */
  mig: z.array(migDeviceSchema),
  /** Processes holding this GPU's memory when probed (NVIDIA only; absent where not asked). */
  processes: z.array(gpuProcessSchema).optional(),
});
export type Gpu = z.infer<typeof gpuSchema>;

export const budgetSchema = z.object({
  /** Memory models can use, in bytes; null when it cannot be told. */
  bytes: z.number().nullable(),
  source: z.enum(['apple-wired-limit', 'apple-default-estimate', 'nvidia-vram', 'amd-vram', 'system-ram', 'unknown']),
  /** Per-GPU split (NVIDIA/AMD), for layer splitting. */
  perGpuBytes: z.array(z.number()),
  /** Free GPU memory when probed (NVIDIA/AMD), bytes; null when not reported. */
  freeBytes: z.number().nullable(),
  /** Memory bandwidth in GB/s, when known (for the decode-speed estimate). */
  bandwidthGBs: z.number().nullable(),
  explanation: messageSchema,
});
export type Budget = z.infer<typeof budgetSchema>;

/** One probing tool's outcome. */
export const toolStatusSchema = z.object({
  tool: z.string(),
  status: z.enum(['ok', 'missing', 'timeout', 'failed']),
  ms: z.number().nullable(),
});
export type ToolStatus = z.infer<typeof toolStatusSchema>;

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
      /** Where an estimated limit comes from (a citation); null when read from the OS. */
      wiredLimitSource: z.string().nullable(),
      /** The command that raises the limit (never run by the app). */
      raiseCommand: z.string(),
    })
    .nullable(),
  budget: budgetSchema,
  noGpu: z.boolean(),
  notes: z.array(messageSchema),
  /** The probing tools and how each went (a timeout names its tool here and in `notes`). */
  tools: z.array(toolStatusSchema),
  probedAt: z.string(),
});
export type HardwareReport = z.infer<typeof hardwareReportSchema>;
