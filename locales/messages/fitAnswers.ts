/** Messages of the fit answers (shared/fit/advisor.ts `answers`): room to spare or over, the context per KV type, the largest quant, where the figures came from. */
import type { DomainCatalog } from '../catalog';

export const fitAnswers = {
  en: {
    spare: 'fits with {{gb}} GB to spare',
    over: 'over by {{gb}} GB',
    unknown: 'can’t tell: {{why}}',
    against: {
      free: 'measured against {{gb}} GB free on the GPU now',
      gpu: 'measured against {{gb}} GB of GPU memory',
      unified:
        'measured against {{gb}} GB, the share of unified memory macOS lets the GPU use (Metal’s working-set limit)',
      ram: 'measured against {{gb}} GB of system RAM (no GPU found)',
      unknown: 'measured against {{gb}} GB',
    },
    others: 'other processes hold {{gb}} GB of GPU memory: {{list}}',
    othersUnnamed: 'other processes hold {{gb}} GB of GPU memory',
    contexts: 'largest context that fits, per slot: {{list}}',
    context: '{{kvType}} {{tokens}} tokens',
    contextWhole: '{{kvType}} all {{tokens}} tokens',
    contextNone: '{{kvType}} none',
    list: '{{i0}}, {{i1}}, {{i2}}',
    largestQuant: 'largest quantisation that fits at {{context}} tokens: {{quant}} ({{total}} GB in all)',
    noQuant: 'no quantisation fits at {{context}} tokens',
    cpu: '{{gb}} GB of weights and KV cache stay in system RAM (layers not offloaded, experts on the CPU)',
    sourced: 'figures from {{shape}} (shape) and {{weights}} (weights)',
    sourcedNoShape: 'weights from {{weights}}; nothing gave the layers and KV heads',
    assumed: {
      noLayers: 'the layer count is unknown, so offloaded layers and experts on the CPU are not counted',
      expertShare:
        'the experts’ share of the weights is unknown (the tensor table was not read), so experts on the CPU are not counted',
      headCount:
        'the attention head count is unknown, so the score matrix llama.cpp keeps without flash attention is not counted',
    },
    mlx: {
      noConfig: '{{folder}} has no readable config.json, so it is not a model folder Claw Control can size',
    },
    lmstudio: {
      noShape:
        'LM Studio gives no layer count and its model file was not found in its models folder; give the GGUF file or MLX folder instead',
    },
    panel: {
      title: 'Fit on this machine',
      checking: 'sizing the models this server lists…',
      failed: 'could not size the models: {{why}}',
      notListed: 'not in your config',
      model: 'Fit of {{model}}',
    },
  },
  'zh-CN': {
    spare: '放得下，还剩 {{gb}} GB',
    over: '超出 {{gb}} GB',
    unknown: '无法判断：{{why}}',
    against: {
      free: '按 GPU 当前空闲的 {{gb}} GB 计算',
      gpu: '按 {{gb}} GB 显存计算',
      unified: '按 {{gb}} GB 计算，即 macOS 允许 GPU 使用的那部分统一内存（Metal 工作集上限）',
      ram: '按 {{gb}} GB 系统内存计算（未发现 GPU）',
      unknown: '按 {{gb}} GB 计算',
    },
    others: '其他进程占用了 {{gb}} GB 显存：{{list}}',
    othersUnnamed: '其他进程占用了 {{gb}} GB 显存',
    contexts: '每个槽位放得下的最大上下文：{{list}}',
    context: '{{kvType}} {{tokens}} 个 token',
    contextWhole: '{{kvType}} 全部 {{tokens}} 个 token',
    contextNone: '{{kvType}} 放不下',
    list: '{{i0}}；{{i1}}；{{i2}}',
    largestQuant: '在 {{context}} 个 token 下放得下的最大量化：{{quant}}（共 {{total}} GB）',
    noQuant: '在 {{context}} 个 token 下没有哪种量化放得下',
    cpu: '有 {{gb}} GB 权重和 KV cache 留在系统内存里（未卸载到 GPU 的层、放在 CPU 上的专家）',
    sourced: '数据来源：结构来自{{shape}}，权重来自{{weights}}',
    sourcedNoShape: '权重来自{{weights}}；没有来源给出层数和 KV 头数',
    assumed: {
      noLayers: '层数未知，因此没有计入卸载层数和放在 CPU 上的专家',
      expertShare: '专家权重占比未知（没有读到张量表），因此没有计入放在 CPU 上的专家',
      headCount: '注意力头数未知，因此没有计入关闭 flash attention 时 llama.cpp 额外保留的注意力分数矩阵',
    },
    mlx: {
      noConfig: '{{folder}} 里没有可读的 config.json，不是 Claw Control 能估算的模型文件夹',
    },
    lmstudio: {
      noShape: 'LM Studio 没有给出层数，它的模型文件夹里也没找到这个模型的文件；请改为给出 GGUF 文件或 MLX 文件夹',
    },
    panel: {
      title: '在本机能否放下',
      checking: '正在估算这台服务器列出的模型…',
      failed: '无法估算这些模型：{{why}}',
      notListed: '不在你的配置中',
      model: '{{model}} 能否放下',
    },
  },
} satisfies DomainCatalog;
