/** Messages of `fitModel` (node/services/fit): how a model name was understood, where its figures came from, what failed. */
import type { DomainCatalog } from '../catalog';

export const fit = {
  en: {
    unknownModel:
      '"{{model}}" is not a configured model, an alias, a model a running server lists or a catalog model. Give a provider/model from your config, an alias, a GGUF file or URL (--gguf), or a catalog id such as qwen3-coder-30b-a3b-instruct.',
    unknownModelWithExamples:
      '"{{model}}" is not a configured model, an alias, a model a running server lists or a catalog model. Give one of {{examples}}, a GGUF file or URL (--gguf), or a catalog id such as qwen3-coder-30b-a3b-instruct.',
    usage: {
      kvType: '--kv-type must be one of {{types}} (got "{{value}}")',
      parallel: '--parallel must be a whole number from 1 to 256 (got "{{value}}")',
      layers: '{{option}} must be a whole number from 0 to 1000 (got "{{value}}")',
    },
    resolved: {
      gguf: 'read from the GGUF header of {{ref}}',
      mlx: 'read from the model folder {{ref}} (config.json, safetensors)',
      alias: 'alias of {{ref}}',
      ref: 'configured as {{ref}}',
      server: 'listed by a running server as {{ref}}',
      catalog: 'catalog model {{ref}}',
    },
    figures: 'shape from {{shape}}; weights from {{weights}}; KV cache {{kvType}}',
    slots_one: '{{count}} parallel slot',
    slots_other: '{{count}} parallel slots, each with its own context',
    source: {
      'gguf-file': 'the GGUF file',
      'gguf-url': 'the GGUF header by URL',
      ollama: 'Ollama (/api/show, /api/tags)',
      llamacpp: 'llama.cpp (/v1/models)',
      lmstudio: 'LM Studio (/api/v1/models)',
      mlx: 'the MLX folder (config.json, safetensors)',
      server: 'the server’s model list',
      catalog: 'the catalog',
      estimate: 'an estimate',
      option: 'your option',
      none: 'nowhere (see below)',
    },
    assumed: {
      weightsFromParams:
        'the server gives no file size: weights estimated as {{params}} B parameters × {{bpw}} bits per weight ({{quant}})',
      shapeFromMeta:
        'llama.cpp’s /v1/models gives no layer count: about {{layers}} layers and 4 query heads per KV head were estimated from n_params and n_embd (pass --gguf with the model file for the exact shape)',
    },
    gguf: {
      tooLarge: 'its header is larger than the size cap ({{detail}})',
      noRange: 'the server does not answer byte-range requests, and the whole file is not downloaded ({{detail}})',
      timeout: 'the header did not arrive in time ({{detail}})',
      http: 'the download failed ({{detail}})',
      format: '{{detail}}',
      io: '{{detail}}',
    },
  },
  'zh-CN': {
    unknownModel:
      '“{{model}}”既不是已配置的模型、别名，也不是正在运行的服务器列出的模型或模型目录中的模型。请给出配置中的 provider/model、别名、GGUF 文件或 URL（--gguf），或模型目录中的 id（如 qwen3-coder-30b-a3b-instruct）。',
    unknownModelWithExamples:
      '“{{model}}”既不是已配置的模型、别名，也不是正在运行的服务器列出的模型或模型目录中的模型。请给出以下之一：{{examples}}，或 GGUF 文件或 URL（--gguf），或模型目录中的 id（如 qwen3-coder-30b-a3b-instruct）。',
    usage: {
      kvType: '--kv-type 只能是 {{types}} 之一（收到的是“{{value}}”）',
      parallel: '--parallel 必须是 1 到 256 之间的整数（收到的是“{{value}}”）',
      layers: '{{option}} 必须是 0 到 1000 之间的整数（收到的是“{{value}}”）',
    },
    resolved: {
      gguf: '读自 {{ref}} 的 GGUF 文件头',
      mlx: '读自模型文件夹 {{ref}}（config.json、safetensors）',
      alias: '{{ref}} 的别名',
      ref: '已配置为 {{ref}}',
      server: '正在运行的服务器列出的 {{ref}}',
      catalog: '模型目录中的 {{ref}}',
    },
    figures: '结构来自{{shape}}；权重来自{{weights}}；KV cache 类型 {{kvType}}',
    slots_one: '{{count}} 个并行槽位',
    slots_other: '{{count}} 个并行槽位，各占一份上下文',
    source: {
      'gguf-file': 'GGUF 文件',
      'gguf-url': '通过 URL 读取的 GGUF 文件头',
      ollama: 'Ollama（/api/show、/api/tags）',
      llamacpp: 'llama.cpp（/v1/models）',
      lmstudio: 'LM Studio（/api/v1/models）',
      mlx: 'MLX 模型文件夹（config.json、safetensors）',
      server: '服务器的模型列表',
      catalog: '模型目录',
      estimate: '估算',
      option: '你给的参数',
      none: '无（见下文）',
    },
    assumed: {
      weightsFromParams: '服务器没有给出文件大小：权重按 {{params}}B 参数 × 每个权重 {{bpw}} 位（{{quant}}）估算',
      shapeFromMeta:
        'llama.cpp 的 /v1/models 不提供层数：根据 n_params 和 n_embd 估算约 {{layers}} 层，并假定每个 KV 头对应 4 个查询头（用 --gguf 指定模型文件可得到确切结构）',
    },
    gguf: {
      tooLarge: '文件头超过了大小上限（{{detail}}）',
      noRange: '服务器不支持按字节范围请求，不会为此下载整个文件（{{detail}}）',
      timeout: '文件头没有及时传回（{{detail}}）',
      http: '下载失败（{{detail}}）',
      format: '{{detail}}',
      io: '{{detail}}',
    },
  },
} satisfies DomainCatalog;
