/**
 * Packaging (electron-builder 26): a double-click app for the Mac Studio — dmg for arm64
 * and x64, ad-hoc signed (identity "-") so it runs when built on the user's own Mac, with
 * the hardened runtime and the entitlements that needs — plus AppImage/deb and NSIS, asar,
 * and Electron fuses set as in the security checklist. Building the dmg needs macOS.
 */
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'dev.clawcontrol.app',
  productName: 'Claw Control',
  directories: { buildResources: 'build', output: 'release' },
  files: ['out/**', 'package.json', 'resources/openclaw-schema/**', '!**/*.map'],
  extraResources: [
    { from: 'build', to: 'build', filter: ['tray*.png', 'trayTemplate*.png'] },
    { from: 'README.md', to: 'README.md' },
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
