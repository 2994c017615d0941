// Bundles and runs the given test files alone: `node scripts/testOne.js test/unit/schedules.test.ts [...]`.
// Handy while working on one module; `npm test` runs the whole suite.
const esbuild = require('esbuild');
const path = require('path');
const { spawnSync } = require('child_process');
const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node scripts/testOne.js TEST_FILE.ts [...]');
  process.exit(2);
}
const out = path.join(__dirname, '..', 'out', `one-${process.pid}.js`);
esbuild.buildSync({
  stdin: { contents: files.map((f) => `import ${JSON.stringify(path.resolve(f))};`).join('\n'), resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], sourcemap: true,
  outfile: out, external: ['mocha', 'vscode', '@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'], logLevel: 'error', loader: { '.py': 'text' },
});
const r = spawnSync(process.execPath, [require.resolve('mocha/bin/mocha.js'), '--no-config', '--timeout', '120000', '--enable-source-maps', out], { stdio: 'inherit' });
require('fs').rmSync(out, { force: true });
require('fs').rmSync(out + '.map', { force: true });
process.exit(r.status ?? 1);
