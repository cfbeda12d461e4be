#!/usr/bin/env node
// Bundles the CLI (node/cli) into one CommonJS file, out/cli/claw-control.cjs, that runs on plain Node.
const path = require('node:path');
const esbuild = require('esbuild');
const { writeNotice } = require('./licences.cjs');

const ROOT = path.resolve(__dirname, '..');
/** Packages that stay `require`d at run time (listed in package.json "dependencies"). */
const EXTERNAL = ['systeminformation'];
const OUTFILE = path.join(ROOT, 'out', 'cli', 'claw-control.cjs');

async function buildCli({ outfile = OUTFILE, metafile = false } = {}) {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'node', 'cli', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: [...EXTERNAL, 'electron'],
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    // The path aliases (@shared, @node, …) come from tsconfig.base.json, which this extends.
    tsconfig: path.join(ROOT, 'tsconfig.node.json'),
  });
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
