#!/usr/bin/env node
// Runs a TypeScript script of this repo (benchmarks, helper scripts) through tsx.
require('tsx/cjs');
const path = require('node:path');
const script = process.argv[2];
if (!script) {
  console.error('usage: run-ts.cjs <script.ts> [args…]');
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(script));
