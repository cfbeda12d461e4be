/** The doctor's findings (the rule book's file, schema, server, chain and machine rules, shared/rules/doctor/), and their Fix labels. */
import type { DomainCatalog } from '../catalog';

export const doctor = {
  en: {
    hardwareUnavailable: 'This machine’s hardware could not be read ({{detail}}), so no fit was checked.',
    serverProblem: '{{provider}}: {{problem}}. {{advice}}',
    responsesMissing: '{{provider}}\'s server has no /v1/responses, but the provider uses api "openai-responses".',
    modelNotOnServer:
      '{{ref}} is not listed by its server. Load or download it there, or fix the id (it must match exactly).',
    modelNotLoaded:
      '{{ref}} is not loaded: the first request will wait for a cold load (the usual "hang"). Warm it now, or keep it warm.',
    contextAboveLoaded:
      "{{ref}} is configured for {{configured}} tokens but the server loaded it with {{loaded}}, so context errors follow. Lower contextTokens, or raise the server's context length.",
    noPrimary: 'No primary model is set: OpenClaw falls back to its default provider.',
    noHostedFallback:
      'The primary {{ref}} is local and no hosted model follows it: when the local server is down, nothing answers. Add a hosted fallback.',
    whatsappResponses:
      'A WhatsApp channel is configured. Use the Responses API for the local primary so only the final text is sent.',
    primaryDoesNotFit: "The primary {{ref}} does not fit this machine's GPU memory, even at 8K context.",
    primaryNotFreeNow:
      'The primary {{ref}} fits this GPU, but only {{free}} of its memory is free now and it needs {{needs}}: other processes hold the rest, so loading it may fail and OpenClaw would fall back. The hardware card says which processes.',
    primaryNotFreeNow_cli:
      'The primary {{ref}} fits this GPU, but only {{free}} of its memory is free now and it needs {{needs}}: other processes hold the rest, so loading it may fail and OpenClaw would fall back. `claw-control hardware` says which processes.',
    primaryDoesNotFitRam: 'The primary {{ref}} does not fit in RAM, even at 8K context.',
    primaryContextTooLarge:
      'The primary {{ref}} fits only up to {{max}} tokens of context on this machine (configured: {{configured}}).',
    compactionOff:
      'Local models skip provider-side filters. Keep agents narrow and turn compaction on to limit prompt injection.',
    configMissing: 'No OpenClaw config at {{path}}. Run `openclaw onboard`, or add a provider here and save.',
    configMissing_cli:
      'No OpenClaw config at {{path}}. Run `openclaw onboard`, or add one with `claw-control providers add`.',
    schema: '{{path}}: {{detail}}',
    openclawInvalid: 'OpenClaw rejects {{path}}: {{detail}}',
    fix: {
      setContextTokens: 'Set contextTokens to {{tokens}}',
      enableCompaction: 'Turn compaction on',
    },
  },
  'zh-CN': {
    hardwareUnavailable: '无法读取本机硬件（{{detail}}），因此没有检查模型能否放下。',
    serverProblem: '{{provider}}：{{problem}}。{{advice}}',
    responsesMissing: '{{provider}} 的服务器没有 /v1/responses，但该 provider 使用 api "openai-responses"。',
    modelNotOnServer: '服务器没有列出 {{ref}}。请在服务器上加载或下载它，或修正 ID（必须完全一致）。',
    modelNotLoaded: '{{ref}} 尚未加载：第一个请求要等待冷加载（常见的“卡住”）。请立即预热，或开启保持预热。',
    contextAboveLoaded:
      '{{ref}} 配置为 {{configured}} tokens，但服务器以 {{loaded}} 加载，会出现上下文错误。请调低 contextTokens，或调高服务器的上下文长度。',
    noPrimary: '未设置主模型：OpenClaw 会使用其默认 provider。',
    noHostedFallback:
      '主模型 {{ref}} 是本地模型，后面没有托管模型：本地服务器停止时将无人响应。请添加一个托管的备用模型。',
    whatsappResponses: '已配置 WhatsApp 频道。请为本地主模型使用 Responses API，这样只会发送最终文本。',
    primaryDoesNotFit: '主模型 {{ref}} 放不进本机的 GPU 显存，即使上下文只有 8K。',
    primaryNotFreeNow:
      '主模型 {{ref}} 放得进这块 GPU，但当前只空闲 {{free}} 显存，而它需要 {{needs}}：其余显存被其他进程占用，加载可能失败，OpenClaw 会切换到备用模型。硬件卡片里列出了占用显存的进程。',
    primaryNotFreeNow_cli:
      '主模型 {{ref}} 放得进这块 GPU，但当前只空闲 {{free}} 显存，而它需要 {{needs}}：其余显存被其他进程占用，加载可能失败，OpenClaw 会切换到备用模型。运行 `claw-control hardware` 可查看占用显存的进程。',
    primaryDoesNotFitRam: '主模型 {{ref}} 放不进内存，即使上下文只有 8K。',
    primaryContextTooLarge: '主模型 {{ref}} 在本机最多只能使用 {{max}} tokens 的上下文（当前配置：{{configured}}）。',
    compactionOff: '本地模型没有 provider 端的过滤。请让智能体保持精简，并开启 compaction 以限制提示词注入。',
    configMissing: '{{path}} 没有 OpenClaw 配置。请运行 `openclaw onboard`，或在这里添加 provider 并保存。',
    configMissing_cli:
      '{{path}} 没有 OpenClaw 配置。请运行 `openclaw onboard`，或用 `claw-control providers add` 添加。',
    schema: '{{path}}：{{detail}}',
    openclawInvalid: 'OpenClaw 拒绝 {{path}}：{{detail}}',
    fix: {
      setContextTokens: '将 contextTokens 设为 {{tokens}}',
      enableCompaction: '开启 compaction',
    },
  },
} satisfies DomainCatalog;
