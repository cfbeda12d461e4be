/** The guidance's hardware advice (shared/fit/guidance.ts), shown in the Overview's advice card. */
import type { DomainCatalog } from '../catalog';

export const guidance = {
  en: {
    single24gbGpu:
      "A single 24 GB GPU handles only lighter prompts, with higher latency. For OpenClaw's long contexts, aim for more GPU memory.",
    smallPrimary:
      'The local primary {{ref}} is a small model, which raises prompt-injection risk. Use the largest variant you can run.',
    quantisedPrimary:
      'The local primary {{ref}} is quantised below 4 bits ({{quant}}), which raises prompt-injection risk. Use the least-quantised variant you can run.',
    smallAndQuantised:
      'The local primary {{ref}} is a small model quantised below 4 bits ({{quant}}), which raises prompt-injection risk. Use the largest, least-quantised variant you can run.',
    minimaxTwoStudios:
      'Full-size MiniMax M2.1 wants about two fully-specced Mac Studios (or an equivalent GPU rig, ~$30k+) to run at its full context. Have them? Add the second machine (or your exo cluster) under Several machines to see how the layers split.',
    localPrimaryCompaction:
      'Local models skip provider-side filters. Keep agents narrow and turn compaction on to limit what a prompt injection can reach.',
  },
  'zh-CN': {
    single24gbGpu:
      '单块 24 GB GPU 只能应付较轻的提示词，而且延迟更高。OpenClaw 的上下文很长，建议使用更大的 GPU 显存。',
    smallPrimary: '本地主模型 {{ref}} 是小模型，更容易受到提示词注入。请使用你能运行的最大版本。',
    quantisedPrimary:
      '本地主模型 {{ref}} 的量化低于 4 bit（{{quant}}），更容易受到提示词注入。请使用你能运行的量化程度最低的版本。',
    smallAndQuantised:
      '本地主模型 {{ref}} 是小模型，且量化低于 4 bit（{{quant}}），更容易受到提示词注入。请使用你能运行的最大、量化程度最低的版本。',
    minimaxTwoStudios:
      '完整版 MiniMax M2.1 大约需要两台满配 Mac Studio（或同等的 GPU 机器，约 3 万美元以上）才能跑满上下文。已经有了？在“多台机器”里添加第二台机器（或你的 exo 集群），就能看到各层如何分配。',
    localPrimaryCompaction:
      '本地模型没有 provider 端的过滤。请让智能体保持精简，并开启 compaction，以限制提示词注入能触及的范围。',
  },
} satisfies DomainCatalog;
