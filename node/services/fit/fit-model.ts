/**
 * `fitModel`: whatever the user names — a GGUF path or URL, an alias, a configured
 * provider/model, a model id a running server lists, a catalog id — resolved to the model's
 * facts from the most exact source (the GGUF header, the server's metadata, then the catalog)
 * and checked against this machine's budget at the KV cache type and parallel slots given.
 * A name nothing knows is a NOT_FOUND problem that says what to give instead.
 */
import { stat } from 'node:fs/promises';
import type { CallInput, CallOutput } from '@shared/api/contract';
import { osHome, userPath } from '@node/platform/home-dir';
import { AppError } from '@shared/api/problem';
import { aliasMap, providerModels, providersOf, type ConfigObject } from '@shared/config/config-access';
import { parseModelRef } from '@shared/config/model-ref';
import { adviseFit } from '@shared/fit/advisor';
import { CATALOG, findCatalogModel, guessQuant } from '@shared/fit/catalog';
import { weightBytesFromParams } from '@shared/fit/memory-estimate';
import { rowContext, totalBudget } from '@shared/fit/config-fit';
import { adviceInputOf, type ModelFacts } from '@shared/fit/model-facts';
import { msg } from '@shared/i18n/message';
import { findProbedModel, servesLlamaCppApi, type ProviderServerStatus } from '@shared/servers/probe-result';
import type { Services } from '../container';
import { isGgufUrl, readGgufModelFacts } from './gguf-facts';
import { llamacppFacts, ollamaFacts } from './server-shape';
import { lmstudioFacts } from './lmstudio-shape';
import { isModelFolder, readMlxFolderFacts } from './mlx-folder';

type Resolved = CallOutput<'fitModel'>['resolved'];
type Deps = Pick<Services, 'configStore' | 'hardware' | 'settings' | 'servers' | 'options'>;

/** A name that is a GGUF file or a model folder on this machine (llama.cpp lists its model by a path that may be the server's, not ours). */
async function isGgufPathHere(text: string, deps: Deps): Promise<boolean> {
  if (!/\.gguf$/i.test(text.trim()) && !/^(~|\.{0,2}\/)/.test(text.trim())) return false;
  return stat(userPath(text, osHome(deps.options.env))).then(
    (s) => s.isFile() || s.isDirectory(),
    () => false,
  );
}

/** What a running server says about one model it lists: its own metadata, else the size its list gives. */
async function servedFacts(status: ProviderServerStatus, modelId: string, home: string): Promise<ModelFacts | null> {
  const listed = findProbedModel(status.probe, modelId);
  const kind = status.probe.kind;
  // Ollama shows a model its list names differently (`gemma3` is `gemma3:latest`); llama.cpp runs the one it lists.
  const own =
    kind === 'ollama'
      ? await ollamaFacts(status.baseUrl, listed?.id ?? modelId).catch(() => null)
      : servesLlamaCppApi(kind) && listed
        ? await llamacppFacts(status.baseUrl).catch(() => null)
        : kind === 'lmstudio' && listed
          ? await lmstudioFacts(status.baseUrl, listed.id, home).catch(() => null)
          : null;
  const serverLoaded = listed?.loaded ?? null;
  if (own)
    return {
      ...own,
      weightBytes: own.weightBytes ?? listed?.sizeBytes ?? null,
      quant: own.quant ?? listed?.quant ?? null,
      serverLoaded,
    };
  if (!listed || listed.sizeBytes === null) return null;
  return {
    shape: null,
    weightBytes: listed.sizeBytes,
    quant: listed.quant,
    sources: { shape: null, weights: 'server' },
    assumptions: [],
    serverLoaded,
  };
}

const running = (statuses: ProviderServerStatus[]) => statuses.filter((s) => s.probe.reachable && !s.probe.problem);

async function resolve(
  deps: Deps,
  config: ConfigObject,
  name: string,
): Promise<{ resolved: Resolved; modelId: string; facts: ModelFacts | null; row?: Record<string, unknown> }> {
  const alias = [...aliasMap(config)].find(([a]) => a.toLowerCase() === name.toLowerCase());
  const refText = alias?.[1] ?? name;
  const ref = refText.includes('/') ? parseModelRef(refText) : null;
  const providers = providersOf(config);
  const providerId = ref ? Object.keys(providers).find((id) => id.toLowerCase() === ref.provider) : undefined;
  const statuses = running(await deps.servers.statuses(false));
  if (ref && providerId) {
    const row = providerModels(providers[providerId]).find((m) => m.id === ref.model);
    const status = statuses.find((s) => s.providerId === providerId);
    const facts = status ? await servedFacts(status, ref.model, osHome(deps.options.env)) : null;
    if (row || facts || findCatalogModel(ref.model)) {
      const resolved: Resolved = alias
        ? { kind: 'alias', ref: refText, server: status?.probe.kind ?? null }
        : { kind: 'ref', ref: refText, server: status?.probe.kind ?? null };
      return { resolved, modelId: ref.model, facts, row };
    }
  }
  // A server's own id may hold a slash (llama.cpp lists its model by path): tried whole.
  for (const status of statuses) {
    const facts = await servedFacts(status, name, osHome(deps.options.env));
    if (facts)
      return {
        resolved: { kind: 'server', ref: `${status.providerId.toLowerCase()}/${name}`, server: status.probe.kind },
        modelId: name,
        facts,
      };
  }
  const catalog = findCatalogModel(name) ?? CATALOG.find((m) => m.id === name.toLowerCase());
  if (catalog) return { resolved: { kind: 'catalog', ref: catalog.id, server: null }, modelId: name, facts: null };
  const listed = statuses.flatMap((s) => s.probe.models.map((m) => `${s.providerId.toLowerCase()}/${m.id}`));
  const examples = [...aliasMap(config).keys(), ...listed].slice(0, 5);
  throw new AppError(
    'NOT_FOUND',
    examples.length
      ? msg('fit.unknownModelWithExamples', { model: name, examples: examples.join(', ') })
      : msg('fit.unknownModel', { model: name }),
  );
}

