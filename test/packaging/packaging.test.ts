/**
 * What can be checked of the packaging here (the dmg itself needs macOS): the
 * electron-builder config passes electron-builder's own schema, every file it names
 * exists, the tray template images are black + alpha at 16/32 px, the app icon is a real
 * .icns, and the entitlements parse.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { CLI_RESOURCES } from '../../electron-builder';
import { decodePng } from '../helpers/png';

const ROOT = path.resolve(__dirname, '../..');
const build = (name: string) => path.join(ROOT, 'build', name);

// An internal path of app-builder-lib 26 (see reference/electron.md §4.3); electron-builder is pinned to ^26.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(
    config: unknown,
    logger: { isEnabled: boolean; add(key: string, value: unknown): void },
  ): Promise<void>;
};
const quiet = { isEnabled: false, add() {} };

describe('packaging', () => {
  it('the config passes electron-builder’s schema, and a typo does not', async () => {
    await expect(validateConfiguration(structuredClone(config), quiet)).resolves.toBeUndefined();
    const typo = { ...structuredClone(config), mac: { ...config.mac, categry: 'x' } };
    await expect(validateConfiguration(typo, quiet)).rejects.toThrow(
      /configuration object that does not match the API schema/,
    );
  });

  it('signs ad hoc with the hardened runtime, sets the fuses, and builds a dmg for both Mac architectures', () => {
    expect(config.mac).toMatchObject({
      identity: '-',
      hardenedRuntime: true,
      target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    });
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      resetAdHocDarwinSignature: true,
    });
    expect(config.asar).toBe(true);
  });

  it('names only files that exist', () => {
    const named = [
      config.mac?.icon,
      config.mac?.entitlements,
      config.mac?.entitlementsInherit,
      config.linux?.icon,
      config.win?.icon,
    ].filter((f): f is string => typeof f === 'string');
    for (const file of named) expect(existsSync(path.join(ROOT, file)), file).toBe(true);
    for (const tray of ['trayTemplate.png', 'trayTemplate@2x.png', 'tray.png', 'tray-warning.png', 'tray-down.png'])
      expect(existsSync(build(tray)), tray).toBe(true);
    expect(existsSync(path.join(ROOT, 'README.md'))).toBe(true);
  });

  it.each([
    ['trayTemplate.png', 16],
    ['trayTemplate@2x.png', 32],
  ])('%s is %i px, black and alpha only (a macOS template image)', (name, size) => {
    const png = decodePng(readFileSync(build(name)));
    expect([png.width, png.height]).toEqual([size, size]);
    let opaque = 0;
    for (let i = 0; i < png.pixels.length; i += 4) {
      expect([png.pixels[i], png.pixels[i + 1], png.pixels[i + 2]]).toEqual([0, 0, 0]);
      if (png.pixels[i + 3]! > 0) opaque++;
    }
    expect(opaque).toBeGreaterThan(size); // there is a glyph, not an empty image
  });

  it('the coloured tray variants differ for warning and down', () => {
    const pixel = (name: string) =>
      decodePng(readFileSync(build(name)))
        .pixels.subarray(16 * 32 * 4 + 16 * 4, 16 * 32 * 4 + 16 * 4 + 3)
        .toString('hex');
    expect(new Set([pixel('tray.png'), pixel('tray-warning.png'), pixel('tray-down.png')]).size).toBe(3);
  });

  it('the app icon is an .icns with 128–1024 px PNGs, and the entitlements are a plist with the JIT keys', () => {
    const icns = readFileSync(build('icon.icns'));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    for (const type of ['ic07', 'ic08', 'ic09', 'ic10']) expect(icns.includes(Buffer.from(type)), type).toBe(true);
    expect(decodePng(readFileSync(build('icon.png'))).width).toBe(1024);
    const plist = readFileSync(build('entitlements.mac.plist'), 'utf8');
    expect(plist).toMatch(/^<\?xml[\s\S]*<plist version="1.0">[\s\S]*<\/plist>\s*$/);
    for (const key of ['com.apple.security.cs.allow-jit', 'com.apple.security.cs.disable-library-validation'])
      expect(plist).toContain(`<key>${key}</key>`);
  });

  it('gives the app its entry itself: package.json has no main, so the npm package stays free of it', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main?: string };
    expect(pkg.main).toBeUndefined();
    expect(config.extraMetadata).toEqual({ main: 'out/main/index.js' });
  });

  it('carries the command line tool in resources/cli, laid out like the npm package', () => {
    expect(config.extraResources).toEqual(expect.arrayContaining(CLI_RESOURCES));
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // Every runtime dependency of the CLI travels with it (the bundle has the rest inside).
    for (const name of Object.keys(pkg.dependencies))
      expect(CLI_RESOURCES).toContainEqual({ from: `node_modules/${name}`, to: `cli/node_modules/${name}` });
    expect(CLI_RESOURCES).toContainEqual({ from: 'bin', to: 'cli/bin', filter: ['claw-control', 'claw-control.cjs'] });
    // The link "Install command line tool" makes points at this launcher: it must be executable.
    expect(statSync(path.join(ROOT, 'bin', 'claw-control')).mode & 0o111).toBe(0o111);
    expect(config.files).toContain('!out/cli/**'); // not twice: the asar copy would never run
  });
});
