/**
 * `fitOnCluster`: a configured model (provider/model, at the context OpenClaw budgets for
 * it) or a catalog id, checked across the cluster's nodes with each node's share.
 */
import type { CallInput, CallOutput } from '@shared/api/contract';
import { clusterFit } from '@shared/cluster/cluster-fit';
import { providerModels, providersOf } from '@shared/config/config-access';
import { parseModelRef } from '@shared/config/model-ref';
import { rowContext } from '@shared/fit/config-fit';
import type { Services } from '../container';

export async function fitOnCluster(
  services: Pick<Services, 'configStore' | 'machines'>,
  input: CallInput<'fitOnCluster'>,
): Promise<CallOutput<'fitOnCluster'>> {
  const [report, loaded] = await Promise.all([services.machines.report(), services.configStore.load()]);
  const ref = input.model.includes('/') ? parseModelRef(input.model) : null;
  const provider = ref
    ? Object.entries(providersOf(loaded.config ?? {})).find(([id]) => id.toLowerCase() === ref.provider)?.[1]
    : undefined;
  const row = ref ? providerModels(provider).find((m) => m.id === ref.model) : undefined;
  const fit = clusterFit(
    {
      modelId: ref?.model ?? input.model,
      quant: input.quant,
      context: input.context ?? (row ? rowContext(row) : undefined),
    },
    report.clusterNodes,
  );
  return { fit, clusterSource: report.clusterSource };
}
