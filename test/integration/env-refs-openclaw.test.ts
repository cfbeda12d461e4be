/**
 * shared/config/env-refs.ts against the installed OpenClaw itself: the same generated
 * values and environments go through OpenClaw 2026.9.6's own resolveConfigEnvVars
 * (src/config/env-substitution.ts) and applyConfigEnvVars (src/config/config-env-vars.ts),
 * loaded from its dist in one child process run with OpenClaw's own Node.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { effectiveEnv, substituteEnvRefs } from '../../shared/config/env-refs';
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

const nameArb = fc.constantFrom('A', 'B', '_C', 'a', 'AB', 'A1');
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
const configArb = fc.record({
  env: fc.record(
    {
      vars: fc.dictionary(
        fc.constantFrom('A', 'B', '_C', 'a', 'OPENCLAW_CONFIG_READONLY', 'LD_X', 'bad-key', ' A'),
        fc.oneof(valueArb, fc.constant(3)),
        { maxKeys: 4 },
      ),
      A: valueArb,
      B: valueArb,
    },
    { requiredKeys: [] },
  ),
});

describeWithOpenClaw('${VAR} resolution is OpenClaw’s own (differential, OpenClaw 2026.9.6)', () => {
  let oc: InstalledOpenClaw;
  let exportsJson: string;
  beforeAll(() => {
    oc = realOpenClaw();
    const dist = path.join(path.dirname(oc.entry), 'dist');
    exportsJson = JSON.stringify([distExport(dist, 'resolveConfigEnvVars'), distExport(dist, 'applyConfigEnvVars')]);
  });

  it('substitution and the config’s env vars give what OpenClaw gives, for 400 generated cases each', async () => {
    const substitutions = fc.sample(fc.tuple(textArb, envArb), { numRuns: 400, seed: 1307 });
    const configs = fc.sample(fc.tuple(configArb, envArb), { numRuns: 400, seed: 1307 });
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
