// What The npm tarball may hold, and a check of a packed tarball against it (read from the .tgz itself).
const { readFileSync } = require('node:fs');
const { gunzipSync } = require('node:zlib');

/** Every path the package may hold (under package/), as patterns: the CLI, the panel, their licences. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^bin\/claw-control\.cjs$/,
  /^out\/cli\/[^/]+$/,
  /^out\/renderer\//,
  /^resources\/openclaw-schema\//,
];

/** The files that must be there for the package to run and to be honest about what it carries. */
const REQUIRED = [
  'package.json',
  'LICENSE',
  'bin/claw-control.cjs',
  'out/cli/claw-control.cjs',
  'out/cli/quick.cjs',
  'out/cli/help.en.txt',
  'out/cli/THIRD-PARTY-LICENSES.txt',
  'out/renderer/index.html',
  'out/renderer/THIRD-PARTY-LICENSES.txt',
];

/** Code that belongs to the desktop app: a tarball with any of it ships Electron code. */
const ELECTRON_CODE = /\brequire\(\s*["']electron["']\s*\)|\bfrom\s*["']electron["']/;

/** The files of a .tgz (ustar, as npm writes it): path without the leading package/, and content. */
function readTarball(file) {
  const tar = gunzipSync(readFileSync(file));
  const entries = [];
  let longName = null;
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) => header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    const body = tar.subarray(at + 512, at + 512 + size);
    let name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = null;
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '\0') {
      name = name.replace(/^[^/]+\//, ''); // npm puts everything under package/
      entries.push({ path: name, content: body });
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** What is wrong with a tarball's files; empty when it holds exactly the CLI, the panel and their licences. */
function checkEntries(entries) {
  const problems = [];
  const paths = new Set(entries.map((entry) => entry.path));
  for (const entry of entries) {
    if (!ALLOWED.some((pattern) => pattern.test(entry.path))) problems.push(`not allowed: ${entry.path}`);
    else if (/\.(c|m)?js$/.test(entry.path) && ELECTRON_CODE.test(entry.content.toString('utf8')))
      problems.push(`Electron code: ${entry.path}`);
  }
  for (const file of REQUIRED) if (!paths.has(file)) problems.push(`missing: ${file}`);
  const pkg = paths.has('package.json')
    ? JSON.parse(entries.find((entry) => entry.path === 'package.json').content.toString('utf8'))
    : {};
  // npm always packs the file "main" names, whatever "files" says; the package has no main.
  if (pkg.main) problems.push(`package.json names a main (${pkg.main}): npm packs it whatever "files" says`);
  if (pkg.bin?.['claw-control'] !== 'bin/claw-control.cjs')
    problems.push('package.json bin is not bin/claw-control.cjs');
  return problems;
}

module.exports = { ALLOWED, REQUIRED, ELECTRON_CODE, readTarball, checkEntries };