/** Weights from the parameter count and the quantisation's bits per weight, when nothing gave the size. */
function withEstimatedWeights(facts: ModelFacts | null, quant: string | undefined): ModelFacts | null {
  const params = facts?.shape?.paramCount;
  if (!facts || facts.weightBytes !== null || !params) return facts;
  const guess = guessQuant(quant ?? facts.quant ?? '');
  if (!guess) return facts;
  return {
    ...facts,
    weightBytes: weightBytesFromParams(params, guess.bpw),
    quant: guess.quant,
    sources: { ...facts.sources, weights: 'estimate' },
    assumptions: [
      ...facts.assumptions,
      msg('fit.assumed.weightsFromParams', { params: (params / 1e9).toFixed(1), quant: guess.quant, bpw: guess.bpw }),
    ],
  };
}

export async function fitModel(deps: Deps, input: CallInput<'fitModel'>): Promise<CallOutput<'fitModel'>> {
  const [report, settings] = await Promise.all([deps.hardware.get(false), deps.settings.get()]);
  const budget = totalBudget(report, settings.extraMachines);
  const fileArg =
    input.gguf ?? (isGgufUrl(input.model) || (await isGgufPathHere(input.model, deps)) ? input.model : null);
  const folder = fileArg && !isGgufUrl(fileArg) ? userPath(fileArg, osHome(deps.options.env)) : null;
  const found =
    folder && (await isModelFolder(folder))
      ? {
          resolved: { kind: 'mlx' as const, ref: folder, server: null },
          modelId: input.model,
          facts: await readMlxFolderFacts(folder),
        }
      : fileArg
        ? {
            resolved: { kind: 'gguf' as const, ref: fileArg, server: null },
            modelId: input.model,
            facts: await readGgufModelFacts(fileArg, deps.options.env),
          }
        : await resolve(deps, (await deps.configStore.load()).config ?? {}, input.model.trim());
  const { row } = { row: undefined, ...found };
  // A --quant other than the file's: the weights at that quant, from the parameter count (else the catalog).
  const requantised =
    input.quant && found.facts && found.facts.sources.weights !== 'gguf-file'
      ? { ...found.facts, weightBytes: null, sources: { ...found.facts.sources, weights: null } }
      : found.facts;
  const facts = withEstimatedWeights(requantised, input.quant);
  const parallel = input.parallel ?? facts?.serverParallel ?? 1;
  const context =
    input.context ??
    (row ? rowContext(row) : undefined) ??
    (facts?.serverContext ? facts.serverContext / parallel : undefined);
  const mmprojBytes = input.mmproj ? await mmprojSize(input.mmproj, deps) : undefined;
  const fit = adviseFit({
    modelId: found.modelId,
    placement: {
      ...(mmprojBytes !== undefined ? { mmprojBytes } : {}),
      ...(input.gpuLayers !== undefined ? { gpuLayers: input.gpuLayers } : {}),
      ...(input.cpuMoeLayers !== undefined ? { cpuMoeLayers: input.cpuMoeLayers } : {}),
      ...((input.flashAttention ?? facts?.serverFlashAttention ?? undefined) !== undefined
        ? { flashAttention: input.flashAttention ?? facts?.serverFlashAttention ?? undefined }
        : {}),
    },
    quant: input.quant ?? facts?.quant ?? undefined,
    context,
    ...adviceInputOf(facts),
    kvType: input.kvType,
    parallel,
    budgetBytes: budget.bytes,
    bandwidthGBs: budget.bandwidthGBs,
    budgetKind: budget.kind,
    // A model its server has loaded holds part of the memory in use: measured against the whole budget, not what is free.
    freeBytes: facts?.serverLoaded === true ? null : budget.freeBytes,
  });
  // Why no shape: the source's own words (what to give instead) before the generic sentence.
  const missing =
    facts?.shapeMissing && fit.missing.some((m) => m.code === 'hardware.fit.missingShape')
      ? [facts.shapeMissing, ...fit.missing.filter((m) => m.code !== 'hardware.fit.missingShape')]
      : fit.missing;
  return {
    ...fit,
    missing,
    assumptions: [...(facts?.assumptions ?? []), ...fit.assumptions],
    resolved: found.resolved,
    sources: facts?.sources ?? { shape: null, weights: null },
    kvType: input.kvType ?? 'f16',
    parallel,
    gpuProcesses: report?.gpus.flatMap((g) => g.processes ?? []) ?? [],
  };
}

/** The size of a vision projector file (`--mmproj`), all of which llama.cpp puts on the GPU. */
async function mmprojSize(file: string, deps: Deps): Promise<number> {
  const full = userPath(file, osHome(deps.options.env));
  const info = await stat(full).catch((error: unknown) => {
    throw new AppError(
      'INVALID_INPUT',
      msg('hardware.gguf.unreadable', {
        file: full,
        detail: msg('common.unexpected', { detail: (error as Error).message }),
      }),
    );
  });
  return info.size;
}
