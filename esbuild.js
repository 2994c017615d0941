// Bundles every entry of the extension: host (node, cjs, vscode external), worker, CLI, bench and the
// webviews (browser, iife), and copies the tfjs wasm binaries next to the bundles that load them.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const exists = (p) => fs.existsSync(path.join(__dirname, p));

/** Optional native backends are loaded at run time when installed; never bundled. */
const nodeExternals = ['vscode', '@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'];

const nodeEntries = [
  { in: 'src/host/extension.ts', out: 'extension' },
  { in: 'src/runner/trainerWorker.ts', out: 'worker' },
  { in: 'src/runner/spectrumWorker.ts', out: 'spectrumWorker' },
  { in: 'src/cli.ts', out: 'cli' },
  { in: 'bench/index.ts', out: 'bench' },
].filter((e) => exists(e.in));

const webviewEntries = fs.existsSync(path.join(__dirname, 'webview'))
  ? fs.readdirSync(path.join(__dirname, 'webview'))
      .filter((f) => /^[a-zA-Z]+View\.ts$/.test(f) || /^[a-zA-Z]+Panel\.ts$/.test(f))
      .map((f) => ({ in: `webview/${f}`, out: `webview/${f.replace(/\.ts$/, '')}` }))
  : [];

/**
 * The precompiled config validator (~0.5 MB of generated code) is its own file, dist/schemaValidator.js, which
 * validate.ts requires on the first validation: the extension host, the workers and the tests' bundles do not
 * parse it at start-up. `outdir` is where the requiring bundle is written (the require is relative to it).
 */
const VALIDATOR_OUT = path.join(__dirname, 'dist', 'schemaValidator.js');
function lazyValidator(outdir) {
  const rel = path.relative(path.join(__dirname, outdir), VALIDATOR_OUT).split(path.sep).join('/');
  return {
    name: 'lazy-validator',
    setup(build) {
      build.onResolve({ filter: /\/generated\/schemaValidator$/ }, () => ({ path: rel.startsWith('.') ? rel : `./${rel}`, external: true }));
    },
  };
}

/** chart.js UMD build, inlined into standalone report.html files (no network). */
function copyChartUmd() {
  const dir = path.dirname(require.resolve('chart.js')).replace(/dist$/, '');
  fs.copyFileSync(path.join(dir, 'dist', 'chart.umd.min.js'), path.join(__dirname, 'dist', 'chart.umd.min.js'));
}

function copyWasm() {
  const dir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
  fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
  for (const f of fs.readdirSync(path.join(dir, 'dist')).filter((f) => f.endsWith('.wasm'))) {
    fs.copyFileSync(path.join(dir, 'dist', f), path.join(__dirname, 'dist', f));
  }
}

async function main() {
  copyWasm();
  copyChartUmd();
  // The export template is a real Python file, bundled as a string.
  const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none', loader: { '.py': 'text' } };
  const builds = [];
  if (nodeEntries.length) {
    builds.push({
      ...common,
      entryPoints: [...nodeEntries, { in: 'src/core/config/generated/schemaValidator.js', out: 'schemaValidator' }],
      outdir: 'dist',
      plugins: [lazyValidator('dist')],
      platform: 'node',
      mainFields: ['module', 'main'],
      format: 'cjs',
      target: 'node20',
      external: nodeExternals,
    });
  }
  const tests = ['unit', 'integration']
    .filter((d) => exists(`test/${d}`))
    .map((d) => ({ d, files: fs.readdirSync(path.join(__dirname, 'test', d)).filter((f) => f.endsWith('.test.ts')).sort() }))
    .filter((t) => t.files.length);
  for (const t of tests) {
    // All test files of a suite go into one bundle so that they share one tfjs engine.
    builds.push({
      ...common,
      sourcemap: true,
      stdin: { contents: t.files.map((f) => `import './${f}';`).join('\n'), resolveDir: path.join(__dirname, 'test', t.d), loader: 'ts' },
      outfile: `out/${t.d}.js`,
      plugins: [lazyValidator('out')],
      platform: 'node',
      mainFields: ['module', 'main'],
      format: 'cjs',
      target: 'node20',
      external: [...nodeExternals, 'mocha', '@vscode/test-electron'],
    });
  }
  if (webviewEntries.length) {
    builds.push({ ...common, entryPoints: webviewEntries, outdir: 'dist', platform: 'browser', format: 'iife', target: 'es2022' });
  }
  if (watch) {
    for (const b of builds) (await esbuild.context(b)).watch();
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b)));
    const cli = path.join(__dirname, 'dist', 'cli.js');
    if (fs.existsSync(cli)) {
      const src = fs.readFileSync(cli, 'utf8');
      if (!src.startsWith('#!')) fs.writeFileSync(cli, '#!/usr/bin/env node\n' + src);
      fs.chmodSync(cli, 0o755);
    }
  }
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
