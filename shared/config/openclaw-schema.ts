/**
 * zod schemas for the parts of openclaw.json this app edits — `models` and
 * `agents.defaults.{model, models, modelPolicy}` — as OpenClaw 2026.9 defines them
 * (reference/openclaw-config.md §2): strict where OpenClaw is strict, with its
 * cross-field rule for custom providers. The rest of the file is never validated away.
 */
import { z } from 'zod';

// OpenClaw 2026.9.6: dist/model-data-C50f9nhB.mjs MODEL_DATA_APIS (declared in dist/runtime-api-*.d.ts MODEL_APIS).
export const MODEL_APIS = [
  'openai-completions',
  'openai-responses',
  'openai-chatgpt-responses',
  'anthropic-messages',
  'google-generative-ai',
  'google-vertex',
  'github-copilot',
  'bedrock-converse-stream',
  'ollama',
  'pi-messages',
  'azure-openai-responses',
] as const;
export type ModelApi = (typeof MODEL_APIS)[number];

export const MODEL_INPUTS = ['text', 'image', 'video', 'audio'] as const;
export const PROVIDER_AUTH_MODES = ['api-key', 'aws-sdk', 'oauth', 'token'] as const;
export const THINKING_LEVELS = ['off', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const;

/** Provider ids OpenClaw ships overlays for: they may omit `baseUrl` and `models`. */
export const LOCAL_BUNDLED_PROVIDER_IDS = ['lmstudio', 'ollama', 'vllm', 'sglang', 'litellm'] as const;
export const HOSTED_BUNDLED_PROVIDER_IDS = [
  'openai',
  'anthropic',
  'openrouter',
  'google',
  'groq',
  'deepseek',
  'mistral',
  'minimax',
  'moonshot',
  'qwen',
  'together',
  'xai',
  'zai',
  'nvidia',
  'huggingface',
] as const;
export const BUNDLED_PROVIDER_IDS: readonly string[] = [...LOCAL_BUNDLED_PROVIDER_IDS, ...HOSTED_BUNDLED_PROVIDER_IDS];

const positive = z.number().positive();
const positiveInt = z.number().int().positive();

export const secretRefSchema = z
  .object({
    source: z.enum(['env', 'file', 'exec', 'store']),
    provider: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/),
    id: z.string().min(1),
  })
  .strict()
  .superRefine((ref, ctx) => {
    if (ref.source === 'env' && !/^[A-Z][A-Z0-9_]{0,127}$/.test(ref.id)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'env SecretRef ids are upper-case names like MY_API_KEY' });
    }
  });
export type SecretRef = z.infer<typeof secretRefSchema>;

const secretOrString = z.union([z.string(), secretRefSchema]);
const headersSchema = z.record(z.string(), secretOrString);
const agentRuntimeSchema = z.object({ id: z.string().optional() }).strict();
const paramsSchema = z.record(z.string(), z.unknown());

const tieredPriceSchema = z
  .object({
    input: z.number(),
    output: z.number(),
    cacheRead: z.number(),
    cacheWrite: z.number(),
    range: z.union([z.tuple([z.number()]), z.tuple([z.number(), z.number()])]),
  })
  .strict();

export const costSchema = z
  .object({
    input: z.number().optional(),
    output: z.number().optional(),
    cacheRead: z.number().optional(),
    cacheWrite: z.number().optional(),
    tieredPricing: z.array(tieredPriceSchema).optional(),
  })
  .strict();

