/**
 * OpenClaw's own numbers the check-up measures against, each with the release and source it
 * was read from (the installed openclaw@2026.9.6 package, and older releases' source).
 */

/**
 * OpenClaw 2026.9.6 blocks a run whose context window is below this, and warns below
 * CONTEXT_WARN_BELOW_TOKENS: `src/agents/context-window-guard.ts`, shipped as
 * dist/context-window-guard-BHx3Iiy5.mjs (`CONTEXT_WINDOW_HARD_MIN_TOKENS = 4e3`,
 * `CONTEXT_WINDOW_WARN_BELOW_TOKENS = 8e3`; the floors also scale to 10 % / 20 % of the
 * model's reference window).
 */
export const OPENCLAW_HARD_MIN_TOKENS = 4000;
export const OPENCLAW_WARN_BELOW_TOKENS = 8000;

/**
 * Releases up to at least 2026.3.x blocked below 16,000 and warned below 32,000: the same
 * file then read `CONTEXT_WINDOW_HARD_MIN_TOKENS = 16_000` ("Model context window too small
 * (4096 tokens). Minimum is 16000." — openclaw/openclaw#26277 on 2026.2.x, PR #24130 citing
 * src/agents/context-window-guard.ts:3). Users on those releases still hit it, so the
 * check-up flags anything under it.
 */
export const OPENCLAW_LEGACY_HARD_MIN_TOKENS = 16000;

/**
 * With no `timeoutSeconds`, a model call is cut by OpenClaw's idle watchdog at about 120 s
 * (reference/openclaw-config.md, provider `timeoutSeconds`).
 */
export const OPENCLAW_DEFAULT_TIMEOUT_SECONDS = 120;

/**
 * Providers whose OpenClaw plugin already applies the llama.cpp GBNF schema cleaner
 * (2026.9.6 dist/extensions/{lmstudio,ollama}/index.js `buildProviderToolCompatFamilyHooks("llamacpp-gbnf")`;
 * docs/gateway/config-tools/custom-providers.md: "built-in llama-cpp, ollama, and lmstudio
 * providers apply the same cleaner automatically. Custom provider IDs pointed at
 * llama-server must select it explicitly").
 */
export const PROVIDERS_WITH_GBNF_CLEANER = ['lmstudio', 'ollama', 'llama-cpp'] as const;
