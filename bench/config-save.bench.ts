/**
 * Lossless save of a ~1 MB config (load + edit + rewrite, including the json5 re-parse
 * check) against the lossy baseline JSON5.parse + JSON5.stringify of the same file.
 * Target from the spec: within 3× of the baseline. And (issue #17) single edits on a
 * ~5 MB config (2,000 providers) against JSON5.parse of it: target ≤ 3×.
 */
import JSON5 from 'json5';
import type { ConfigObject } from '@shared/config/config-access';
import { rewriteConfigText } from '@shared/config/config-text';
import { applyOperations, type ConfigOperation } from '@shared/config/operations';
import { parseJson5Text, rewriteJson5 } from '@shared/json5/lossless-edit';
import { medianMs, printSection } from './harness';

/** A config of `providers` local providers with `models` rows each, comments and JSON5 syntax throughout. */
export function largeConfigText(providers = 400, models = 12): string {
  const lines = [
    '// A large OpenClaw config for benchmarks',
    '{',
    '  agents: {',
    '    defaults: {',
    '      model: {',
    '        primary: "p0/model-0", // first',
    '        fallbacks: ["p1/model-1", "p2/model-2", "p3/model-3"],',
    '      },',
    '    },',
    '  },',
    '  models: {',
    "    mode: 'merge',",
    '    providers: {',
  ];
  for (let p = 0; p < providers; p++) {
    lines.push(
      `      // provider ${p} on the LAN`,
      `      p${p}: {`,
      `        baseUrl: "http://192.168.1.${p % 250}:1234/v1",`,
      `        apiKey: '\${KEY_${p}}',`,
      '        api: "openai-completions",',
      '        timeoutSeconds: 600,',
      '        models: [',
    );
    for (let m = 0; m < models; m++) {
      lines.push(
        `          { id: "model-${m}", name: "Model ${m} of provider ${p}", reasoning: false, input: ["text"], cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }, contextWindow: 0x20000, maxTokens: 8192 }, // row ${m}`,
      );
    }
    lines.push('        ],', '      },');
  }
  lines.push('    },', '  },', '}', '');
  return lines.join('\n');
}

/** One edit on a ~5 MB config (operation + lossless save with its checks) as a ratio to JSON5.parse of it. */
export function runLargeEditBench(): number {
  const text = largeConfigText(2000, 12);
  const before = parseJson5Text(text) as ConfigObject;
  const baseline = medianMs(() => JSON5.parse(text), 5, 1);
  const edits: [string, ConfigOperation][] = [
    ['models fallbacks add', { op: 'addFallback', ref: 'p7/model-1' }],
    ['providers rename', { op: 'renameProvider', from: 'p5', to: 'renamed' }],
    ['providers add', { op: 'addProvider', id: 'added', provider: { baseUrl: 'http://127.0.0.1:1234/v1' } }],
  ];
  let worst = 0;
  const lines = [{ name: 'JSON5.parse (baseline)', value: `${baseline.toFixed(1)} ms` }];
  for (const [name, op] of edits) {
    const ms = medianMs(
      () => {
        const { config } = applyOperations(before, [op]);
        rewriteConfigText(text, before, config);
      },
      5,
      1,
    );
    worst = Math.max(worst, ms / baseline);
    lines.push({
      name: `${name}: edit + lossless save`,
      value: `${ms.toFixed(1)} ms = ${(ms / baseline).toFixed(2)}×`,
    });
  }
  lines.push({ name: 'worst ratio (target ≤ 3×)', value: `${worst.toFixed(2)}×` });
  printSection(`One edit on a ${(text.length / 1024 / 1024).toFixed(2)} MB config`, lines);
  return worst;
}

export function runConfigSaveBench(): number {
  const text = largeConfigText();
  const baseline = medianMs(() => {
    JSON5.stringify(JSON5.parse(text), null, 2);
  });
  const lossless = medianMs(() => {
    const before = parseJson5Text(text) as ConfigObject;
    const { config } = applyOperations(before, [
      { op: 'applyLayout', layout: 'local-first' },
      { op: 'updateProvider', id: 'p150', set: { timeoutSeconds: 900 } },
    ]);
    rewriteJson5(text, before, config);
  });
  const ratio = lossless / baseline;
  printSection(`Lossless save of a ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB config`, [
    { name: 'JSON5.parse + JSON5.stringify (baseline)', value: `${baseline.toFixed(1)} ms` },
    { name: 'load + edit + lossless save', value: `${lossless.toFixed(1)} ms` },
    { name: 'ratio (target ≤ 3×)', value: `${ratio.toFixed(2)}×` },
  ]);
  return ratio;
}
