/** Messages about long contexts on Apple silicon (shared/rules/checkup/apple-long-context.ts). */
import type { DomainCatalog } from '../catalog';

export const longContext = {
  en: {
    appleNearLimit:
      'At {{tokens}} tokens the model, its KV cache and the prefill buffers take {{needs}} GB, {{percent}} % of the {{limit}} GB the Mac lets the GPU use. Long prefills this close to the limit have panicked macOS (IOGPUMemory.cpp:550; lmstudio-bug-tracker#2249, mlx#3186, exo#1972): lower contextTokens, or raise the limit with iogpu.wired_limit_mb.',
  },
  'zh-CN': {
    appleNearLimit:
      '在 {{tokens}} 个 token 时，模型、KV 缓存和预填充缓冲区共需 {{needs}} GB，占 Mac 允许 GPU 使用的 {{limit}} GB 的 {{percent}}%。在如此接近上限时进行长时间预填充，曾导致 macOS 内核崩溃（IOGPUMemory.cpp:550；lmstudio-bug-tracker#2249、mlx#3186、exo#1972）：请调小 contextTokens，或用 iogpu.wired_limit_mb 提高上限。',
  },
} satisfies DomainCatalog;
