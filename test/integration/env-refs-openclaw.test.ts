/**
 * shared/config/env-refs.ts against the installed OpenClaw itself: the same generated
 * values and environments go through OpenClaw 2026.9.6's own resolveConfigEnvVars
 * (src/config/env-substitution.ts) and applyConfigEnvVars (src/config/config-env-vars.ts),
 * loaded from its dist in one child process run with OpenClaw's own Node. The config's
 * `env` names are drawn from OpenClaw's own deny list too (src/infra/host-env-security-policy.json
 * and isBlockedConfigEnvVar's names, read from the same dist), so a name missing from
 * shared/config/openclaw-env-deny.ts shows up as a difference.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { effectiveEnv, substituteEnvRefs } from '@shared/config/env-refs';
import { describeWithOpenClaw } from '../helpers/describe-openclaw';
import { outsideVitestEnv, realOpenClaw, type InstalledOpenClaw } from '../helpers/openclaw';

/** The dist chunk that exports `name`, and the minified name it is exported under. */
function distExport(dist: string, name: string): { file: string; as: string } {
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.mjs'))) {
    const text = readFileSync(path.join(dist, file), 'utf8');
    const found = new RegExp(`export \\{[^}]*\\b${name} as (\\w+)`).exec(text);
    if (found && text.includes(`function ${name}(`)) return { file: path.join(dist, file), as: found[1]! };
  }
  throw new Error(`OpenClaw's dist exports no ${name}`);
}

/** The text of the dist chunk that holds `marker`. */
function distText(dist: string, marker: string): string {
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.mjs'))) {
    const text = readFileSync(path.join(dist, file), 'utf8');
    if (text.includes(marker)) return text;
  }
  throw new Error(`OpenClaw's dist has no ${marker}`);
}

/**
 * Every name OpenClaw's isBlockedConfigEnvVar names, read from its dist: the policy lists
 * (src/infra/host-env-security-policy.json, inlined as an object literal), the prefixes, and
 * the OPENCLAW_* names compared in isBlockedConfigEnvVar itself.
 */
function openClawDenyNames(dist: string): { keys: string[]; prefixes: string[] } {
  const policyText = distText(dist, 'var host_env_security_policy_default = ');
  const literal = /var host_env_security_policy_default = (\{[\s\S]*?\n\});/.exec(policyText)![1]!;
  const policy = JSON.parse(literal.replace(/^\t(\w+):/gm, '"$1":')) as Record<string, string[]>;
  const rule = /function isBlockedConfigEnvVar\(key\) \{([\s\S]*?)\n\}/.exec(
    distText(dist, 'function isBlockedConfigEnvVar('),
  )![1]!;
  const ownNames = [...rule.matchAll(/=== "(\w+)"/g)].map((m) => m[1]!);
  const keys = [
    ...ownNames,
    ...policy.blockedEverywhereKeys!,
    ...policy.blockedOverrideOnlyKeys!,
    ...policy.allowedInheritedOverrideOnlyKeys!,
  ];
  const prefixes = [...policy.blockedPrefixes!, ...policy.blockedOverridePrefixes!];
  expect(ownNames).toHaveLength(3);
  expect(keys.length).toBeGreaterThan(250);
  expect(prefixes.length).toBeGreaterThan(5);
  return { keys: [...new Set(keys)], prefixes };
}

const mixedCase = (name: string) => [...name].map((c, i) => (i % 2 ? c.toLowerCase() : c.toUpperCase())).join('');

/** Names around the deny list: each name and prefix in three letter cases, the CARGO_TARGET pattern, and look-alikes. */
function denyPool({ keys, prefixes }: { keys: string[]; prefixes: string[] }): string[] {
  const cased = (name: string) => [name, name.toLowerCase(), mixedCase(name)];
  return [
    ...new Set([
      ...keys.flatMap(cased),
      ...prefixes.flatMap((prefix) => [...cased(`${prefix}X`), prefix]),
      ...cased('CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER'),
      ...cased('CARGO_TARGET_A_RUNNER'),
      'CARGO_TARGET__LINKER',
      'CARGO_TARGET_X_LINKERS',
      ...keys.slice(0, 20).flatMap((key) => [`${key}_X`, `X${key}`]),
      ...prefixes.map((prefix) => `X${prefix}`),
      'PATH',
      'TERM',
    ]),
  ];
}

