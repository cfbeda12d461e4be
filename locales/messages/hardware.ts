/** Messages of the hardware report and the fit check (shared/hardware, shared/fit, the hardware service). */
import type { DomainCatalog } from '../catalog';

export const hardware = {
  en: {
    noGpu: 'No GPU detected — CPU only.',
    budget: {
      systemRam: 'Models run from system RAM ({{ram}}) on the CPU, much more slowly.',
      nvidiaOne: 'One NVIDIA GPU with {{total}} VRAM ({{free}} free now), read from {{tool}}.',
      nvidiaMany:
        '{{count}} NVIDIA GPUs with {{total}} VRAM in all ({{each}}; {{free}} free now); a model is split across them by layers.',
      nvidiaMig:
        'MIG is on: a model runs inside one MIG device, so the budget is the largest one, about {{largest}} (from its profile name).',
      nvidiaUnknown: 'An NVIDIA GPU was found, but its memory is unknown: nvidia-smi did not report it.',
      gpuToolTimedOut: 'The GPU memory is unknown: {{tools}} did not answer in time. Press Refresh to ask again.',
      amd: 'AMD GPU memory: {{total}}, read from {{tool}}.',
      amdUnknown:
        'An AMD GPU was found, but its memory size is unknown without amd-smi, rocm-smi or clinfo (install one, or enter it by hand).',
      appleSet: 'The GPU working-set limit is set to {{limit}} of {{total}} unified memory (iogpu.wired_limit_mb).',
      appleEstimate:
        'macOS lets the GPU use about {{limit}} of {{total}} unified memory by default. This is an estimate ({{source}}); set iogpu.wired_limit_mb to know it exactly.',
    },
    gguf: {
      unreadable: '{{file}} is not a readable GGUF file: {{detail}}',
      noAttentionShape: '{{file}} does not say its attention shape (block_count, head_count_kv, key_length)',
    },
    note: {
      toolTimeout: '{{tool}} did not answer within {{seconds}} s; showing what the other tools found.',
      toolFailed: '{{tool}} failed: {{detail}}',
      fieldRejected: 'This nvidia-smi does not know the field "{{field}}"; it was asked again without it.',
      nvidiaNoMemory:
        'An NVIDIA GPU is present but nothing reported its memory: is nvidia-smi on PATH and the NVIDIA driver loaded?',
      clinfoMemory:
        'The memory of {{model}} comes from clinfo (what OpenCL may allocate, about the free memory), because nvidia-smi gave none.',
      procDriverName: '{{model}} was found in /proc/driver/nvidia, but no tool reported its memory.',
      gpuBusy: '{{model}}: {{used}} of {{total}} is already in use by other processes; {{free}} is free now.',
      gpuHeldBy: 'On {{model}}, GPU memory is held by: {{processes}}.',
      amdBar: 'AMD GPU memory could not be read: systeminformation reports a PCI BAR size unless clinfo is installed.',
    },
    fit: {
      doesNotFitRam: 'does not fit in RAM',
      doesNotFitGpu: 'does not fit this machine’s GPU memory',
      doesNotFitUnified: 'does not fit the GPU’s share of unified memory',
      missingShape: 'the model is not in the catalog, so its layers and KV heads are unknown (KV cache size)',
      missingWeights: 'the weight size (no server report, GGUF header or catalog entry)',
      missingBudget: 'the GPU memory budget',
      assumedVocab: 'the vocabulary is unknown; the compute buffer assumes {{tokens}} tokens (Llama 3)',
      assumedQuant: 'the quantisation is not in the name; assuming {{quant}} ({{bpw}} bits per weight)',
      assumedMlxBits: 'the name gives the MLX group size ({{group}}) but not the bits; assuming {{bits}}-bit',
      freeNow:
        'only {{free}} of GPU memory is free now and this needs {{needs}}: other processes hold the rest. Unless that is this model already loaded, free the memory before loading it.',
    },
  },
  'zh-CN': {
    noGpu: '未检测到 GPU — 仅 CPU。',
    budget: {
      systemRam: '模型在 CPU 上从系统内存（{{ram}}）运行，速度慢得多。',
      nvidiaOne: '一块 NVIDIA GPU，VRAM {{total}}（当前空闲 {{free}}），数据来自 {{tool}}。',
      nvidiaMany:
        '{{count}} 块 NVIDIA GPU，VRAM 共 {{total}}（{{each}}；当前空闲 {{free}}）；模型按层拆分到各块 GPU 上。',
      nvidiaMig:
        'MIG 已开启：模型只能运行在一个 MIG 设备内，因此预算取最大的一个，约 {{largest}}（按其配置名称估算）。',
      nvidiaUnknown: '找到了 NVIDIA GPU，但显存大小未知：nvidia-smi 没有报告。',
      gpuToolTimedOut: 'GPU 显存未知：{{tools}} 没有及时响应。点击“刷新”重新查询。',
      amd: 'AMD GPU 显存：{{total}}，数据来自 {{tool}}。',
      amdUnknown: '找到了 AMD GPU，但没有 amd-smi、rocm-smi 或 clinfo 无法得知显存大小（请安装其中之一，或手动填写）。',
      appleSet: 'GPU 工作集上限已设为 {{limit}}（统一内存共 {{total}}，iogpu.wired_limit_mb）。',
      appleEstimate:
        'macOS 默认允许 GPU 使用约 {{limit}}（统一内存共 {{total}}）。这是估算值（{{source}}）；设置 iogpu.wired_limit_mb 即可得到确切值。',
    },
    gguf: {
      unreadable: '{{file}} 不是可读取的 GGUF 文件：{{detail}}',
      noAttentionShape: '{{file}} 没有写明注意力结构（block_count、head_count_kv、key_length）',
    },
    note: {
      toolTimeout: '{{tool}} 在 {{seconds}} 秒内没有响应；下面显示其他工具查到的信息。',
      toolFailed: '{{tool}} 运行失败：{{detail}}',
      fieldRejected: '此版本的 nvidia-smi 不认识字段 "{{field}}"；已去掉该字段重新查询。',
      nvidiaNoMemory: '检测到 NVIDIA GPU，但没有工具报告其显存：nvidia-smi 是否在 PATH 中，NVIDIA 驱动是否已加载？',
      clinfoMemory:
        '{{model}} 的显存来自 clinfo（OpenCL 可分配的大小，约等于空闲显存），因为 nvidia-smi 没有给出数据。',
      procDriverName: '在 /proc/driver/nvidia 中找到了 {{model}}，但没有工具报告其显存。',
      gpuBusy: '{{model}}：{{total}} 中已有 {{used}} 被其他进程占用；当前空闲 {{free}}。',
      gpuHeldBy: '{{model}} 的显存被以下进程占用：{{processes}}。',
      amdBar: '无法读取 AMD GPU 显存：未安装 clinfo 时，systeminformation 报告的是 PCI BAR 大小。',
    },
    fit: {
      doesNotFitRam: '内存放不下',
      doesNotFitGpu: '本机 GPU 显存放不下',
      doesNotFitUnified: '统一内存中 GPU 可用的部分放不下',
      missingShape: '模型不在目录中，层数和 KV 头数未知（无法估算 KV cache 大小）',
      missingWeights: '权重大小（服务器未报告，也没有 GGUF 文件头或目录条目）',
      missingBudget: 'GPU 显存预算',
      assumedVocab: '词表大小未知；计算缓冲区按 {{tokens}} 个 token（Llama 3）估算',
      assumedQuant: '名称中没有量化方式；假定为 {{quant}}（每个权重 {{bpw}} 位）',
      assumedMlxBits: '名称给出了 MLX 分组大小（{{group}}），但没有位数；假定为 {{bits}} 位',
      freeNow:
        '当前只空闲 {{free}} 显存，而它需要 {{needs}}：其余显存被其他进程占用。如果占用的不是已经加载的这个模型，请先释放显存再加载。',
    },
  },
} satisfies DomainCatalog;
