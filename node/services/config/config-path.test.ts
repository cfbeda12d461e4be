import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClawHome } from '@node/platform/home-dir';
import { resolveConfigPath } from './config-path';

const HOME = '/home/ada';
const existing =
  (...files: string[]) =>
  (p: string) =>
    files.includes(p);
const resolve = (env: Record<string, string>, files: string[] = [], flag?: string) =>
  resolveConfigPath({ flag, env: { HOME, ...env }, fileExists: existing(...files), osHomedir: () => '/nowhere' });

describe('config path resolution (as OpenClaw does it)', () => {
  it('defaults to ~/.openclaw/openclaw.json when nothing exists yet', () => {
    expect(resolve({})).toEqual({ path: '/home/ada/.openclaw/openclaw.json', source: 'default' });
  });

  it('lets --config win over every variable, expanding ~', () => {
    expect(resolve({ OPENCLAW_CONFIG_PATH: '/etc/oc.json', OPENCLAW_STATE_DIR: '/s' }, [], '~/my.json5')).toEqual({
      path: '/home/ada/my.json5',
      source: 'flag',
    });
  });

  it('makes a relative --config absolute', () => {
    expect(resolve({}, [], 'conf/openclaw.json').path).toBe(path.resolve('conf/openclaw.json'));
  });

  it('takes OPENCLAW_CONFIG_PATH over OPENCLAW_STATE_DIR', () => {
    expect(resolve({ OPENCLAW_CONFIG_PATH: '~/x/openclaw.json', OPENCLAW_STATE_DIR: '/state' })).toEqual({
      path: '/home/ada/x/openclaw.json',
      source: 'OPENCLAW_CONFIG_PATH',
    });
  });

  it('uses $OPENCLAW_STATE_DIR/openclaw.json, or its legacy clawdbot.json when only that exists', () => {
    expect(resolve({ OPENCLAW_STATE_DIR: '/state' })).toEqual({
      path: '/state/openclaw.json',
      source: 'OPENCLAW_STATE_DIR',
    });
    expect(resolve({ OPENCLAW_STATE_DIR: '/state' }, ['/state/clawdbot.json'])).toEqual({
      path: '/state/clawdbot.json',
      source: 'legacy',
    });
    expect(resolve({ OPENCLAW_STATE_DIR: '/state' }, ['/state/clawdbot.json', '/state/openclaw.json']).path).toBe(
      '/state/openclaw.json',
    );
  });

  it('picks the first existing legacy name in OpenClaw’s order', () => {
    expect(resolve({}, ['/home/ada/.clawdbot/clawdbot.json', '/home/ada/.clawdbot/openclaw.json'])).toEqual({
      path: '/home/ada/.clawdbot/openclaw.json',
      source: 'legacy',
    });
    expect(resolve({}, ['/home/ada/.openclaw/clawdbot.json']).path).toBe('/home/ada/.openclaw/clawdbot.json');
    expect(resolve({}, ['/home/ada/.openclaw/openclaw.json', '/home/ada/.openclaw/clawdbot.json']).source).toBe(
      'default',
    );
  });

  it('uses the profile state dir for OPENCLAW_PROFILE', () => {
    expect(resolve({ OPENCLAW_PROFILE: 'work' })).toEqual({
      path: '/home/ada/.openclaw-work/openclaw.json',
      source: 'OPENCLAW_PROFILE',
    });
    expect(resolve({ OPENCLAW_PROFILE: 'default' }).source).toBe('default');
  });

  it('ignores blank variables', () => {
    expect(resolve({ OPENCLAW_CONFIG_PATH: '  ', OPENCLAW_STATE_DIR: '' }).source).toBe('default');
  });

  it('finds home as OPENCLAW_HOME > HOME > USERPROFILE > os.homedir()', () => {
    const home = (env: Record<string, string>) => openClawHome(env, () => '/os-home');
    expect(home({ OPENCLAW_HOME: '/oc', HOME: '/h', USERPROFILE: '/users/u' })).toBe('/oc');
    expect(home({ HOME: '/h', USERPROFILE: '/users/u' })).toBe('/h');
    expect(home({ USERPROFILE: '/users/u' })).toBe('/users/u');
    expect(home({})).toBe('/os-home');
    expect(resolveConfigPath({ env: { OPENCLAW_HOME: '/oc', HOME: '/h' }, fileExists: () => false }).path).toBe(
      '/oc/.openclaw/openclaw.json',
    );
  });
});
