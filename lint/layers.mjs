// The layer map: which folder of the house may import which, enforced as one lint rule (no exceptions).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Each layer: its folder, the layers whose values it may import, and those it may import
 * types from only. Read top to bottom as "may use": a layer never imports one below it in
 * this list that it does not name. Tests (`*.test.ts`) sit beside their code and may use
 * everything; `test/`, `e2e/`, `bench/` are harnesses, outside the map.
 */
export const LAYERS = [
  { name: 'core', folder: 'shared', values: [], types: [] },
  { name: 'locales', folder: 'locales', values: [], types: ['core'] },
  { name: 'platform', folder: 'node/platform', values: ['core'], types: [] },
  { name: 'services', folder: 'node/services', values: ['core', 'platform'], types: [] },
  { name: 'api', folder: 'node/api', values: ['core', 'platform', 'services'], types: [] },
  { name: 'host', folder: 'node/host', values: ['core', 'locales', 'platform', 'services', 'api'], types: [] },
  { name: 'serve', folder: 'node/serve', values: ['core', 'locales', 'platform', 'api', 'host'], types: ['services'] },
  {
    name: 'cli',
    folder: 'node/cli',
    values: ['core', 'locales', 'platform', 'api', 'host', 'serve'],
    types: ['services'],
  },
  {
    name: 'desktop',
    folder: 'electron/main',
    values: ['core', 'locales', 'platform', 'api', 'host'],
    types: ['services'],
  },
  { name: 'preload', folder: 'electron/preload', values: ['core'], types: [] },
  { name: 'renderer', folder: 'renderer', values: ['core', 'locales'], types: [] },
];

/** The aliases, as tsconfig.base.json writes them (`"@shared/*": ["./shared/*"]` → `@shared` → `shared`). */
const ALIASES = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths).map(
    ([key, [target]]) => [key.replace(/\/\*$/, ''), path.posix.normalize(target.replace(/\/\*$/, ''))],
  ),
);

const layerOf = (file) => LAYERS.find((layer) => file === layer.folder || file.startsWith(`${layer.folder}/`)) ?? null;

function targetOf(fromFile, source) {
  if (source.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), source));
  const [head] = source.split('/');
  return ALIASES[head] ? ALIASES[head] + source.slice(head.length) : null;
}

const isTypeOnly = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

export const layersPlugin = {
  rules: {
    'allowed-imports': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          forbidden:
            'The {{from}} layer ({{fromFolder}}/) may not import {{what}} from the {{to}} layer ({{toFolder}}/): see lint/layers.mjs and docs/ARCHITECTURE.md.',
          relative: "Import another layer by its alias ({{alias}}…), not by '../' paths.",
        },
      },
      create(context) {
        const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
        if (/\.(test|spec)\.tsx?$/.test(file)) return {};
        const from = layerOf(file);
        if (!from) return {};
        function check(node, source) {
          if (typeof source !== 'string') return;
          const target = targetOf(file, source);
          if (!target) return;
          const to = layerOf(target);
          if (!to || to === from) return;
          if (source.startsWith('.')) {
            const alias = Object.entries(ALIASES).find(([, folder]) => target.startsWith(`${folder}/`));
            context.report({ node, messageId: 'relative', data: { alias: alias ? `${alias[0]}/` : '@' } });
          }
          const typeOnly = isTypeOnly(node);
          if (from.values.includes(to.name) || (typeOnly && from.types.includes(to.name))) return;
          context.report({
            node,
            messageId: 'forbidden',
            data: {
              from: from.name,
              fromFolder: from.folder,
              to: to.name,
              toFolder: to.folder,
              what: typeOnly ? 'types' : 'values',
            },
          });
        }
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        };
      },
    },
  },
};
