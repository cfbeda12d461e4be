/**
 * What the editor's form fields check as you type, and the provider lists the presets use.
 * OpenClaw's own JSON Schema is the authority (node/services/openclaw: the installed
 * release's, else the pinned one's); these few field checks only mirror it for instant feedback
 * and are never stricter (OpenClaw 2026.9.6, src/config/zod-schema.core.ts).
 */
import { z } from 'zod';
import { BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS, PINNED_MODEL_APIS } from './openclaw-release';

/** The `api` values of the pinned release; the installed release's list comes from its schema (getSchemaHelp). */
export const MODEL_APIS = PINNED_MODEL_APIS;
export type ModelApi = (typeof MODEL_APIS)[number];

/** Model input kinds (OpenClaw 2026.9.6, ModelDefinitionSchema.input). */
export const MODEL_INPUTS = ['text', 'image', 'video', 'audio'] as const;

/** Provider ids that may omit `baseUrl` and `models`: OpenClaw's built-in overlays. */
export const BUNDLED_PROVIDER_IDS: readonly string[] = BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS;

const positive = z.number().positive();
const positiveInt = z.number().int().positive();

/** Per-field checks for the provider form (models.providers.<id>.*). */
export const providerSchema = z.object({
  baseUrl: z.string(),
  timeoutSeconds: positiveInt,
  maxTokens: positive,
});

/** Per-field checks for a model row (models.providers.<id>.models[].*). */
export const modelDefinitionSchema = z.object({
  contextWindow: positive,
  contextTokens: positiveInt,
  maxTokens: positive,
});
