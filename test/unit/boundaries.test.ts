/** The layer rules are enforced by a tool (.dependency-cruiser.cjs, run by `npm test`): a wrong import fails it. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { ROOT } from './helpers/paths';

const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');

function cruise(files: string[]): { code: number | null; out: string } {
  const r = spawnSync(DEPCRUISE, [...files, '--config', '.dependency-cruiser.cjs'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  // Colours come on where the environment asks for them (CI): compare plain text.
  return { code: r.status, out: (r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

describe('layer boundaries (dependency-cruiser)', () => {
  it('a core module importing vscode, and a webview importing the core, are violations', function () {
    this.timeout(60_000);
    const probes: [string, string][] = [
      [path.join(ROOT, 'src', 'core', 'zzBoundaryProbe.ts'), "import * as vscode from 'vscode';\nexport const probe = vscode;\n"],
      [path.join(ROOT, 'webview', 'zzBoundaryProbe.ts'), "import { lrSeries } from '../src/core/schedules';\nexport const probe = lrSeries;\n"],
    ];
    try {
      for (const [f, text] of probes) fs.writeFileSync(f, text);
      const r = cruise(probes.map(([f]) => path.relative(ROOT, f)));
      assert.notStrictEqual(r.code, 0, r.out);
      assert.match(r.out, /error core-is-pure: src\/core\/zzBoundaryProbe\.ts → vscode/);
      assert.match(r.out, /error webview-draws-only: webview\/zzBoundaryProbe\.ts → src\/core\/schedules\.ts/);
    } finally {
      for (const [f] of probes) fs.rmSync(f, { force: true });
    }
  });
});
