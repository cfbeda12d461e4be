/**
 * OpenClaw's own numbers the check-up measures against, each with the release and source it
 * was read from (the installed openclaw@2026.9.6 package).
 */

/*
 * The context-window floor (CONTEXT_WINDOW_HARD_MIN_TOKENS / _WARN_BELOW_TOKENS in
 * src/agents/context-window-guard.ts) changed between releases: its values per release live in
 * shared/rules/rule-ranges.json (`context-window-minimum`), applied by context-minimum.ts.
 */

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
