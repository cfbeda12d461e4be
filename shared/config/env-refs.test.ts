/**
 * OpenClaw 2026.9.6's `${VAR}` rule (src/config/env-substitution.ts, config-env-vars.ts,
 * types.secrets.ts): examples from its doc comment, properties, and every caller in
 * shared/ resolving the same way. test/integration/env-refs-openclaw.test.ts runs the same
 * inputs through the installed OpenClaw itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge, resolveEntry } from '../checkup/rules';
import {
  configEnvVars,
  credentialEnvNames,
  effectiveEnv,
  envRefNames,
  resolveCredential,
  resolveEnvString,
  secretEnvName,
  substituteEnvRefs,
} from './env-refs';
import { chainLocalRefs, isLocalRef } from './local-refs';
import { classifyBaseUrl, providerLocation } from './provider-kind';

describe('${NAME:-fallback} by release (2026.9.7+ expands it; issue #26, the 2026.9.7 release notes)', () => {
  const env = { HOST: 'h:1', EMPTY: '' };

  it('2026.9.6 (and no release found: the pinned one) leaves ${NAME:-fallback} and $${NAME:-fallback} as written', () => {
    for (const release of [null, '2026.9.6']) {
      expect(substituteEnvRefs('http://${HOST:-127.0.0.1:1234}/v1', env, release)).toEqual({
        text: 'http://${HOST:-127.0.0.1:1234}/v1',
        missing: [],
      });
      expect(substituteEnvRefs('$${HOST:-x}', env, release).text).toBe('$${HOST:-x}');
      expect(envRefNames('${GONE:-x}', release)).toEqual([]);
    }
  });

  it('2026.9.7 expands it: the value when set, else the fallback (unset or empty); never missing', () => {
    expect(substituteEnvRefs('http://${HOST:-127.0.0.1:1234}/v1', env, '2026.9.7')).toEqual({
      text: 'http://h:1/v1',
      missing: [],
    });
    expect(resolveEnvString('http://${GONE:-127.0.0.1:1234}/v1', env, '2026.9.7')).toBe('http://127.0.0.1:1234/v1');
    expect(resolveEnvString('${EMPTY:-fb}', env, '2026.10.1')).toBe('fb');
    expect(resolveEnvString('<${GONE:-}>', env, '2026.9.7')).toBe('<>');
    expect(resolveCredential('sk-${GONE:-local}', env, '2026.9.7')).toBe('sk-local');
    // A plain ${NAME} beside it is still needed; the fallback one needs nothing.
    expect(substituteEnvRefs('${GONE:-a}${ALSO}', env, '2026.9.7')).toEqual({ text: 'a${ALSO}', missing: ['ALSO'] });
    expect(envRefNames('${GONE:-a}${ALSO}', '2026.9.7')).toEqual(['ALSO']);
    expect(credentialEnvNames('${GONE:-a}', '2026.9.7')).toEqual([]);
  });

  it('2026.9.7 keeps $${NAME:-fallback} literal as ${NAME:-fallback}, and lower-case names stay as written', () => {
    expect(substituteEnvRefs('$${HOST:-x}', env, '2026.9.7')).toEqual({ text: '${HOST:-x}', missing: [] });
    expect(substituteEnvRefs('${host:-x}', env, '2026.9.7').text).toBe('${host:-x}');
    expect(substituteEnvRefs('${HOST-x}', env, '2026.9.7').text).toBe('${HOST-x}');
  });
});

describe('substituteEnvRefs: OpenClaw’s substituteString', () => {
  it('replaces uppercase ${NAME}s, keeps lowercase ones, unescapes $${NAME}', () => {
    const env = { A: '1', _B: '2', LOWER: 'no' };
    expect(substituteEnvRefs('x${A}y${_B}z${lower}$${A}', env)).toEqual({ text: 'x1y2z${lower}${A}', missing: [] });
  });

  it('an unset or empty variable is missing and stays written as ${NAME}', () => {
    expect(substituteEnvRefs('${GONE}-${EMPTY}-${GONE}', { EMPTY: '' })).toEqual({
      text: '${GONE}-${EMPTY}-${GONE}',
      missing: ['GONE', 'EMPTY'],
    });
    expect(resolveEnvString('http://${HOST}/v1', {})).toBeUndefined();
    expect(resolveEnvString('http://${HOST}/v1', { HOST: 'h:1' })).toBe('http://h:1/v1');
  });

  it('leaves text without a well-formed reference alone: $$, ${, $NAME, ${1A}, ${A-B}', () => {
    for (const text of ['$$x', 'a${', '$A', '${1A}', '${A-B}', '$${lower}', '${}', '$']) {
      expect(substituteEnvRefs(text, { A: 'v' })).toEqual({ text, missing: [] });
    }
  });

  const nameArb = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,6}$/);
  const envArb = fc.dictionary(nameArb, fc.oneof(fc.constant(''), fc.string({ maxLength: 8 })));

  it('property: $${NAME} always yields the literal ${NAME} and is never missing', () => {
    fc.assert(
      fc.property(nameArb, envArb, fc.string({ maxLength: 6 }), (name, env, tail) => {
        const safeTail = tail.replace(/\$/g, '');
        const out = substituteEnvRefs(`$\${${name}}${safeTail}`, env);
        expect(out).toEqual({ text: `\${${name}}${safeTail}`, missing: [] });
      }),
    );
  });

  it('property: every unescaped reference is resolved or reported; names and missing agree', () => {
    const pieceArb = fc.oneof(
      nameArb.map((n) => `\${${n}}`),
      nameArb.map((n) => `$\${${n}}`),
      fc.constantFrom('$', '{', '}', 'x', '/', ':'),
    );
    fc.assert(
      fc.property(fc.array(pieceArb, { maxLength: 8 }), envArb, (pieces, env) => {
        const text = pieces.join('');
        const { missing } = substituteEnvRefs(text, env);
        const names = envRefNames(text);
        expect(missing).toEqual(names.filter((n) => !env[n]));
        expect(resolveEnvString(text, env) === undefined).toBe(missing.length > 0);
      }),
    );
  });

  it('property: values that hold no $ substitute verbatim (no second pass over a value)', () => {
    fc.assert(
      fc.property(nameArb, fc.string({ minLength: 1, maxLength: 10 }), (name, value) => {
        fc.pre(value !== '');
        expect(substituteEnvRefs(`<\${${name}}>`, { [name]: value }).text).toBe(`<${value}>`);
      }),
    );
  });
});

describe('effectiveEnv: OpenClaw’s applyConfigEnvVars', () => {
  it('the process env wins; config vars fill blanks; env.* strings too; blocked and self-referring skipped', () => {
    const config = {
      env: {
        vars: {
          A: 'from-vars',
          B: 'from-vars',
          C: '${A}',
          OPENCLAW_CONFIG_READONLY: '1',
          LD_PRELOAD: 'x',
          'bad-key': 'x',
        },
        B: 'from-env-entry',
        D: '  ',
        shellEnv: { enabled: true },
      },
    };
    expect(configEnvVars(config)).toEqual({ A: 'from-vars', B: 'from-env-entry' });
    const env = effectiveEnv(config, { A: 'process', B: ' ' });
    expect(env.A).toBe('process');
    expect(env.B).toBe('from-env-entry');
    expect(env.C).toBeUndefined();
    expect(env.OPENCLAW_CONFIG_READONLY).toBeUndefined();
  });

  it('skips every name on OpenClaw’s host-security deny list, in any letter case, and keeps look-alikes', () => {
    const blocked = [
      'NODE_OPTIONS',
      'node_options',
      'HTTPS_PROXY',
      'http_proxy',
      'No_Proxy',
      'NODE_TLS_REJECT_UNAUTHORIZED',
      'AWS_SECRET_ACCESS_KEY',
      'HOME',
      'DYLD_INSERT_LIBRARIES',
      'ld_preload',
      'Bash_Func_x',
      'GIT_CONFIG_COUNT',
      'npm_config_registry',
      'CARGO_REGISTRIES_X_INDEX',
      'TF_VAR_token',
      'CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER',
      'cargo_target_x_runner',
    ];
    const allowed = ['OPENAI_API_KEY', 'LMSTUDIO_URL', 'NODE_OPTIONS_X', 'XLD_PRELOAD', 'CARGO_TARGET_LINKER', 'PATH'];
    const vars = Object.fromEntries([...blocked, ...allowed].map((name) => [name, 'v']));
    expect(Object.keys(configEnvVars({ env: { vars } }))).toEqual(allowed);
  });
});

describe('credentials: OpenClaw’s env SecretRef shorthand', () => {
  it('`$NAME` and `${NAME}` written whole name a variable; `{source: env}` too', () => {
    expect(secretEnvName('$OPENAI_API_KEY')).toBe('OPENAI_API_KEY');
    expect(secretEnvName(' ${OPENAI_API_KEY} ')).toBe('OPENAI_API_KEY');
    expect(secretEnvName('$_X')).toBeNull();
    expect(credentialEnvNames('Bearer ${A}-${B}')).toEqual(['A', 'B']);
    expect(credentialEnvNames({ source: 'env', id: 'K' })).toEqual(['K']);
    expect(resolveCredential('$K', { K: 'v' })).toBe('v');
    expect(resolveCredential('$K', { K: '' })).toBeUndefined();
    expect(resolveCredential({ source: 'env', id: 'K' }, { K: 'v' })).toBe('v');
    expect(resolveCredential('sk-plain', {})).toBe('sk-plain');
  });
});

describe('every caller resolves ${VAR} the same way', () => {
  const config = (baseUrl: string, vars: Record<string, string>, apiKey: unknown = '${KEY}') => ({
    env: { vars },
    models: { providers: { box: { baseUrl, apiKey, models: [{ id: 'm' }] } } },
    agents: { defaults: { model: { primary: 'box/m' } } },
  });
  const hostArb = fc.constantFrom('127.0.0.1:1234', '192.168.1.9:8000', 'api.example.com', '');

  it('property: location (provider-kind, local-refs, check-up entry) follows the same env', () => {
    fc.assert(
      fc.property(hostArb, hostArb, fc.boolean(), (fromVars, fromProcess, escaped) => {
        const url = escaped ? 'http://$${HOST}/v1' : 'http://${HOST}/v1';
        const cfg = config(url, fromVars ? { HOST: fromVars } : {});
        const processEnv = fromProcess ? { HOST: fromProcess } : {};
        const env = effectiveEnv(cfg, processEnv);
        const expected = providerLocation('box', { baseUrl: url }, env);
        // Escaped: the value never matters. Otherwise the process env wins over env.vars.
        const host = escaped ? null : fromProcess || fromVars;
        if (escaped) expect(expected).toBe(providerLocation('box', { baseUrl: url }, {}));
        else expect(expected).toBe(host ? classifyBaseUrl(`http://${host}/v1`) : 'hosted');
        expect(resolveEntry(cfg, 'box/m', processEnv).location).toBe(expected);
        expect(isLocalRef(cfg, 'box/m', processEnv)).toBe(expected !== 'hosted');
        expect(chainLocalRefs(cfg, processEnv)).toEqual(expected !== 'hosted' ? ['box/m'] : []);
      }),
    );
  });

  it('property: the check-up’s credential check says unset exactly when resolveCredential finds nothing', () => {
    const keyArb = fc.constantFrom('${KEY}', '$KEY', 'pre-${KEY}', { source: 'env', id: 'KEY' });
    const valueArb = fc.constantFrom(undefined, '', ' ', 'secret');
    fc.assert(
      fc.property(keyArb, valueArb, valueArb, (apiKey, fromVars, fromProcess) => {
        const cfg = config('http://127.0.0.1:1234/v1', fromVars === undefined ? {} : { KEY: fromVars }, apiKey);
        const processEnv = fromProcess === undefined ? {} : { KEY: fromProcess };
        const entry = resolveEntry(cfg, 'box/m', processEnv);
        const checks = judge({ config: cfg, entry, facts: emptyFacts, env: processEnv, fit: null, keptWarm: false });
        const chain = checks.find((c) => c.id === 'chain')!;
        const unset = chain.evidence.some((m) => /Unset$/.test(m.code));
        expect(unset).toBe(resolveCredential(apiKey, effectiveEnv(cfg, processEnv)) === undefined);
      }),
    );
  });
});

const emptyFacts = { server: null, model: null, load: null, tools: null, responses: null };
