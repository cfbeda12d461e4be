#!/usr/bin/env node
// Before `npm start`/`npm run dev`: makes sure Electron's runtime is installed. Electron ≥ 42
// downloads it lazily (node_modules/electron/install.js writes path.txt), and electron-vite
// needs path.txt; when the download cannot run, this says so in one sentence and exits 1.
// Plain Node on purpose (it runs before anything is built), so its two sentences live here.
const { spawn } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const INSTALL_COMMAND = 'npx --no install-electron';
const DEFAULT_TIMEOUT_MS = 10 * 60_000; // a ~100 MB download on a slow line

function electronDir() {
  return path.dirname(require.resolve('electron/package.json', { paths: [path.resolve(__dirname, '..')] }));
}

/** Mirrors install.js's own isInstalled(): path.txt names an executable that exists, of this version. */
function isInstalled(dir) {
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const versionFile = path.join(dir, 'dist', 'version');
  if (existsSync(versionFile) && readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') !== version) return false;
  return existsSync(path.join(dir, 'dist', readFileSync(pathFile, 'utf8')));
}

function language(env) {
  return /^zh/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'zh' : 'en';
}

function cannotInstall(reason, env) {
  return language(env) === 'zh'
    ? `无法安装 Electron 运行时（${reason}）：请联网后运行 \`${INSTALL_COMMAND}\`，再运行 npm start。`
    : `Electron's runtime is not installed and could not be downloaded (${reason}): connect to the network, run \`${INSTALL_COMMAND}\`, then npm start again.`;
}

/** Runs Electron's own installer; resolves to null on success or the reason it failed. */
function runInstaller(dir, env, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, 'install.js')], {
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(null);
      if (signal) return resolve(`the download took longer than ${Math.round(timeoutMs / 1000)} s`);
      const firstLine = stderr.split('\n').find((line) => line.trim()) ?? `install.js exited with ${code}`;
      resolve(firstLine.trim());
    });
  });
}

async function ensureElectron(env = process.env) {
  let dir;
  try {
    dir = electronDir();
  } catch {
    process.stderr.write(`${cannotInstall('the electron package is missing; run npm install', env)}\n`);
    return 1;
  }
  if (isInstalled(dir)) return 0;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    process.stderr.write(`${cannotInstall('ELECTRON_SKIP_BINARY_DOWNLOAD is set', env)}\n`);
    return 1;
  }
  process.stdout.write(
    language(env) === 'zh'
      ? '正在下载 Electron 运行时（仅首次启动）…\n'
      : 'Downloading the Electron runtime (first start only)…\n',
  );
  const failure = await runInstaller(dir, env, Number(env.CLAW_ELECTRON_INSTALL_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS);
  if (failure === null && isInstalled(dir)) return 0;
  process.stderr.write(`${cannotInstall(failure ?? 'install.js wrote no path.txt', env)}\n`);
  return 1;
}

module.exports = { ensureElectron, isInstalled };

if (require.main === module) {
  ensureElectron().then((code) => {
    process.exitCode = code;
  });
}
