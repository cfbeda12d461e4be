#!/usr/bin/env node
// Writes THIRD-PARTY-LICENSES.txt beside the built CLI (out/cli) and panel (out/renderer): the licence of every package bundled into them.
const { existsSync, readFileSync, readdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const NOTICE = 'THIRD-PARTY-LICENSES.txt';

/** The package folder an esbuild input path (node_modules/…/file) belongs to, or null for our own code. */
function packageDir(input) {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at === -1) return null;
  const length = parts[at + 1]?.startsWith('@') ? 3 : 2;
  return path.resolve(ROOT, ...parts.slice(0, at + length));
}

/** The licence text of each bundled package, one section each, sorted by name. */
function licenceText(inputs) {
  const dirs = [...new Set(inputs.map(packageDir).filter((dir) => dir !== null))];
  const sections = dirs.map((dir) => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    // A package without a licence file still names its licence; say so rather than skip it.
    const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : `License: ${pkg.license ?? 'not stated'}`;
    return { name: pkg.name, body: `${pkg.name}@${pkg.version} (${pkg.license ?? 'no licence field'})\n\n${text}` };
  });
  sections.sort((a, b) => a.name.localeCompare(b.name));
  return `${sections.map((s) => s.body).join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

/** The packages the panel's bundle pulls in: esbuild resolves the renderer's entry without writing anything. */
async function rendererInputs() {
  const esbuild = require('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'renderer', 'src', 'main.tsx')],
    bundle: true,
    write: false,
    metafile: true,
    outdir: path.join(ROOT, 'out', '.licences'),
    platform: 'browser',
    format: 'esm',
    jsx: 'automatic',
    loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty', '.woff2': 'empty' },
    tsconfig: path.join(ROOT, 'tsconfig.web.json'),
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

/** Writes the notice into a built folder. */
function writeNotice(dir, inputs) {
  writeFileSync(path.join(dir, NOTICE), licenceText(inputs));
}

module.exports = { licenceText, rendererInputs, writeNotice, NOTICE };

if (require.main === module) {
  const renderer = path.join(ROOT, 'out', 'renderer');
  if (!existsSync(renderer)) {
    console.error(`licences: ${renderer} is not built: run electron-vite build first`);
    process.exitCode = 1;
  } else
    rendererInputs().then(
      (inputs) => writeNotice(renderer, inputs),
      (error) => {
        console.error(`licences: ${error.message}`);
        process.exitCode = 1;
      },
    );
}
