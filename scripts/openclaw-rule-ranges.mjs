#!/usr/bin/env node
/**
 * Finds the OpenClaw releases each doctor/check rule holds for: downloads published openclaw
 * tarballs (npm pack, cached under ~/.cache/openclaw-releases), evaluates one evidence probe per
 * rule over each release's dist JS, bisects every transition, and writes shared/rules/rule-ranges.json.
 * Needs the npm registry; tests never run it, they read the committed JSON.
 * Usage: node scripts/openclaw-rule-ranges.mjs [--versions 2026.1.29,2026.9.6] [--out FILE]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(homedir(), '.cache', 'openclaw-releases');
const NPM_TIMEOUT_MS = 180_000;

const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const OUT = argValue('--out') ?? join(ROOT, 'shared', 'rules', 'rule-ranges.json');

const parse = (v) => v.split('.').map(Number);
const compare = (a, b) => {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};

/** Stable releases only (2026.M.D; no -beta/-N prereleases, no 0.0.1 placeholder). */
function stableVersions() {
  const listed = argValue('--versions');
  if (listed) return listed.split(',').sort(compare);
  const json = execFileSync('npm', ['view', 'openclaw', 'versions', '--json'], {
    encoding: 'utf8',
    timeout: NPM_TIMEOUT_MS,
  });
  return JSON.parse(json)
    .filter((v) => /^\d{4}\.\d+\.\d+$/.test(v))
    .sort(compare);
}

/** Download (once) and extract one release; returns its package directory. */
function release(version) {
  const dir = join(CACHE, version);
  const pkg = join(dir, 'package');
  if (existsSync(join(pkg, 'package.json'))) return pkg;
  mkdirSync(CACHE, { recursive: true });
  const tgz = join(CACHE, `openclaw-${version}.tgz`);
  if (!existsSync(tgz)) {
    execFileSync('npm', ['pack', `openclaw@${version}`, '--pack-destination', CACHE, '--loglevel=error'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: NPM_TIMEOUT_MS,
    });
  }
  const tmp = `${dir}.partial`;
  mkdirSync(tmp, { recursive: true });
  execFileSync('tar', ['xzf', tgz, '-C', tmp], { timeout: NPM_TIMEOUT_MS });
  renameSync(tmp, dir); // only a complete extraction becomes the cached copy
  return pkg;
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(m?js)$/.test(name)) out.push(path);
  }
  return out;
}

/**
 * The release's source modules, keyed by source path: bundled releases (rolldown) mark each module
 * `//#region src/x.ts … //#endregion`; older tsc releases ship dist/x.js for src/x.ts.
 */
function modules(pkg) {
  const byPath = new Map();
  const add = (path, text) => byPath.set(path, (byPath.get(path) ?? '') + text + '\n');
  for (const file of walk(join(pkg, 'dist'))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('//#region ')) {
      const re = /^\/\/#region (\S+)\n([\s\S]*?)^\/\/#endregion/gm;
      for (let m = re.exec(text); m; m = re.exec(text)) add(m[1], m[2]);
    } else {
      add(`src/${relative(join(pkg, 'dist'), file).replace(/\.m?js$/, '.ts')}`, text);
    }
  }
  return byPath;
}

/** Every top-level declaration (`const NAME =` or `function NAME(`) in modules whose path matches. */
function declarations(mods, name, pathRe = /./) {
  const start = new RegExp(`^(?:export )?(?:const ${name} =|(?:async )?function ${name}\\()`, 'm');
  const found = [];
  for (const [path, text] of mods) {
    if (!pathRe.test(path)) continue;
    const m = start.exec(text);
    if (!m) continue;
    const rest = text.slice(m.index + m[0].length);
    const end = rest.search(/^(?:export )?(?:const|let|function|async function|class) /m);
    found.push({ path, text: m[0] + (end < 0 ? rest : rest.slice(0, end)) });
  }
  return found;
}

/** The first such declaration (bundles repeat a module verbatim), or null. */
const declaration = (mods, name, pathRe) => declarations(mods, name, pathRe)[0] ?? null;

const has = (found, re) => Boolean(found && re.test(found.text));
const numberLiteral = (s) => (s === undefined ? null : Number(s.replace(/_/g, '')));

/** Keys at the top level of a zod object block: the lines indented like its `models:` key. */
function topLevelKeys(block) {
  const models = /^([ \t]+)models\s*:/m.exec(block?.text ?? '');
  if (!models) return null;
  const keys = new Set();
  const re = new RegExp(`^${models[1]}([A-Za-z$_][\\w$]*)\\s*:`, 'gm');
  for (let m = re.exec(block.text); m; m = re.exec(block.text)) keys.add(m[1]);
  return keys;
}

