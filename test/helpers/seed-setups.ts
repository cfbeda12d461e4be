/**
 * The guidance's three setups (seeds/ 本地模型: recommended LM Studio + MiniMax, hybrid hosted
 * primary + local fallback, a custom local server): the models, chain and aliases each sets and
 * the bytes it leaves on disk, shared by the CLI's test (node/cli/seed-setups.test.ts) and
 * the panel's spec (e2e/browser/seed-setups.spec.ts) so both hold the same facts.
 */

/** A model row a setup adds to its provider. */
export interface SeedModel {
  provider: string;
  id: string;
  name: string;
  contextWindow: number;
  maxTokens: number;
}

export const MINIMAX: SeedModel = {
  provider: 'lmstudio',
  id: 'minimax-m2.1-gs32',
  name: 'MiniMax M2.1 GS32',
  contextWindow: 196608,
  maxTokens: 8192,
};
export const LOCAL_MODEL: SeedModel = {
  provider: 'local',
  id: 'my-local-model',
  name: 'Local Model',
  contextWindow: 120000,
  maxTokens: 8192,
};

export const MINIMAX_REF = 'lmstudio/minimax-m2.1-gs32';
export const LOCAL_REF = 'local/my-local-model';
export const OPUS_REF = 'anthropic/claude-opus-4-5';
export const SONNET_REF = 'anthropic/claude-sonnet-4-5';

/** What adding the first provider reports: the seed sets models.mode "merge" and says so. */
export const MERGE_NOTE = 'models.mode set to "merge"';

/** Recommended: the local MiniMax as primary, the seed's aliases. */
export const RECOMMENDED = {
  primary: MINIMAX_REF,
  aliases: [
    [OPUS_REF, 'Opus'],
    [MINIMAX_REF, 'Minimax'],
  ],
  agents: `  agents: {
    defaults: {
      model: {
        primary: "lmstudio/minimax-m2.1-gs32"
      },
      models: {
        "anthropic/claude-opus-4-5": {
          alias: "Opus"
        },
        "lmstudio/minimax-m2.1-gs32": {
          alias: "Minimax"
        }
      }
    }
  }`,
} as const;

/** Hybrid: hosted Sonnet first, the local MiniMax then Opus as fallbacks, each with an alias. */
export const HYBRID = {
  primary: SONNET_REF,
  fallbacks: [MINIMAX_REF, OPUS_REF],
  aliases: [
    [SONNET_REF, 'Sonnet'],
    [MINIMAX_REF, 'MiniMax Local'],
    [OPUS_REF, 'Opus'],
  ],
  chain: `      model: {
        primary: "anthropic/claude-sonnet-4-5",
        fallbacks: ["lmstudio/minimax-m2.1-gs32", "anthropic/claude-opus-4-5"]
      },`,
  localAlias: '"lmstudio/minimax-m2.1-gs32": {\n          alias: "MiniMax Local"',
} as const;

/** Custom local server: its one model as primary, no aliases. */
export const CUSTOM = {
  primary: LOCAL_REF,
  agents: `  agents: {
    defaults: {
      model: {
        primary: "local/my-local-model"
      }
    }
  }`,
} as const;

type RowValue = string | number | boolean | readonly string[];

/** A new row as the lossless engine writes it into an empty list: one key per line, in the order given. */
export function modelRow(fields: Record<string, RowValue>): string {
  const value = (v: RowValue) =>
    Array.isArray(v) ? `[${v.map((item) => JSON.stringify(item)).join(', ')}]` : JSON.stringify(v);
  const lines = Object.entries(fields).map(([key, v]) => `            ${key}: ${value(v)}`);
  return `{\n${lines.join(',\n')}\n          }`;
}

export interface SeedProvider {
  id: string;
  baseUrl: string;
  apiKey: string;
  timeoutSeconds: number;
  /** From modelRow. */
  row: string;
}

/** The file's `models` block: models.mode "merge" and the one provider with its one row. */
export function modelsBlock(provider: SeedProvider): string {
  return `  models: {
    mode: "merge",
    providers: {
      ${provider.id}: {
        baseUrl: "${provider.baseUrl}",
        apiKey: "${provider.apiKey}",
        api: "openai-responses",
        timeoutSeconds: ${provider.timeoutSeconds},
        models: [
          ${provider.row}
        ]
      }
    }
  }`;
}

/** The whole file a setup leaves: its models block, then its agents block. */
export function seedFile(provider: SeedProvider, agents: string): string {
  return `{\n${modelsBlock(provider)},\n${agents}\n}\n`;
}
