/**
 * Other machines the user added (F2, several machines): another Claw Control's headless
 * panel (URL + its token) or an exo cluster (its API URL). What the settings keep, and what
 * the API reports about each — never the token itself.
 */
import { z } from 'zod';
import { messageSchema, msg } from '../i18n/message';
import { clusterInstanceSchema, clusterNodeSchema } from './cluster';

export const MACHINE_KINDS = ['panel', 'exo', 'rpc'] as const;
export type MachineKind = (typeof MACHINE_KINDS)[number];

/** http(s) URL of the machine's panel or exo API (no credentials in it), or a llama.cpp rpc-server's `host:port`. */
export const machineUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine(
    (value) => {
      if (/^(rpc:\/\/)?(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(value)) return true;
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    {
      message: 'must be an http:// or https:// URL, or host:port for an rpc-server',
      params: { detail: msg('schemaIssue.machineUrl') },
    },
  );

/** As kept in the app's settings file. */
export const machineEntrySchema = z
  .object({
    id: z.string().min(1).max(40),
    kind: z.enum(MACHINE_KINDS),
    label: z.string().trim().max(80),
    url: machineUrlSchema,
    /** The remote panel's token (panel machines only). */
    token: z.string().max(256).optional(),
  })
  .strict();
export type MachineEntry = z.infer<typeof machineEntrySchema>;

export const MACHINE_STATES = ['ok', 'unreachable', 'timeout', 'unauthorized', 'bad-answer'] as const;

export const machineStatusSchema = z.object({
  id: z.string(),
  kind: z.enum(MACHINE_KINDS),
  label: z.string(),
  url: z.string(),
  hasToken: z.boolean(),
  state: z.enum(MACHINE_STATES),
  /** Why it is not ok, as a message code. */
  problem: messageSchema.nullable(),
  nodes: z.array(clusterNodeSchema),
  instances: z.array(clusterInstanceSchema),
  /** A panel machine's local model servers and what it keeps warm (read through its own API). */
  servers: z.array(
    z.object({
      providerId: z.string(),
      kind: z.string().nullable(),
      reachable: z.boolean(),
      loaded: z.array(z.string()),
    }),
  ),
  keptWarm: z.array(z.object({ ref: z.string(), lastResult: z.string().nullable() })),
  checkedAt: z.string(),
});
export type MachineStatus = z.infer<typeof machineStatusSchema>;

export const machinesReportSchema = z.object({
  /** This machine as a node (null when its budget is unknown). */
  thisMachine: clusterNodeSchema.nullable(),
  machines: z.array(machineStatusSchema),
  /** Machines typed in by hand (label + memory), counted as they are. */
  manual: z.array(clusterNodeSchema),
  /** The nodes a model is split across: an exo cluster's nodes when one is added, else this machine + panels + manual. */
  clusterNodes: z.array(clusterNodeSchema),
  clusterSource: z.enum(['exo', 'machines']),
});
export type MachinesReport = z.infer<typeof machinesReportSchema>;
