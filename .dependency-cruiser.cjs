/**
 * The layer rules of the house (../shared/ARCHITECTURE.md), checked on every `npm test`:
 *   core    never imports vscode, worker_threads, the runner, the host, the CLI or the webviews;
 *   runner  (node-only orchestration) never imports vscode, the host or the webviews;
 *   webview imports only its own files, chart.js, the import-free shared modules (protocol, escape, guards),
 *           core types, and three pure leaves of the core (stats, sensitivity, format) that have no runtime imports;
 *   host    never imports webview code; nothing imports the CLI; no import cycles.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core runs in workers, the CLI and the host alike: no vscode, no worker_threads, no outer layer.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^vscode$', '^worker_threads$', '^src/runner/', '^src/host/', '^src/cli\\.ts$', '^webview/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-is-pure-types',
      comment: 'Not even types from the outer layers.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/runner/', '^src/host/', '^src/cli\\.ts$', '^webview/'] },
    },
    {
      name: 'runner-has-no-editor',
      severity: 'error',
      from: { path: '^src/runner/' },
      to: { path: ['^vscode$', '^src/host/', '^src/cli\\.ts$', '^webview/'] },
    },
    {
      name: 'webview-draws-only',
      comment:
        'Webviews import their own files, chart.js, the import-free shared modules, types of the core, and the three ' +
        'pure leaves of the core the report and the panels share (stats.ts verdict text, sensitivity.ts, format.ts).',
      severity: 'error',
      from: { path: '^webview/' },
      to: {
        pathNot: ['^webview/', '^src/protocol\\.ts$', '^src/escape\\.ts$', '^src/guards\\.ts$', '^src/core/(stats|sensitivity|format)\\.ts$', 'node_modules/chart\\.js', '^chart\\.js$'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'webview-shared-core-is-leaf',
      comment: 'The core modules a webview may load have no runtime imports (types only), so no tfjs or node code reaches a webview.',
      severity: 'error',
      from: { path: '^src/core/(stats|sensitivity|format)\\.ts$' },
      to: { dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-modules-are-leaves',
      comment: 'escape.ts and guards.ts are shared with the webviews: they import nothing.',
      severity: 'error',
      from: { path: '^src/(escape|guards)\\.ts$' },
      to: {},
    },
    {
      name: 'protocol-types-only',
      comment: 'protocol.ts reaches the webviews: it may import core types, guards and nothing with code.',
      severity: 'error',
      from: { path: '^src/protocol\\.ts$' },
      to: { pathNot: ['^src/guards\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'run-state-is-pure',
      comment: 'host/runState.ts is the pure reducer under runManager.ts: no vscode, so it is tested in plain mocha.',
      severity: 'error',
      from: { path: '^src/host/runState\\.ts$' },
      to: { path: '^vscode$' },
    },
    {
      name: 'host-not-in-webview',
      severity: 'error',
      from: { path: '^src/host/' },
      to: { path: '^webview/' },
    },
    {
      name: 'nobody-imports-the-cli',
      severity: 'error',
      from: { pathNot: '^src/cli\\.ts$' },
      to: { path: '^src/cli\\.ts$' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/generated/', '^out/', '^dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json', '.py'] },
  },
};
