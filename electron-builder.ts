/**
 * Packaging (electron-builder 26): a double-click app for the Mac Studio — dmg for arm64
 * and x64, ad-hoc signed (identity "-") so it runs when built on the user's own Mac, with
 * the hardened runtime and the entitlements that needs — plus AppImage/deb and NSIS, asar,
 * and Electron fuses set as in the security checklist. Building the dmg needs macOS.
 * The app carries the command line tool in resources/cli, laid out like the npm package
 * (bin/, out/cli, out/renderer, node_modules/<externals>, package.json) so it runs from
 * there on the system's Node; "Install command line tool" links cli/bin/claw-control on PATH.
 */
import type { Configuration } from 'electron-builder';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { EXTERNAL } = require('./bin/build-cli.cjs') as { EXTERNAL: string[] };

/** The CLI as extraResources: the same files `npm pack` ships, plus the packages the bundle leaves external. */
export const CLI_RESOURCES = [
  { from: 'bin', to: 'cli/bin', filter: ['claw-control', 'claw-control.cjs'] },
  { from: 'out/cli', to: 'cli/out/cli' },
  { from: 'out/renderer', to: 'cli/out/renderer' },
  { from: 'package.json', to: 'cli/package.json' },
  ...EXTERNAL.map((name) => ({ from: `node_modules/${name}`, to: `cli/node_modules/${name}` })),
];

const config: Configuration = {
  appId: 'dev.clawcontrol.app',
  productName: 'Claw Control',
  directories: { buildResources: 'build', output: 'release' },
  // package.json has no "main" (the npm package is the CLI and panel only): the app gets its entry here.
  extraMetadata: { main: 'out/main/index.js' },
  files: ['out/**', '!out/cli/**', 'package.json', 'resources/openclaw-schema/**', '!**/*.map'],
  extraResources: [
    { from: 'build', to: 'build', filter: ['tray*.png', 'trayTemplate*.png'] },
    { from: 'README.md', to: 'README.md' },
    ...CLI_RESOURCES,
  ],
  asar: true,
  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    category: 'public.app-category.developer-tools',
    icon: 'build/icon.icns',
    identity: '-',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    notarize: false,
  },
  dmg: { title: 'Claw Control ${version}' },
  linux: { target: ['AppImage', 'deb'], category: 'Development', icon: 'build/icon.png', maintainer: 'Claw Control' },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    resetAdHocDarwinSignature: true,
  },
};

export default config;
