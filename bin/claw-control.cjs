#!/usr/bin/env node
// The `claw-control` command: runs the TypeScript CLI (electron/cli) through tsx.
require('tsx/cjs');
require('../electron/cli/index.ts');
