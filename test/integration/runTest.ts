/**
 * Integration tests in a real VS Code (Electron) through `@vscode/test-electron`: the extension under
 * development is loaded from the repository (dist/ must be built), a copy of test/e2e/fixtures is the
 * workspace, and the mocha suite in extension.itest.ts runs inside the extension host.
 *
 * VS Code cannot be downloaded here, so the binary comes from VSCODE_EXECUTABLE; without it the run is
 * skipped with a message (exit 0). Start with `node test/integration/run.js`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';

/** Both this file (test/integration/) and its bundle (out/integration-suite/) sit two levels below the root. */
const ROOT = path.resolve(__dirname, '..', '..');
const OUT_DIR = path.join(ROOT, 'out', 'integration-suite');

/** Bundles the suite (index.ts + extension.itest.ts) for the extension host; vscode and mocha stay external. */
async function bundleSuite(): Promise<string> {
  const outfile = path.join(OUT_DIR, 'index.js');
  await build({
    entryPoints: [path.join(ROOT, 'test', 'integration', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    mainFields: ['module', 'main'],
    external: ['vscode', 'mocha', '@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'],
    logLevel: 'warning',
  });
  return outfile;
}

async function main(): Promise<number> {
  const exe = process.env.VSCODE_EXECUTABLE;
  if (!exe) {
    console.log('integration tests SKIPPED: no VS Code binary. Set VSCODE_EXECUTABLE to one (e.g. /usr/share/code/code or');
    console.log('VSCodium), it cannot be downloaded in this environment. The code-server end-to-end test (npm run e2e) covers a real client.');
    return 0;
  }
  if (!fs.existsSync(exe)) {
    console.error(`VSCODE_EXECUTABLE=${exe} does not exist`);
    return 1;
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    console.error('dist/extension.js is missing: run `npm run build` first');
    return 1;
  }
  const suite = await bundleSuite();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-itest-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'fixtures'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suite,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
    });
    return 0;
  } catch (e) {
    console.error(`integration tests failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    if (!process.env.ITEST_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
