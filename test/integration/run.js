#!/usr/bin/env node
'use strict';
// Bundles test/integration/runTest.ts with esbuild and runs it: `node test/integration/run.js`.
// Needs VSCODE_EXECUTABLE (a VS Code binary); without it the tests are skipped with a message.
const path = require('path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..', '..');
const outfile = path.join(root, 'out', 'integration-suite', 'runTest.js');
esbuild.buildSync({
  entryPoints: [path.join(__dirname, 'runTest.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['esbuild', '@vscode/test-electron', 'mocha', 'vscode'],
  logLevel: 'warning',
});
require(outfile);
