/** `~` and the home folder, as OpenClaw 2026.9.6's src/infra/home-dir.ts has them; every caller follows. */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultStateDir } from './app-paths';
import { resolveConfigPath } from '@node/services/config/config-path';
import { includeRoots } from '@node/services/config/includes';
import { expandHome, openClawHome, osHome, userPath } from './home-dir';

const never = () => {
  throw new Error('os.homedir() must not be asked when HOME is set');
};

describe('home-dir', () => {
  it('expands a leading ~ only alone or before a slash', () => {
    expect(expandHome('~', '/h')).toBe('/h');
    expect(expandHome('~/a', '/h')).toBe('/h/a');
    expect(expandHome('~\\a', '/h')).toBe('/h\\a');
    expect(expandHome('~user/a', '/h')).toBe('~user/a');
    expect(expandHome('a/~/b', '/h')).toBe('a/~/b');
    expect(expandHome('~/$&', '/h')).toBe('/h/$&'); // a home is never read as a replacement pattern
  });

  it('property: expanding never touches anything after the first character', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (rest, home) => {
        const out = expandHome(`~/${rest}`, home);
        expect(out).toBe(`${home}/${rest}`);
      }),
    );
  });

  it('HOME > USERPROFILE > os.homedir(); blank, "undefined" and "null" are unset; OPENCLAW_HOME is OpenClaw’s', () => {
    expect(osHome({ HOME: '/u', USERPROFILE: '/w' }, never)).toBe('/u');
    expect(osHome({ HOME: ' undefined ', USERPROFILE: '/w' }, never)).toBe('/w');
    expect(osHome({ HOME: 'null' }, () => '/os')).toBe('/os');
    expect(openClawHome({ HOME: '/u', OPENCLAW_HOME: '~/oc' }, never)).toBe('/u/oc');
    expect(openClawHome({ HOME: '/u', OPENCLAW_HOME: ' ' }, never)).toBe('/u');
    expect(userPath('  ~/x/../y ', '/h')).toBe('/h/y');
  });

  it('every caller uses it: config path, include roots, the app’s state folder', () => {
    const env = { HOME: '/u', OPENCLAW_HOME: '~/oc', OPENCLAW_CONFIG_PATH: '~/cfg/openclaw.json' };
    expect(resolveConfigPath({ env, fileExists: () => false, osHomedir: never }).path).toBe('/u/oc/cfg/openclaw.json');
    expect(includeRoots({ ...env, OPENCLAW_INCLUDE_ROOTS: ['~/shared', '~'].join(path.delimiter) })).toEqual([
      '/u/oc/shared',
      '/u/oc',
    ]);
    expect(defaultStateDir({ HOME: 'undefined', USERPROFILE: '/w' }, 'linux')).toBe('/w/.config/claw-control');
  });
});
