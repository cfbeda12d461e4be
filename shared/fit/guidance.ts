/**
 * The guidance's hardware advice in plain words, for the models and machine at hand:
 * a single 24 GB GPU handles only light prompts; a small or heavily quantised local
 * primary raises prompt-injection risk; full-size MiniMax M2.1 wants about two
 * fully-specced Mac Studios; a local primary wants narrow agents and compaction on.
 */
import type { ConfigOperation } from '../config/operations';
import type { HardwareReport } from '../hardware/report';
import { msg, type Message } from '../i18n/message';
import type { FitResult } from './advisor';
import { CATALOG, guessQuant } from './catalog';

export interface Advice {
  code: 'single-24gb-gpu' | 'small-or-quantised-primary' | 'minimax-two-studios' | 'local-primary-compaction';
  message: Message;
  fix?: { label: Message; operations: ConfigOperation[] };
}

const GIB = 2 ** 30;

export interface GuidanceInput {
  hardware: HardwareReport | null;
  /** The primary model when it is local, with its fit. */
  localPrimary: { ref: string; modelId: string; fit: FitResult } | null;
  compactionConfigured: boolean;
}

export function guidance({ hardware, localPrimary, compactionConfigured }: GuidanceInput): Advice[] {
  const advice: Advice[] = [];
  const budget = hardware?.budget;
  if (budget?.source === 'nvidia-vram' && budget.perGpuBytes.length === 1 && budget.perGpuBytes[0]! <= 25 * GIB) {
    advice.push({
      code: 'single-24gb-gpu',
      message: msg('guidance.single24gbGpu'),
    });
  }
  if (localPrimary) {
    const catalog = CATALOG.find((m) => m.id === localPrimary.fit.catalogId);
    const quant = guessQuant(localPrimary.fit.quant ?? localPrimary.modelId);
    const small = catalog ? catalog.totalParamsB < 30 : /\b([1-9]|[12]\d)b\b/i.test(localPrimary.modelId);
    const heavy = quant ? quant.bpw < 4 : false;
    if (small || heavy) {
      advice.push({
        code: 'small-or-quantised-primary',
        message:
          small && heavy
            ? msg('guidance.smallAndQuantised', { ref: localPrimary.ref, quant: quant!.quant })
            : small
              ? msg('guidance.smallPrimary', { ref: localPrimary.ref })
              : msg('guidance.quantisedPrimary', { ref: localPrimary.ref, quant: quant!.quant }),
      });
    }
    if (localPrimary.fit.catalogId?.startsWith('minimax-m2')) {
      advice.push({
        code: 'minimax-two-studios',
        message: msg('guidance.minimaxTwoStudios'),
      });
    }
    advice.push({
      code: 'local-primary-compaction',
      message: msg('guidance.localPrimaryCompaction'),
      fix: compactionConfigured
        ? undefined
        : { label: msg('doctor.fix.enableCompaction'), operations: [{ op: 'enableCompaction' }] },
    });
  }
  return advice;
}
