import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ExperimentConfig, TuneRange } from '../../src/core/config/types';
import { validateConfig } from '../../src/core/config/validate';
import type { JobResult, TrialRecord } from '../../src/core/events';
import { expandJobs } from '../../src/core/experiment';
import type { ResolvedTune } from '../../src/core/tuning';
import { applyValues, generateTrials, JobQueue, resolveOptimizer, selectTrial, trialRecord, tunablePaths, TUNE_CODES } from '../../src/core/tuning';
import { ROOT, readJson } from './helpers/paths';

const FIX = path.join(ROOT, 'test', 'fixtures', 'tuning');

function tune(space: Record<string, TuneRange>, extra: Partial<ResolvedTune> = {}): ResolvedTune {
  return { space, trials: 8, method: 'halton', seeds: [1000], select: 'final', ...extra };
}

function close(a: number, b: number, what: string): void {
  assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);
}

describe('tuning: trials (vs scipy.stats.qmc.Halton(scramble=False) and numpy grids, gen_tuning.py)', () => {
  it('halton trial i is the radical inverse of i in the d-th prime base, mapped by SPEC §10', () => {
    const cases = readJson<Array<{ space: Record<string, TuneRange>; trials: number; values: Record<string, number>[] }>>(path.join(FIX, 'halton.json'));
    let maxRel = 0;
    for (const c of cases) {
      const trials = generateTrials(tune(c.space, { trials: c.trials }));
      assert.strictEqual(trials.length, c.trials);
      trials.forEach((t, i) => {
        assert.strictEqual(t.index, i + 1);
        assert.deepStrictEqual(Object.keys(t.values), Object.keys(c.space), 'file order');
        for (const k of Object.keys(c.space)) {
          close(t.values[k], c.values[i][k], `trial ${i + 1} ${k}`);
          if (c.values[i][k] !== 0) maxRel = Math.max(maxRel, Math.abs(t.values[k] - c.values[i][k]) / Math.abs(c.values[i][k]));
        }
      });
    }
    assert.ok(maxRel < 1e-13, `max relative error ${maxRel}`);
  });

  it('grid: product in file order, last key fastest, gridPoints per range (log-spaced for log)', () => {
    const cases = readJson<Array<{ space: Record<string, TuneRange>; values: Record<string, number>[] }>>(path.join(FIX, 'grid.json'));
    for (const c of cases) {
      const trials = generateTrials(tune(c.space, { method: 'grid', trials: 1 }));
      assert.strictEqual(trials.length, c.values.length, 'trials is ignored by grid');
      trials.forEach((t, i) => {
        assert.strictEqual(t.index, i + 1);
        for (const k of Object.keys(c.space)) close(t.values[k], c.values[i][k], `grid point ${i + 1} ${k}`);
      });
    }
  });

  it('random: seeded by the first tuning seed, reproducible, inside the ranges', () => {
    const space: Record<string, TuneRange> = { lr: { log: [1e-4, 1e-1] }, wd: { values: [0, 0.1] } };
    const a = generateTrials(tune(space, { method: 'random', seeds: [7] }));
    const b = generateTrials(tune(space, { method: 'random', seeds: [7] }));
    const c = generateTrials(tune(space, { method: 'random', seeds: [8] }));
    assert.deepStrictEqual(a, b);
    assert.notDeepStrictEqual(a, c);
    for (const t of a) assert.ok(t.values.lr >= 1e-4 && t.values.lr <= 1e-1 && [0, 0.1].includes(t.values.wd));
  });

  it('option paths: betas[1] keeps the default β₁; group paths create the group; resolved options carry every default', () => {
    const opt = applyValues({ type: 'adamw', lr: 1e-3 }, { 'betas[1]': 0.95, lr: 0.01 });
    assert.deepStrictEqual(opt, { type: 'adamw', lr: 0.01, betas: [0.9, 0.95] });
    const hy = applyValues({ type: 'hybrid', adamw: { lr: 3e-3 } }, { 'muon.lr': 0.05 });
    assert.deepStrictEqual(hy, { type: 'hybrid', adamw: { lr: 3e-3 }, muon: { lr: 0.05, momentum: 0.95, nesterov: true, nsSteps: 5, nsCoefficients: [3.4445, -4.775, 2.0315], adjustLr: 'original', weightDecay: 0.01 } });
    assert.deepStrictEqual(resolveOptimizer({ type: 'adamw', lr: 0.02 }), { type: 'adamw', lr: 0.02, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0.01, amsgrad: false });
    assert.ok(tunablePaths('hybrid').includes('muon.lr') && tunablePaths('adamw').includes('betas[1]') && !tunablePaths('adamw').includes('betas[2]'));
  });
});

