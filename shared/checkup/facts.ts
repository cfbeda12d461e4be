/**
 * What the check-up gathered about one model from its server (by the services, over HTTP),
 * as plain data the pure rules in `rules.ts` judge. Every field is null when the server
 * does not tell or the step was not run.
 */
import type { ServerKind, ServerProblem } from '../servers/probe-result';

export interface HttpAnswer {
  status: number;
  /** The body, shortened for display. */
  body: string;
}

export interface ServerFacts {
  baseUrl: string;
  reachable: boolean;
  /** Why the server could not be asked (unreachable, 401, not an OpenAI /v1…): what failed and the advice, as messages. */
  problem: ServerProblem | null;
  kind: ServerKind | null;
  lmstudioRest: 'v1' | 'v0' | 'none' | null;
  /** Every model id the server lists (OpenAI /v1/models and native listings). */
  ids: string[];
  /** LM Studio: JIT loading on (/v1/models lists more than the loaded models). */
  jit: boolean | null;
}

export interface ModelFacts {
  /** The exact id is listed. */
  present: boolean;
  /** Ids that differ only in case, or that carry a variant suffix. */
  near: string[];
  /** Extra instances of the same model (`id:2`, `id:3`). */
  duplicates: string[];
  loaded: boolean | null;
  /** The context the server actually loaded the model with. */
  loadedContext: number | null;
  /** Where loadedContext came from (e.g. "LM Studio /api/v1/models loaded_instances[0].config.context_length"). */
  loadedContextSource: string | null;
  /** The model's native maximum (LM Studio max_context_length, Ollama /api/show, vLLM max_model_len). */
  maxContext: number | null;
  sizeBytes: number | null;
  quant: string | null;
  /** llama.cpp: how many slots (-np) share the loaded context; loadedContext is one slot's share. */
  slots?: number | null;
}

export interface LoadFacts {
  method: 'explicit' | 'first-request' | 'already-loaded' | 'always-loaded' | 'none';
  seconds: number | null;
  error: string | null;
  /** The load ran past this deadline (seconds) and was abandoned (step-deadlines.ts). */
  deadlineSeconds?: number;
}

export interface ToolFacts {
  /** Which route the round trip used. */
  route: 'chat-completions' | 'responses';
  answer: HttpAnswer | null;
  error: string | null;
  /** The server refused the schema (llama.cpp grammar errors). */
  schemaRejected: boolean;
  /** With pattern/maxLength removed (what the llamacpp profile does), the call went through. */
  cleanedSchemaWorks: boolean | null;
  called: boolean;
  /** The arguments the model sent, as text. */
  arguments: string | null;
  /** The required argument was there. */
  argumentsOk: boolean;
  /** The same round trip over /v1/chat/completions (when the Responses one failed). */
  chatCompletionsWorks: boolean | null;
}

export interface ResponsesFacts {
  ok: boolean;
  answer: HttpAnswer | null;
  error: string | null;
}

export interface GatheredFacts {
  server: ServerFacts | null;
  model: ModelFacts | null;
  load: LoadFacts | null;
  tools: ToolFacts | null;
  responses: ResponsesFacts | null;
}