/**
 * One evidence probe per rule: `value(mods)` returns what the release shows (true/false, or numbers
 * for a rule whose threshold changed). `outside` says what a release without the evidence means:
 * 'absent' (the default) where the probe reads the behaviour itself, so the rule does not hold there;
 * 'unverified' where it only finds the module the rule was read from, so an older release may still
 * behave alike by other code and the rule is merely not verified there.
 */
const PROBES = {
  'ref-malformed': {
    probe: 'parseModelRef splits "provider/model" at the first "/" and returns null when either side is empty',
    value: (m) =>
      has(declaration(m, 'parseModelRef', /^src\/agents\/model-selection/), /indexOf\("\/"\)[\s\S]*return null/),
  },
  'ref-slash-id': {
    probe: 'parseModelRef splits at the first "/" (so an id containing "/" needs its provider prefix)',
    value: (m) => has(declaration(m, 'parseModelRef', /^src\/agents\/model-selection/), /indexOf\("\/"\)/),
  },
  'ref-unresolved': {
    outside: 'unverified',
    probe:
      'a bare model name resolves through an alias or a unique configured model (inferUniqueProviderFromConfiguredModels)',
    value: (m) => declaration(m, 'inferUniqueProviderFromConfiguredModels', /^src\/agents\//) !== null,
  },
  'ref-unknown-provider': {
    outside: 'unverified',
    probe:
      'src/config/model-provider-overlay-ids.ts defines BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS (the built-in provider list the rule compares against)',
    value: (m) => declaration(m, 'BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS', /model-provider-overlay-ids/) !== null,
  },
  'model-not-listed': {
    outside: 'unverified',
    probe:
      'packages/model-catalog-core/src/configured-model-refs.ts collects configured refs (collectConfiguredModelRefs)',
    value: (m) => declaration(m, 'collectConfiguredModelRefs', /configured-model-refs/) !== null,
  },
  'provider-id-case': {
    probe:
      'normalizeProviderId in packages/model-catalog-core/src/provider-id.ts (earlier src/agents/provider-id.ts or model-selection.ts) lower-cases provider ids',
    // The canonical module only (model-selection-normalize.ts and others wrap it or differ).
    value: (m) =>
      declarations(
        m,
        'normalizeProviderId',
        /^(packages\/model-catalog-core\/src\/provider-id|src\/agents\/provider-id|src\/agents\/model-selection)\.ts$/,
      ).some((d) => /toLowerCase\(\)|normalizeLowercaseStringOrEmpty\(/.test(d.text)),
  },
  'alias-allowlist': {
    probe:
      'src/config/model-policy-allowlist-migration.ts: agents.defaults.models keys act as the allow-list unless meta.migrations.modelPolicyAllowlist === true or agents.defaults.modelPolicy is set',
    value: (m) => {
      const marker = declaration(m, 'hasModelPolicyAllowlistMigrationMarker', /model-policy-allowlist-migration/);
      const legacy = declaration(m, 'collectLegacyDefaultModelAllowRefs', /model-policy-allowlist-migration/);
      return has(marker, /modelPolicyAllowlist === true/) && has(legacy, /defaults\.modelPolicy/);
    },
  },
  'local-no-timeout': {
    probe: 'the provider schema (ModelProviderSchema) accepts timeoutSeconds',
    value: (m) => has(declaration(m, 'ModelProviderSchema', /zod-schema/), /\btimeoutSeconds\s*:/),
  },
  'mode-replace': {
    probe: 'ModelsConfigSchema.mode accepts "replace"',
    value: (m) => has(declaration(m, 'ModelsConfigSchema', /zod-schema/), /mode\s*:[^\n]*literal\("replace"\)/),
  },
  'providers-misplaced': {
    probe: 'the root config schema (OpenClawSchemaShape / OpenClawSchema) has models but no top-level providers key',
    value: (m) => {
      const keys = topLevelKeys(
        declaration(m, 'OpenClawSchemaShape', /zod-schema/) ?? declaration(m, 'OpenClawSchema', /zod-schema/),
      );
      return keys !== null && keys.has('models') && !keys.has('providers');
    },
  },
  // No rule of its own: the release the roster migration starts at (shared/config/openclaw-migrations.ts, roster-list).
  'agents-list-legacy': {
    probe: 'AgentsSchema has agents.entries and no longer accepts agents.list',
    value: (m) => {
      const keys = declaration(m, 'AgentsSchema', /zod-schema/);
      return has(keys, /\bentries\s*:/) && !has(keys, /^\s+list\s*:/m);
    },
  },
  'context-tokens-above-window': {
    probe: 'ModelDefinitionSchema (models.providers.*.models[]) accepts contextTokens beside contextWindow',
    value: (m) =>
      has(declaration(m, 'ModelDefinitionSchema', /zod-schema/), /\bcontextTokens\s*:/) &&
      has(declaration(m, 'ModelDefinitionSchema', /zod-schema/), /\bcontextWindow\s*:/),
  },
  'context-window-minimum': {
    probe:
      'src/agents/context-window-guard.ts: CONTEXT_WINDOW_HARD_MIN_TOKENS (runs below are blocked) and CONTEXT_WINDOW_WARN_BELOW_TOKENS',
    value: (m) => {
      const hard = declaration(m, 'CONTEXT_WINDOW_HARD_MIN_TOKENS', /context-window-guard/);
      const warn = declaration(m, 'CONTEXT_WINDOW_WARN_BELOW_TOKENS', /context-window-guard/);
      const num = (d) => numberLiteral(/=\s*([\d_.e]+)/.exec(d?.text ?? '')?.[1]);
      const [h, w] = [num(hard), num(warn)];
      return h === null || w === null ? null : { hardMinTokens: h, warnBelowTokens: w };
    },
  },
};

const cache = new Map();
function evaluate(version) {
  if (cache.has(version)) return cache.get(version);
  process.stderr.write(`probing openclaw@${version}\n`);
  const mods = modules(release(version));
  const result = Object.fromEntries(Object.entries(PROBES).map(([code, p]) => [code, p.value(mods)]));
  cache.set(version, result);
  return result;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Probe both ends, then bisect every interval whose ends disagree on any rule until the change is pinned. */
function bisect(versions, lo, hi) {
  const [a, b] = [evaluate(versions[lo]), evaluate(versions[hi])];
  if (hi - lo <= 1 || same(a, b)) return;
  const mid = Math.floor((lo + hi) / 2);
  bisect(versions, lo, mid);
  bisect(versions, mid, hi);
}

async function main() {
  const versions = stableVersions();
  // Equal ends are assumed constant in between: a spread of fixed checkpoints guards against a
  // behaviour that appeared and vanished again between two probes.
  const checkpoints = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * (versions.length - 1)));
  for (let i = 1; i < checkpoints.length; i++) bisect(versions, checkpoints[i - 1], checkpoints[i]);

  const probed = versions.filter((v) => cache.has(v));
  const rules = {};
  for (const [code, p] of Object.entries(PROBES)) {
    // Runs of equal values over all stable releases (between probes the value is the nearer earlier probe's).
    const runs = [];
    let current;
    for (const v of versions) {
      if (cache.has(v)) current = cache.get(v)[code];
      const last = runs.at(-1);
      if (last && same(last.value, current)) last.to = v;
      else runs.push({ from: v, to: v, value: current });
    }
    const range = (run) => {
      const next = versions[versions.indexOf(run.to) + 1];
      return next ? `>=${run.from} <${next}` : `>=${run.from}`;
    };
    const values = runs.map((run) => ({ range: range(run), value: run.value }));
    const holds = runs.filter((run) => run.value === true || (run.value !== false && run.value !== null));
    rules[code] = {
      probe: p.probe,
      ranges: typeof runs[0].value === 'boolean' ? holds.map(range) : undefined,
      outside: typeof runs[0].value === 'boolean' ? (p.outside ?? 'absent') : undefined,
      values: typeof runs[0].value === 'boolean' ? undefined : values,
      evidence: Object.fromEntries(probed.map((v) => [v, cache.get(v)[code]])),
    };
  }
  const data = {
    $comment: 'Generated by scripts/openclaw-rule-ranges.mjs (npm run openclaw:rule-ranges); do not edit by hand.',
    package: 'openclaw',
    releases: { first: versions[0], last: versions.at(-1), count: versions.length },
    probed,
    rules,
  };
  // Written in the repository's Prettier style, so `npm run lint` passes on a fresh file.
  const options = { ...(await prettier.resolveConfig(OUT)), filepath: OUT };
  writeFileSync(OUT, await prettier.format(JSON.stringify(data, null, 2), options));
  process.stderr.write(`wrote ${relative(ROOT, OUT)} (${probed.length} of ${versions.length} releases probed)\n`);
}

await main();