describe('tuning: selection (SPEC §10)', () => {
  const res = (over: Partial<JobResult>): JobResult => ({ job: { id: 'x', run: 'r', seed: 1000 }, status: 'done', stepsDone: 10, tokensPerSec: 0, stateBytes: 0, peakTensorBytes: 0, wallMs: 0, ...over });
  const rec = (index: number, results: Partial<JobResult>[], select: 'target' | 'final' | 'best' = 'target'): TrialRecord =>
    trialRecord({ index, values: { lr: index } }, results.map(res), select);

  it('target: fewest mean steps wins; non-reaching trials rank after, by final metric; diverged last', () => {
    const trials = [
      rec(1, [{ finalMetric: 0.1, stepsToTarget: undefined }]),
      rec(2, [{ finalMetric: 0.5, stepsToTarget: 80 }, { finalMetric: 0.5, stepsToTarget: 60 }]),
      rec(3, [{ finalMetric: 0.4, stepsToTarget: 50 }, { finalMetric: 0.4, stepsToTarget: 100 }]),
      rec(4, [{ status: 'diverged', finalMetric: 0.01, stepsToTarget: 5 }]),
    ];
    assert.strictEqual(trials[1].score, 70);
    assert.strictEqual(trials[3].diverged, true);
    assert.strictEqual(trials[3].score, null);
    assert.strictEqual(selectTrial(trials, 'target', 'valLoss')!.index, 2);
    assert.strictEqual(selectTrial([trials[0], trials[3]], 'target', 'valLoss')!.index, 1);
  });

  it('a trial reaches the target only if every tuning seed did', () => {
    const t = rec(1, [{ finalMetric: 0.3, stepsToTarget: 40 }, { finalMetric: 0.6 }]);
    assert.strictEqual(t.stepsToTarget, null);
    assert.strictEqual(t.score, null);
    assert.strictEqual(selectTrial([t, rec(2, [{ finalMetric: 0.9, stepsToTarget: 99 }, { finalMetric: 0.9, stepsToTarget: 99 }])], 'target', 'valLoss')!.index, 2);
  });

  it('final and best: lower wins for losses, higher for accuracy; ties go to the lower index', () => {
    const a = rec(1, [{ finalMetric: 0.5, bestMetric: 0.2 }], 'final');
    const b = rec(2, [{ finalMetric: 0.3, bestMetric: 0.25 }], 'final');
    const c = rec(3, [{ finalMetric: 0.3, bestMetric: 0.1 }], 'final');
    assert.strictEqual(selectTrial([a, b, c], 'final', 'loss')!.index, 2);
    assert.strictEqual(selectTrial([c, b, a], 'final', 'loss')!.index, 2, 'tie → lower index, whatever the order');
    assert.strictEqual(selectTrial([a, b, c], 'final', 'valAccuracy')!.index, 1);
    const best = [1, 2, 3].map((i) => rec(i, [{ finalMetric: [0.5, 0.3, 0.3][i - 1], bestMetric: [0.2, 0.25, 0.1][i - 1] }], 'best'));
    assert.strictEqual(selectTrial(best, 'best', 'loss')!.index, 3);
  });

  it('all diverged: the lowest index is chosen (nothing better exists)', () => {
    assert.strictEqual(selectTrial([rec(2, [{ status: 'diverged' }]), rec(1, [{ status: 'error' }])], 'final', 'loss')!.index, 1);
  });
});

