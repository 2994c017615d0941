/**
 * The LR panel's d·lr of LR-free runs (src/host/lrEffective.ts): after a real `optlab run`, the prodigy run's
 * curve is the mean over its seeds of the logged MetricRow.effectiveLr, runs without it get none, and nothing is
 * attached without a finished experiment of that config.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { computeLrState, configNameOf } from '../../src/host/lrModel';
import { withEffectiveLr } from '../../src/host/lrEffective';
import { parseMetrics } from '../../src/core/results';
import { ROOT } from './helpers/paths';

const CONFIG = {
  name: 'lr-free-panel',
  task: { type: 'mlp', dataset: 'moons', samples: 200, hidden: [8], batchSize: 32 },
  steps: 24,
  seeds: [0, 1],
  evalEvery: 12,
  schedule: { type: 'warmup_cosine', warmupSteps: 4, minLrRatio: 0.1 },
  runs: [
    { name: 'prodigy', optimizer: { type: 'prodigy' } },
    { name: 'adamw', optimizer: { type: 'adamw', lr: 3e-3 } },
  ],
};

describe('LR panel: d·lr of LR-free runs from their finished experiment', () => {
  let dir: string;
  const text = JSON.stringify(CONFIG, null, 2);

  before(function () {
    this.timeout(120000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-lreff-'));
    const file = path.join(dir, 'c.optlab.json');
    fs.writeFileSync(file, text);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'run', file, '--out', path.join(dir, 'results'), '--workers', '1'], { encoding: 'utf8', cwd: ROOT });
    assert.strictEqual(r.status, 0, r.stderr);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('draws the mean over seeds of the logged d·lr for prodigy, nothing for adamw', async () => {
    const state = await withEffectiveLr(computeLrState(text, 'c.optlab.json'), configNameOf(text), path.join(dir, 'results'));
    const prodigy = state.runs.find((r) => r.run === 'prodigy');
    const adamw = state.runs.find((r) => r.run === 'adamw');
    assert.ok(prodigy?.effective && adamw);
    assert.strictEqual(adamw.effective, undefined);
    assert.strictEqual(prodigy.effective.length, 1);
    const e = prodigy.effective[0];
    assert.strictEqual(e.group, 'default');
    assert.strictEqual(e.seeds, 2);
    // The logged values, read straight from the metrics files.
    const expDir = path.join(dir, 'results', 'lr-free-panel', e.startedAt);
    const logged = [0, 1].map((s) => parseMetrics(fs.readFileSync(path.join(expDir, 'metrics', `prodigy__s${s}.jsonl`), 'utf8')));
    assert.deepStrictEqual(e.steps, logged[0].map((r) => r.step));
    e.steps.forEach((step, k) => {
      const vals = logged.map((rows) => rows.find((r) => r.step === step)?.effectiveLr?.default as number);
      assert.ok(Math.abs(e.values[k] - (vals[0] + vals[1]) / 2) <= 1e-12 * Math.abs(e.values[k]), `step ${step}`);
    });
    // d starts at d0 = 1e-6 and grows: the applied step size is neither the multiplier 1 nor constant.
    assert.ok(e.values[0] < 1e-4, `first d·lr ${e.values[0]}`);
    assert.ok(Math.max(...e.values) > 10 * e.values[0], 'd grows');
    const sched = prodigy.groups[0];
    assert.ok(Math.max(...sched.lr) > 0.5, 'the schedule curve stays the multiplier × λ');
  });

  it('attaches nothing without a finished experiment of that config name', async () => {
    const other = text.replace('"lr-free-panel"', '"never-run"');
    const s1 = await withEffectiveLr(computeLrState(other), configNameOf(other), path.join(dir, 'results'));
    assert.ok(s1.runs.length === 2 && s1.runs.every((r) => r.effective === undefined));
    const s2 = await withEffectiveLr(computeLrState(text), configNameOf(text), path.join(dir, 'nowhere'));
    assert.ok(s2.runs.every((r) => r.effective === undefined));
    // An experiment still running (no summary yet) is not read.
    const expRoot = path.join(dir, 'results', 'lr-free-panel');
    const stamp = fs.readdirSync(expRoot)[0];
    fs.renameSync(path.join(expRoot, stamp, 'summary.json'), path.join(expRoot, stamp, 'summary.json.bak'));
    try {
      const s3 = await withEffectiveLr(computeLrState(text), configNameOf(text), path.join(dir, 'results'));
      assert.ok(s3.runs.every((r) => r.effective === undefined));
    } finally {
      fs.renameSync(path.join(expRoot, stamp, 'summary.json.bak'), path.join(expRoot, stamp, 'summary.json'));
    }
  });
});
