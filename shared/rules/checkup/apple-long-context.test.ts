/**
 * The Apple long-context warning over the fit's own arithmetic (shared/fit) and the Apple working-set
 * estimate (shared/hardware/apple-budget.ts): a 128 GB Mac running GLM-4.5-Air at 131072 tokens comes near
 * the limit (the reports: lmstudio-bug-tracker#2249, mlx#3186, exo#1972 — 100 K+ token prefills on
 * 48–128 GB Macs); the same model at 32768 tokens, a small model, or a GPU with its own memory do not.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import { adviseFit } from '../../fit/advisor';
import { estimateAppleWorkingSet } from '../../hardware/apple-budget';
import { appleLongContextWarning } from './apple-long-context';

const mac128 = estimateAppleWorkingSet(128 * 2 ** 30).bytes;
const fit = (modelId: string, context: number, budgetKind: 'unified' | 'gpu' = 'unified') =>
  adviseFit({ modelId, context, budgetBytes: mac128, bandwidthGBs: 546, budgetKind });

describe('Apple silicon: a long context near the working-set limit', () => {
  it('GLM-4.5-Air at 131072 tokens on a 128 GB Mac: flagged with the numbers and the reports', () => {
    const result = fit('glm-4.5-air', 131072);
    expect(result.verdict).toBe('fits');
    const warning = appleLongContextWarning(result)!;
    expect(warning).not.toBeNull();
    const en = createTranslator('en').message(warning);
    expect(en).toMatch(
      /^At 131072 tokens the model, its KV cache and the prefill buffers take [\d.]+ GB, 8\d % of the [\d.]+ GB/,
    );
    expect(en).toContain('lmstudio-bug-tracker#2249, mlx#3186, exo#1972');
    expect(createTranslator('zh-CN').message(warning)).toContain('内核崩溃');
  });

  it('not flagged: a short context, a model well under the limit, or a GPU with its own memory', () => {
    expect(appleLongContextWarning(fit('glm-4.5-air', 32767))).toBeNull();
    expect(appleLongContextWarning(fit('qwen3-coder-30b-a3b-instruct', 262144))).toBeNull();
    expect(appleLongContextWarning(fit('glm-4.5-air', 131072, 'gpu'))).toBeNull();
    expect(appleLongContextWarning(null)).toBeNull();
  });
});