const lines = (...l: string[]): string => l.join('\n') + '\n';
const MLP = '{ "type": "mlp", "dataset": "moons", "hidden": [8], "samples": 200 }';

function expectTune(text: string, code: string, line: number, token: string, what?: RegExp): void {
  const { problems } = validateConfig(text);
  const p = problems.find((q) => q.code === code && q.range.start.line === line && text.slice(q.range.startOffset, q.range.endOffset) === token);
  assert.ok(p, `no ${code} at line ${line} on ${token}; got:\n${problems.map((q) => `${q.code} ${q.range.start.line}:${q.range.start.character} ${text.slice(q.range.startOffset, q.range.endOffset)} ${q.message}`).join('\n')}`);
  if (what) assert.match(p.message, what);
}

function withTune(tuneLines: string[], run = '{ "name": "a", "optimizer": { "type": "adamw" } }', extra = ''): string {
  return lines('{', `  "name": "t", "task": ${MLP}, "steps": 10, "seeds": [0, 1],${extra}`, `  "runs": [${run}],`, '  "tune": {', ...tuneLines, '  }', '}');
}

describe('tuning: validation errors at the exact token', () => {
  it('a valid tune passes, top level and on a run', () => {
    const ok = validateConfig(withTune(['    "space": { "lr": { "log": [1e-4, 1e-1] }, "betas[1]": { "linear": [0.9, 0.999] }, "weightDecay": { "values": [0, 0.1] } },', '    "trials": 4, "method": "halton", "seeds": [1000], "select": "final"']));
    assert.deepStrictEqual(ok.problems.map((p) => p.message), []);
    const hybrid = validateConfig(withTune(['    "space": { "muon.lr": { "log": [1e-3, 0.1], "gridPoints": 3 } }, "method": "grid"'], '{ "name": "h", "optimizer": { "type": "hybrid" } }'));
    assert.deepStrictEqual(hybrid.problems.map((p) => p.message), []);
  });

  it('unknown path: at the key, naming the run and the tunable paths', () => {
    expectTune(withTune(['    "space": { "muon.lr": { "log": [1e-3, 0.1] } }']), TUNE_CODES.unknownPath, 4, '"muon.lr"', /not a numeric option of adamw \(run "a"; tunable: lr, betas\[0\], betas\[1\]/);
    expectTune(withTune(['    "space": { "betas[2]": { "linear": [0.9, 0.99] } }']), TUNE_CODES.unknownPath, 4, '"betas[2]"');
    expectTune(withTune(['    "space": { "amsgrad": { "values": [0, 1] } }']), TUNE_CODES.unknownPath, 4, '"amsgrad"');
  });

  it('empty range, lo ≥ hi, log of ≤ 0, empty values: at the range or the bound', () => {
    expectTune(withTune(['    "space": { "lr": { "log": [] } }']), TUNE_CODES.range, 4, '[]', /empty range/);
    expectTune(withTune(['    "space": { "lr": { "linear": [0.1, 0.01] } }']), TUNE_CODES.range, 4, '[0.1, 0.01]', /lo \(0\.1\) must be < hi \(0\.01\)/);
    expectTune(withTune(['    "space": { "lr": { "linear": [0.1, 0.1] } }']), TUNE_CODES.range, 4, '[0.1, 0.1]');
    expectTune(withTune(['    "space": { "lr": { "log": [0, 0.1] } }']), TUNE_CODES.range, 4, '0', /log range needs lo > 0/);
    expectTune(withTune(['    "space": { "lr": { "log": [-1, 0.1] } }']), TUNE_CODES.range, 4, '-1');
    expectTune(withTune(['    "space": { "weightDecay": { "values": [] } }']), TUNE_CODES.range, 4, '[]', /empty values list/);
    expectTune(withTune(['    "space": { "betas[1]": { "linear": [0.9, 1.0] } }']), TUNE_CODES.range, 4, '1.0', /must be < 1/);
  });

  it('tuning seeds that overlap the evaluation seeds: at the seed', () => {
    expectTune(withTune(['    "space": { "lr": { "log": [1e-4, 1e-1] } },', '    "seeds": [1000, 1]']), TUNE_CODES.seeds, 5, '1', /also an evaluation seed/);
  });

  it('a grid of more than 1,000 points: at "method"', () => {
    expectTune(withTune(['    "space": { "lr": { "log": [1e-4, 1e-1], "gridPoints": 40 }, "weightDecay": { "linear": [0, 0.1], "gridPoints": 30 } },', '    "method": "grid"']), TUNE_CODES.grid, 5, '"grid"', /1200 points/);
  });

  it('select "target" without a target; sweep and tune on one run', () => {
    expectTune(withTune(['    "space": { "lr": { "log": [1e-4, 1e-1] } }, "select": "target"']), TUNE_CODES.select, 4, '"target"');
    const text = lines('{', `  "name": "t", "task": ${MLP}, "steps": 10,`, '  "runs": [{ "name": "a", "optimizer": { "type": "sgd" }, "sweep": { "lr": [0.1] },', '    "tune": { "space": { "lr": { "log": [1e-3, 1] } } } }]', '}');
    expectTune(text, TUNE_CODES.sweepAndTune, 3, '"tune"');
  });
});

describe('tuning: jobs and queue', () => {
  const config: ExperimentConfig = {
    name: 'q', task: { type: 'mlp', dataset: 'moons', hidden: [8], samples: 200 }, steps: 10, seeds: [0, 1], target: { metric: 'valLoss', value: 0.1 },
    tune: { space: { lr: { log: [1e-3, 1] } }, trials: 3, seeds: [1000, 1001] },
    runs: [{ name: 'a', optimizer: { type: 'sgd', lr: 0.1 } }, { name: 'b', optimizer: { type: 'sgd', lr: 0.1 }, sweep: { lr: [0.1] } }],
  };

  it('trials first (trial × tuning seed), distinct job ids; a sweep run is not tuned by the top-level tune', () => {
    const jobs = expandJobs(config);
    const ids = jobs.map((j) => j.key.id);
    assert.deepStrictEqual(ids.slice(0, 6), ['a__trial1__s1000', 'a__trial1__s1001', 'a__trial2__s1000', 'a__trial2__s1001', 'a__trial3__s1000', 'a__trial3__s1001']);
    assert.strictEqual(new Set(ids).size, ids.length);
    assert.ok(!ids.some((id) => id.startsWith('b__trial')));
    assert.deepStrictEqual(jobs.slice(0, 6).map((j) => j.key.trial), [1, 1, 2, 2, 3, 3]);
  });

  it('holds a tuned run\'s evaluation jobs until its trials end, then releases them with the chosen values', () => {
    const jobs = expandJobs(config);
    const q = new JobQueue(config, jobs);
    const taken = [];
    for (let j = q.take(); j; j = q.take()) taken.push(j);
    assert.ok(taken.every((j) => j.key.run === 'b' || j.key.trial !== undefined), 'a\'s evaluation jobs are held');
    assert.ok(q.waiting);
    const steps: Record<number, number> = { 1: 9, 2: 4, 3: 4 };
    for (const j of taken.filter((x) => x.key.trial !== undefined)) {
      q.complete({ job: j.key, status: 'done', stepsDone: 10, tokensPerSec: 0, stateBytes: 0, peakTensorBytes: 0, wallMs: 0, finalMetric: 0.05, stepsToTarget: steps[j.key.trial!] });
    }
    assert.ok(!q.waiting);
    const released = [q.take()!, q.take()!];
    assert.deepStrictEqual(released.map((j) => j.key.id), ['a__s0', 'a__s1']);
    assert.strictEqual(q.chosenTrial('a')!.index, 2, 'tie between 2 and 3 → lower index');
    const lr2 = generateTrials({ space: config.tune!.space, trials: 3, method: 'halton', seeds: [1000], select: 'target' })[1].values.lr;
    assert.strictEqual(released[0].optimizer.lr, lr2);
  });
});

describe('tuning in worker threads', () => {
  const dist = path.join(__dirname, '..', 'dist');
  const text = (steps: number): string => JSON.stringify({
    name: 'tuned', task: { type: 'mlp', dataset: 'moons', hidden: [8], samples: 200 }, steps, seeds: [0, 1], evalEvery: 5,
    target: { metric: 'valLoss', value: 0.6 }, baseline: 'sgd',
    runs: [
      { name: 'sgd', optimizer: { type: 'sgd', lr: 0.1 } },
      { name: 'adam', optimizer: { type: 'adam' }, tune: { space: { lr: { log: [1e-3, 1e-1] } }, trials: 3, seeds: [1000] } },
    ],
  });

  it('runs trials, then the chosen values on the evaluation seeds; summary.json has tuning, optimizerResolved, vsBaseline', async () => {
    const { startExperiment } = await import('../../src/runner/experimentRunner');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-tune-'));
    const h = startExperiment({ configText: text(20), configPath: 't.optlab.json', workspaceRoot: root, backend: 'wasm', maxWorkers: 2, resultsDir: root, distDir: dist }, () => undefined);
    const s = await h.done;
    assert.strictEqual(s.jobs.length, 3 + 4);
    const adam = s.runs.find((r) => r.run === 'adam')!;
    assert.strictEqual(adam.tuning!.trials.length, 3);
    assert.ok(adam.tuning!.chosen);
    assert.deepStrictEqual(adam.seeds, [0, 1], 'compared on the evaluation seeds only');
    assert.strictEqual((adam.optimizerResolved as { lr: number }).lr, adam.tuning!.chosen!.values.lr);
    assert.deepStrictEqual((adam.optimizerResolved as { betas: number[] }).betas, [0.9, 0.999]);
    assert.ok(adam.vsBaseline && ['better', 'worse', 'indistinguishable'].includes(adam.vsBaseline.verdict));
    assert.strictEqual(adam.vsBaseline!.metric, 'valLoss');
    assert.ok(s.runs.find((r) => r.run === 'sgd')!.vsBaseline === undefined, 'the baseline has no vsBaseline');
    for (const j of s.jobs) assert.ok(fs.existsSync(path.join(h.dir, 'metrics', `${j.job.id}.jsonl`)), j.job.id);
    const onDisk = JSON.parse(fs.readFileSync(path.join(h.dir, 'summary.json'), 'utf8'));
    assert.deepStrictEqual(Object.keys(onDisk.runs[1].tuning.trials[0]).slice(0, 6), ['index', 'values', 'score', 'stepsToTarget', 'finalMetric', 'diverged']);
    const html = fs.readFileSync(path.join(h.dir, 'report.html'), 'utf8');
    assert.ok(html.includes('Tuning and LR sensitivity') && html.includes('id="sens-0"'), 'report has the sensitivity section');
    const data = JSON.parse(/<script id="data" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1].replace(/\\u003c/g, '<')) as { series: { label: string }[] };
    assert.ok(data.series.length === 4 && data.series.every((x) => !x.label.includes('trial')), 'loss curves are the evaluation runs only');
  });

  it('cancel mid-tuning keeps the finished trials (metrics and summary) and runs no evaluation job', async () => {
    const { startExperiment } = await import('../../src/runner/experimentRunner');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-tune-cancel-'));
    let ended = 0;
    const h = startExperiment({ configText: text(400), configPath: 't.optlab.json', workspaceRoot: root, backend: 'wasm', maxWorkers: 1, resultsDir: root, distDir: dist }, (e) => {
      if (e.kind === 'end' && e.job.trial !== undefined && e.result.status === 'done' && ++ended === 2) h.cancel();
    });
    const s = await h.done;
    assert.strictEqual(s.cancelled, true);
    const trials = s.jobs.filter((j) => j.job.trial !== undefined);
    assert.deepStrictEqual(trials.filter((j) => j.status === 'done').map((j) => j.job.id), ['adam__trial1__s1000', 'adam__trial2__s1000']);
    const adam = s.runs.find((r) => r.run === 'adam')!;
    assert.deepStrictEqual(adam.tuning!.trials.map((t) => t.index), [1, 2], 'finished trials are kept; the unstarted one is not a trial record');
    for (const id of ['adam__trial1__s1000', 'adam__trial2__s1000']) {
      assert.strictEqual(fs.readFileSync(path.join(h.dir, 'metrics', `${id}.jsonl`), 'utf8').trim().split('\n').length, 400);
    }
    assert.ok(s.jobs.filter((j) => j.job.run === 'adam' && j.job.trial === undefined).every((j) => j.status === 'cancelled' && j.stepsDone === 0));
  });
});