const compatSchema = z
  .object({
    supportsStore: z.boolean(),
    supportsPromptCacheKey: z.boolean(),
    supportsResponsesContinuation: z.boolean(),
    supportsDeveloperRole: z.boolean(),
    supportsReasoningEffort: z.boolean(),
    supportsTemperature: z.boolean(),
    supportsInstructions: z.boolean(),
    supportsUsageInStreaming: z.boolean(),
    supportsTools: z.boolean(),
    codeMode: z.enum(['preferred', 'capable']),
    supportsStrictMode: z.boolean(),
    supportsJsonSchemaResponseFormat: z.boolean(),
    requiresStringContent: z.boolean(),
    strictMessageKeys: z.boolean(),
    visibleReasoningDetailTypes: z.array(z.string()),
    supportedReasoningEfforts: z.array(z.string()),
    reasoningEffortMap: z.record(z.string(), z.unknown()),
    maxTokensField: z.enum(['max_completion_tokens', 'max_tokens']),
    thinkingFormat: z.enum(['openai', 'openrouter', 'deepseek', 'together', 'qwen', 'qwen-chat-template', 'zai']),
    requiresToolResultName: z.boolean(),
    requiresAssistantAfterToolResult: z.boolean(),
    requiresThinkingAsText: z.boolean(),
    requiresReasoningContentOnAssistantMessages: z.boolean(),
    toolSchemaProfile: z.string(),
    unsupportedToolSchemaKeywords: z.array(z.string()),
    toolCallArgumentsEncoding: z.string(),
    requiresOpenAiAnthropicToolPayload: z.boolean(),
    openRouterRouting: z.object({}).catchall(z.unknown()),
    vercelGatewayRouting: z.object({ only: z.unknown().optional(), order: z.unknown().optional() }).strict(),
    zaiToolStream: z.boolean(),
    cacheControlFormat: z.literal('anthropic'),
    sendSessionAffinityHeaders: z.boolean(),
    sendSessionIdHeader: z.boolean(),
    supportsEagerToolInputStreaming: z.boolean(),
    supportsLongCacheRetention: z.boolean(),
  })
  .partial()
  .strict();

