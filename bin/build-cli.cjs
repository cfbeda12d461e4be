#!/usr/bin/env node
// Bundles the CLI (node/cli) into one CommonJS file, out/cli/claw-control.cjs, that runs on plain Node, and its quick
// start (out/cli/quick.cjs: --version, --help and a cached hardware --json without loading the CLI) with the help text
// of each language, written from the real program.
const { execFileSync } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const { writeNotice } = require('./licences.cjs');

const ROOT = path.resolve(__dirname, '..');
/** Packages that stay `require`d at run time (listed in package.json "dependencies"). */
const EXTERNAL = ['systeminformation'];
const OUTFILE = path.join(ROOT, 'out', 'cli', 'claw-control.cjs');

/** The languages the CLI speaks, with a locale that picks each (locales/language-from-env.ts). */
const HELP_LOCALES = { en: 'en_US.UTF-8', 'zh-CN': 'zh_CN.UTF-8' };

const bundle = (entry, outfile, metafile) =>
  esbuild.build({
    entryPoints: [path.join(ROOT, 'node', 'cli', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: [...EXTERNAL, 'electron'],
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'warning',
    metafile,
    // The path aliases (@shared, @node, …) come from tsconfig.base.json, which this extends.
    tsconfig: path.join(ROOT, 'tsconfig.node.json'),
  });

async function buildCli({ outfile = OUTFILE, metafile = false } = {}) {
  const dir = path.dirname(outfile);
  const [result] = await Promise.all([
    bundle('index.ts', outfile, true),
    bundle('quick.ts', path.join(dir, 'quick.cjs'), false),
  ]);
  // --help as the program itself prints it (at 80 columns), so the quick start never goes stale.
  for (const [language, lang] of Object.entries(HELP_LOCALES)) {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: lang };
    const help = execFileSync(process.execPath, [outfile, '--help'], { env, encoding: 'utf8', timeout: 60_000 });
    writeFileSync(path.join(dir, `help.${language}.txt`), help);
  }
  // The licences of what the bundle carries travel beside it.
  writeNotice(path.dirname(outfile), Object.keys(result.metafile.inputs));
  return metafile ? result : { ...result, metafile: undefined };
}

module.exports = { buildCli, OUTFILE, EXTERNAL };

if (require.main === module) {
  buildCli({ metafile: process.argv.includes('--analyze') }).then(
    async (result) => {
      if (result.metafile) console.log(await esbuild.analyzeMetafile(result.metafile));
    },
    (error) => {
      console.error(`CLI build failed: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