describe('tuning: sensitivity view data and the trials table', () => {
  it('one plot per tuned run and option: sorted points with a ±SD band over tuning seeds, diverged apart, chosen marked', async () => {
    const { sensitivityPlots } = await import('../../src/core/sensitivity');
    const { tuningText } = await import('../../src/core/report');
    const tr = (index: number, lr: number, perSeed: Array<number | null>, diverged = false): TrialRecord => ({
      index, values: { lr, 'betas[1]': 0.9 + index / 100 }, score: null, stepsToTarget: null, finalMetric: diverged ? null : (perSeed as number[]).reduce((a, b) => a + b, 0) / perSeed.length, diverged, perSeed,
    });
    const runs = [{
      run: 'adamw', optimizer: 'adamw', seeds: [0, 1], tokensPerSec: 0, stateBytes: 0, peakTensorBytes: 0, status: 'done' as const,
      tuning: {
        method: 'halton' as const, select: 'final' as const, seeds: [100, 101], scales: { lr: 'log' as const, 'betas[1]': 'linear' as const },
        trials: [tr(1, 0.01, [1.0, 1.2]), tr(2, 0.001, [2.0, 2.0]), tr(3, 0.1, [null, null], true)],
        chosen: { index: 1, values: { lr: 0.01, 'betas[1]': 0.91 } },
      },
    }];
    const plots = sensitivityPlots(runs);
    assert.deepStrictEqual(plots.map((p) => [p.run, p.key, p.log]), [['adamw', 'lr', true], ['adamw', 'betas[1]', false]]);
    assert.deepStrictEqual(plots[0].points.map((p) => p.x), [0.001, 0.01]);
    const p1 = plots[0].points[1];
    close(p1.mean, 1.1, 'mean');
    close(p1.hi - p1.mean, Math.SQRT1_2 * 0.2, 'sd of [1.0, 1.2]');
    assert.deepStrictEqual(plots[0].diverged, [{ index: 3, x: 0.1 }]);
    assert.deepStrictEqual(plots[0].chosen, { index: 1, x: 0.01, y: p1.mean });
    const text = tuningText({ name: 'x', startedAt: '', backend: 'wasm', steps: 1, runs, jobs: [], dir: '', cancelled: false });
    assert.match(text, /adamw: halton, 3 trials on tuning seeds 100, 101, select final → #1 \(lr=0\.01, betas\[1\]=0\.91\)/);
    assert.match(text, /\n\* 1 +0\.01 /);
    assert.match(text, /\n3 +0\.1 .* yes/);
  });
});