// Reads cases from stdin, answers with OpenClaw's own results on stdout.
const RUNNER = `
const [subst, apply] = JSON.parse(process.argv[1]);
const s = (await import(subst.file))[subst.as];
const a = (await import(apply.file))[apply.as];
let input = '';
for await (const chunk of process.stdin) input += chunk;
const { substitutions, configs } = JSON.parse(input);
const out = {
  substitutions: substitutions.map(([text, env]) => {
    const missing = [];
    const value = s({ v: text }, env, { onMissing: (w) => missing.push(w.varName) }).v;
    return { text: value, missing: [...new Set(missing)] };
  }),
  configs: configs.map(([config, env]) => { const e = { ...env }; a(config, e); return e; }),
};
process.stdout.write(JSON.stringify(out));
`;

function runOpenClaw(oc: InstalledOpenClaw, exportsJson: string, input: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      oc.node,
      ['--input-type=module', '-e', RUNNER, exportsJson],
      { timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: outsideVitestEnv() },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    );
    child.stdin!.end(JSON.stringify(input));
  });
}

// ZAI_API_KEY and Z_AI_API_KEY are one variable to OpenClaw (its ENV_NORMALIZATION_KEY_GROUPS).
const nameArb = fc.constantFrom('A', 'B', '_C', 'a', 'AB', 'A1', 'ZAI_API_KEY', 'Z_AI_API_KEY');
const textArb = fc
  .array(
    fc.oneof(
      nameArb.map((n) => `\${${n}}`),
      nameArb.map((n) => `$\${${n}}`),
      nameArb,
      fc.constantFrom('$', '$$', '{', '}', '${', '$${', 'x', '/', '-'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));
const valueArb = fc.constantFrom('', ' ', 'v', 'x y', '${A}', '$${A}', '$B');
const envArb = fc.dictionary(nameArb, valueArb, { maxKeys: 4 });
const configArb = (denyNames: string[]) => {
  const keyArb = fc.oneof(
    fc.constantFrom(
      'A',
      'B',
      '_C',
      'a',
      'OPENCLAW_CONFIG_READONLY',
      'LD_X',
      'bad-key',
      ' A',
      'ZAI_API_KEY',
      'Z_AI_API_KEY',
    ),
    fc.constantFrom(...denyNames),
  );
  return fc.record({
    env: fc.record(
      {
        vars: fc.dictionary(keyArb, fc.oneof(valueArb, fc.constant(3)), { maxKeys: 4 }),
        A: valueArb,
        B: valueArb,
        NODE_OPTIONS: valueArb,
        http_proxy: valueArb,
        ZAI_API_KEY: valueArb,
        Z_AI_API_KEY: valueArb,
      },
      { requiredKeys: [] },
    ),
  });
};
const denyEnvArb = (denyNames: string[]) =>
  fc.dictionary(fc.oneof(nameArb, fc.constantFrom(...denyNames)), valueArb, { maxKeys: 4 });

describeWithOpenClaw('${VAR} resolution is OpenClaw’s own (differential, OpenClaw 2026.9.6)', () => {
  let oc: InstalledOpenClaw;
  let exportsJson: string;
  let denyNames: string[];
  beforeAll(() => {
    oc = realOpenClaw();
    const dist = path.join(path.dirname(oc.entry), 'dist');
    exportsJson = JSON.stringify([distExport(dist, 'resolveConfigEnvVars'), distExport(dist, 'applyConfigEnvVars')]);
    denyNames = denyPool(openClawDenyNames(dist));
  });

  it('substitution and the config’s env vars give what OpenClaw gives, for 400 generated cases each', async () => {
    const substitutions = fc.sample(fc.tuple(textArb, envArb), { numRuns: 400, seed: 1307 });
    const everyDenyName = Object.fromEntries(denyNames.map((name) => [name, 'v']));
    const configs = [
      // Every deny-list name and look-alike at once, in env.vars and as env.* entries.
      [{ env: { vars: everyDenyName } }, {}],
      [{ env: everyDenyName }, {}],
      ...fc.sample(fc.tuple(configArb(denyNames), denyEnvArb(denyNames)), { numRuns: 400, seed: 1307 }),
    ] as [Record<string, unknown>, Record<string, string>][];
    const theirs = (await runOpenClaw(oc, exportsJson, { substitutions, configs })) as {
      substitutions: { text: string; missing: string[] }[];
      configs: Record<string, string>[];
    };
    substitutions.forEach(([text, env], i) => {
      expect({ text, env, ours: substituteEnvRefs(text, env) }).toEqual({ text, env, ours: theirs.substitutions[i] });
    });
    configs.forEach(([config, env], i) => {
      const ours = Object.fromEntries(Object.entries(effectiveEnv(config, env)).filter(([, v]) => v !== undefined));
      expect({ config, env, ours }).toEqual({ config, env, ours: theirs.configs[i] });
    });
  });
});
