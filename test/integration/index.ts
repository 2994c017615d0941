/**
 * Mocha entry loaded by the VS Code extension host (`extensionTestsPath`): installs the BDD globals, then
 * loads the suite so that its describe/it calls register with this Mocha instance.
 */
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 180_000, color: true });
  mocha.suite.emit('pre-require', globalThis, 'extension.itest.ts', mocha);
  // A require (not an import) so that it runs after the globals exist; esbuild bundles it in place.
  require('./extension.itest');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