const mediaInputSchema = z
  .object({
    image: z
      .object({
        maxBytes: positiveInt.optional(),
        maxPixels: positiveInt.optional(),
        maxSidePx: positiveInt.optional(),
        preferredSidePx: positiveInt.optional(),
        tokenMode: z.enum(['tile', 'detail', 'provider']).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const modelDefinitionSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    api: z.enum(MODEL_APIS).optional(),
    baseUrl: z.string().min(1).optional(),
    reasoning: z.boolean().optional(),
    input: z.array(z.enum(MODEL_INPUTS)).optional(),
    cost: costSchema.optional(),
    contextWindow: positive.optional(),
    contextTokens: positiveInt.optional(),
    maxTokens: positive.optional(),
    thinkingLevelMap: z
      .object(Object.fromEntries(THINKING_LEVELS.map((level) => [level, z.string().nullable().optional()])))
      .strict()
      .optional(),
    params: paramsSchema.optional(),
    agentRuntime: agentRuntimeSchema.optional(),
    headers: z.record(z.string(), z.string()).optional(),
    compat: compatSchema.optional(),
    mediaInput: mediaInputSchema.optional(),
    metadataSource: z.literal('models-add').optional(),
  })
  .strict();

const requestAuthSchema = z.union([
  z.object({ mode: z.literal('provider-default') }).strict(),
  z.object({ mode: z.literal('authorization-bearer'), token: secretOrString }).strict(),
  z
    .object({
      mode: z.literal('header'),
      headerName: z.string().min(1),
      value: secretOrString,
      prefix: z.string().optional(),
    })
    .strict(),
]);
const tlsSchema = z
  .object({
    ca: z.string().optional(),
    cert: z.string().optional(),
    key: secretOrString.optional(),
    passphrase: secretOrString.optional(),
    serverName: z.string().optional(),
    insecureSkipVerify: z.boolean().optional(),
  })
  .strict();
const requestSchema = z
  .object({
    headers: headersSchema.optional(),
    auth: requestAuthSchema.optional(),
    proxy: z
      .union([
        z.object({ mode: z.literal('env-proxy'), tls: tlsSchema.optional() }).strict(),
        z.object({ mode: z.literal('explicit-proxy'), url: z.string().min(1), tls: tlsSchema.optional() }).strict(),
      ])
      .optional(),
    tls: tlsSchema.optional(),
    allowPrivateNetwork: z.boolean().optional(),
  })
  .strict();

const localServiceSchema = z
  .object({
    command: z.string().refine((command) => /^(\/|[A-Za-z]:[\\/])/.test(command), 'must be an absolute path'),
    args: z.array(z.string()).optional(),
    cwd: z.string().optional(),
    env: z.record(z.string(), z.string()).optional(),
    healthUrl: z.string().optional(),
    readyTimeoutMs: positiveInt.optional(),
    idleStopMs: z.number().int().min(0).optional(),
  })
  .strict();

export const providerSchema = z
  .object({
    baseUrl: z.string().optional(),
    apiKey: secretOrString.optional(),
    auth: z.enum(PROVIDER_AUTH_MODES).optional(),
    api: z.enum(MODEL_APIS).optional(),
    maxTokens: positive.optional(),
    timeoutSeconds: positiveInt.optional(),
    region: z.string().min(1).optional(),
    injectNumCtxForOpenAICompat: z.boolean().optional(),
    params: paramsSchema.optional(),
    agentRuntime: agentRuntimeSchema.optional(),
    localService: localServiceSchema.optional(),
    headers: headersSchema.optional(),
    authHeader: z.boolean().optional(),
    request: requestSchema.optional(),
    models: z.array(modelDefinitionSchema).optional(),
  })
  .strict();

export const CUSTOM_PROVIDER_NEEDS_BASE_URL =
  'custom model providers must declare baseUrl; provider overlays without baseUrl are only supported for bundled providers';
export const CUSTOM_PROVIDER_NEEDS_MODELS =
  'custom model providers must declare models; provider overlays without models are only supported for bundled providers';

export const modelsSectionSchema = z
  .object({
    mode: z.enum(['merge', 'replace']).optional(),
    providers: z.record(z.string(), providerSchema).optional(),
    catalogRefresh: z
      .object({
        enabled: z.boolean().optional(),
        url: z
          .string()
          .refine(
            (url) => /^https:\/\//.test(url) || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(url),
            'must be https, or http on localhost',
          )
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((models, ctx) => {
    for (const [id, provider] of Object.entries(models.providers ?? {})) {
      if (BUNDLED_PROVIDER_IDS.includes(id.toLowerCase())) continue;
      if (provider.baseUrl === undefined) {
        ctx.addIssue({ code: 'custom', path: ['providers', id, 'baseUrl'], message: CUSTOM_PROVIDER_NEEDS_BASE_URL });
      }
      if (provider.models === undefined) {
        ctx.addIssue({ code: 'custom', path: ['providers', id, 'models'], message: CUSTOM_PROVIDER_NEEDS_MODELS });
      }
    }
  });

export const agentModelSchema = z.union([
  z.string(),
  z.object({ primary: z.string().optional(), fallbacks: z.array(z.string()).optional() }).strict(),
]);

const PICKER_RUNTIME = /^[a-z][a-z0-9-]*$/;
export const agentModelEntrySchema = z
  .object({
    alias: z.string().optional(),
    params: paramsSchema.optional(),
    agentRuntime: agentRuntimeSchema.optional(),
    pickerRuntimes: z
      .array(
        z
          .string()
          .regex(PICKER_RUNTIME)
          .refine((runtime) => runtime !== 'auto' && runtime !== 'default', 'must not be "auto" or "default"'),
      )
      .max(8)
      .optional(),
    codeMode: z.boolean().optional(),
    streaming: z.boolean().optional(),
  })
  .strict();

export const modelPolicySchema = z.object({ allow: z.array(z.string()).optional() }).strict();

/** The agents.defaults keys this app edits, each validated on its own; other keys are left alone. */
export const agentDefaultsModelKeysSchema = z.object({
  model: agentModelSchema.optional(),
  models: z.record(z.string(), agentModelEntrySchema).optional(),
  modelPolicy: modelPolicySchema.optional(),
});
