/** The lines of the CLI's `hardware` and `fit` reports (electron/cli/commands/hardware.ts). */
import type { DomainCatalog } from '../catalog';

export const report = {
  en: {
    unknown: 'unknown',
    cpu: 'CPU: {{brand}}, {{cores}} cores',
    ram: 'RAM: {{ram}}',
    gpuApple: 'GPU: {{model}} (apple), shares the unified memory',
    gpu: 'GPU: {{model}} ({{kind}}), VRAM {{vram}}{{free}}{{mig}} — from {{source}}',
    gpuFree: ', {{free}} free',
    apple: 'Apple {{chip}}: {{cores}} GPU cores, {{memory}} unified memory',
    appleLimit: 'GPU working-set limit: {{limit}}; raise it with: {{command}}',
    appleLimitEstimate: 'GPU working-set limit: {{limit}} (estimated default); raise it with: {{command}}',
    budget: 'Budget for models: {{budget}} — {{explanation}}',
    bandwidth: 'Memory bandwidth: {{bandwidth}} GB/s',
    note: 'note: {{note}}',
    otherMachines: 'Other machines: {{machines}} → total {{total}}',
    verdict: {
      fits: 'fits',
      'fits-smaller-context': 'fits-smaller-context',
      'does-not-fit': 'does-not-fit',
      unknown: 'unknown',
    },
    weightSource: {
      server: 'from server',
      gguf: 'from gguf',
      catalog: 'from catalog',
      params: 'from params',
    },
    unknownQuant: 'unknown quant',
    quantFrom: '{{quant}}, {{source}}',
    numbers:
      'weights {{weights}} ({{quant}}) + KV cache {{kv}} at {{tokens}} tokens + compute buffer {{overhead}} = {{total}} vs budget {{budget}}',
    numbersRam:
      'weights {{weights}} ({{quant}}) + KV cache {{kv}} at {{tokens}} tokens + compute buffer {{overhead}} = {{total}} vs budget {{budget}} (system RAM)',
    maxContext: 'largest context that fits: {{tokens}} tokens (set contextTokens to it)',
    shortBy: '{{doesNotFit}}: short by {{short}} even at 8K context',
    decode: 'decode ≈ {{tps}} tok/s at {{tokens}} tokens ({{bandwidth}} GB/s × {{efficiency}} efficiency)',
    freeNow:
      'only {{free}} of GPU memory is free now and this needs {{needs}}: other processes hold the rest. Unless that is this model already loaded, free the memory before loading it.',
    missing: "can't tell: missing {{what}}",
    assumed: 'assumed: {{what}}',
  },
  'zh-CN': {
    unknown: '未知',
    cpu: 'CPU：{{brand}}，{{cores}} 核',
    ram: '内存：{{ram}}',
    gpuApple: 'GPU：{{model}}（apple），与系统共享统一内存',
    gpu: 'GPU：{{model}}（{{kind}}），显存 {{vram}}{{free}}{{mig}} — 数据来自 {{source}}',
    gpuFree: '，空闲 {{free}}',
    apple: 'Apple {{chip}}：{{cores}} 个 GPU 核心，统一内存 {{memory}}',
    appleLimit: 'GPU 工作集上限：{{limit}}；提高上限：{{command}}',
    appleLimitEstimate: 'GPU 工作集上限：{{limit}}（估算的默认值）；提高上限：{{command}}',
    budget: '可用于模型的内存：{{budget}} — {{explanation}}',
    bandwidth: '内存带宽：{{bandwidth}} GB/s',
    note: '提示：{{note}}',
    otherMachines: '其他机器：{{machines}} → 合计 {{total}}',
    verdict: {
      fits: '放得下',
      'fits-smaller-context': '缩小上下文后放得下',
      'does-not-fit': '放不下',
      unknown: '无法判断',
    },
    weightSource: {
      server: '来自服务器',
      gguf: '来自 GGUF 文件',
      catalog: '来自模型目录',
      params: '按参数量估算',
    },
    unknownQuant: '量化方式未知',
    quantFrom: '{{quant}}，{{source}}',
    numbers:
      '权重 {{weights}}（{{quant}}）+ KV 缓存 {{kv}}（{{tokens}} tokens）+ 计算缓冲区 {{overhead}} = {{total}}，预算 {{budget}}',
    numbersRam:
      '权重 {{weights}}（{{quant}}）+ KV 缓存 {{kv}}（{{tokens}} tokens）+ 计算缓冲区 {{overhead}} = {{total}}，预算 {{budget}}（系统内存）',
    maxContext: '放得下的最大上下文：{{tokens}} tokens（把 contextTokens 设为这个值）',
    shortBy: '{{doesNotFit}}：即使上下文只有 8K 也还差 {{short}}',
    decode: '生成速度 ≈ {{tps}} tok/s（{{tokens}} tokens 时；{{bandwidth}} GB/s × 效率 {{efficiency}}）',
    freeNow:
      '当前只空闲 {{free}} 显存，而它需要 {{needs}}：其余显存被其他进程占用。如果占用的不是已经加载的这个模型，请先释放显存再加载。',
    missing: '无法判断：缺少{{what}}',
    assumed: '假设：{{what}}',
  },
} satisfies DomainCatalog;
