import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeFileAtomic, parseMetrics, parseJobId, createRunDir, metricsCsv } from '../../src/core/results';
import type { LoadedExperiment } from '../../src/core/results';
import { DEFAULT_CONFIG_TEXT } from '../../src/core/config/defaultConfig';
import { ROOT } from './helpers/paths';

describe('results directory', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-results-'));

  it('writes atomically: a concurrent reader sees the old or the new content, never a mix, and no temp file stays', () => {
    const file = path.join(dir, 'summary.json');
    const a = 'a'.repeat(1 << 20);
    const b = 'b'.repeat(1 << 20);
    writeFileAtomic(file, a);
    for (let i = 0; i < 20; i++) {
      writeFileAtomic(file, i % 2 ? a : b);
      const seen = fs.readFileSync(file, 'utf8');
      assert.ok(seen === a || seen === b);
    }
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), []);
  });

  it('a failed write leaves the previous file intact', () => {
    const file = path.join(dir, 'keep.json');
    writeFileAtomic(file, 'old');
    fs.mkdirSync(path.join(dir, 'blocker.json'));
    assert.throws(() => writeFileAtomic(path.join(dir, 'blocker.json'), 'x'));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'old');
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), []);
  });

  it('metrics readers skip a line cut by a crash', () => {
    const rows = parseMetrics('{"step":0,"loss":1}\n{"step":1,"loss":0.9}\n{"step":2,"lo');
    assert.deepStrictEqual(rows.map((r) => r.step), [0, 1]);
  });

  it('job ids round-trip run, sweep and seed', () => {
    assert.deepStrictEqual(parseJobId('lion__lr=0.0003__s2'), { id: 'lion__lr=0.0003__s2', run: 'lion', seed: 2, sweep: { key: 'lr', value: 0.0003 } });
    assert.deepStrictEqual(parseJobId('adamw__s0'), { id: 'adamw__s0', run: 'adamw', seed: 0 });
  });

  it('run directories are unique even when started in the same millisecond', () => {
    const t = new Date(2026, 0, 2, 3, 4, 5, 6);
    const a = createRunDir(dir, 'x y', t);
    const b = createRunDir(dir, 'x y', t);
    assert.notStrictEqual(a, b);
    assert.ok(path.basename(path.dirname(a)) === 'x_y');
  });

  it('CSV export has one row per step with LR columns per group', () => {
    const exp: LoadedExperiment = {
      dir, config: { name: 'n', task: { type: 'function2d', fn: 'beale' }, steps: 2, runs: [] },
      jobs: [{ key: { id: 'a__s0', run: 'a', seed: 0 }, rows: [
        { step: 0, loss: 1, lr: { muon: 0.02, adamw: 0.001 }, gradNorm: 1, updateRms: 0, tokens: 1, timeMs: 1 },
        { step: 1, loss: 0.5, lr: { muon: 0.02, adamw: 0.001 }, gradNorm: 1, updateRms: 0, tokens: 2, timeMs: 2, valLoss: 0.7 },
      ], qkclip: [] }],
    };
    const lines = metricsCsv(exp).trim().split('\n');
    assert.strictEqual(lines.length, 3);
    assert.ok(lines[0].endsWith('lr_adamw,lr_muon'));
    assert.ok(lines[2].startsWith('a,0,,,1,0.5,0.7,'));
  });

  it('the built-in quickstart equals examples/quickstart.optlab.json', () => {
    assert.strictEqual(fs.readFileSync(path.join(ROOT, 'examples', 'quickstart.optlab.json'), 'utf8'), DEFAULT_CONFIG_TEXT);
  });
});
