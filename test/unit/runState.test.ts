import * as assert from 'assert';
import { RunState } from '../../src/host/runState';
import { loadConfig } from '../../src/runner/experimentRunner';
import type { ExperimentEvent } from '../../src/runner/experimentRunner';
import { expandJobs } from '../../src/core/experiment';
import type { ExperimentSummary, JobKey, JobResult, MetricRow } from '../../src/core/events';

const CONFIG = `{
  "name": "pair",
  "task": { "type": "char_lm", "layers": 1, "dModel": 16, "heads": 2, "context": 8, "batchSize": 4 },
  "steps": 4,
  "seeds": [0],
  "target": { "metric": "valLoss", "value": 1.8 },
  "baseline": "adamw",
  "runs": [
    { "name": "adamw", "optimizer": { "type": "adamw", "lr": 3e-3 } },
    { "name": "fast", "optimizer": { "type": "lion", "lr": 1e-4 } }
  ]
}`;

const config = loadConfig(CONFIG, '/ws/pair.optlab.json', '/ws');
const jobs: JobKey[] = expandJobs(config).map((j) => j.key);
const [adamw, lion] = jobs;
const row = (step: number, loss: number): MetricRow => ({ step, loss, lr: { all: 1e-3 }, gradNorm: 1, updateRms: 0.01, tokens: 32 * (step + 1), timeMs: 5 * step });
const result = (job: JobKey, status: JobResult['status'], stepsDone: number): JobResult => ({
  job, status, stepsDone, tokensPerSec: 1000, stateBytes: 64, peakTensorBytes: 256, wallMs: 20,
});
const START: ExperimentEvent = { kind: 'experiment-start', dir: '/ws/.optlab/runs/pair/t0', jobs, backend: 'cpu', config };
const clock = (): Date => new Date('2026-01-02T03:04:05.000Z');

describe('runState: the pure reducer behind the comparison and the progress notification', () => {
  it('experiment-start sets up one running, empty series per job and the step total; nothing is queued', () => {
    const s = new RunState(clock);
    assert.strictEqual(s.apply(START), false);
    assert.deepStrictEqual(s.experiment, {
      name: 'pair', dir: '/ws/.optlab/runs/pair/t0', startedAt: '2026-01-02T03:04:05.000Z', backend: 'cpu', steps: 4,
      target: { metric: 'valLoss', value: 1.8 }, baseline: 'adamw', task: config.task,
    });
    assert.deepStrictEqual([...s.jobs.keys()], ['adamw__s0', 'fast__s0']);
    assert.deepStrictEqual([...s.jobs.values()].map((j) => [j.status, j.optimizer, j.rows.length]), [['running', 'adamw', 0], ['running', 'lion', 0]]);
    assert.deepStrictEqual(s.progress(), { doneSteps: 0, totalSteps: 8, fraction: 0, trialJobs: 0, trialsEnded: 0 });
    assert.strictEqual(s.hasPending, false);
  });

  it('folds start, metrics, qkclip, end and experiment-end into series, deltas and progress', () => {
    const s = new RunState(clock);
    s.apply(START);
    assert.strictEqual(s.apply({ kind: 'start', job: adamw, backend: 'wasm', groups: [], paramCount: 10, steps: 4 }), true);
    assert.strictEqual(s.experiment?.backend, 'wasm');
    s.apply({ kind: 'metrics', job: adamw, rows: [row(0, 3), row(1, 2.5)] });
    s.apply({ kind: 'metrics', job: lion, rows: [row(0, 3.1)] });
    // A resent step does not count twice towards progress.
    s.apply({ kind: 'metrics', job: lion, rows: [row(0, 3.1)] });
    const clip = { step: 1, layer: 0, head: 1, maxLogit: 120, eta: 0.8 };
    s.apply({ kind: 'qkclip', job: adamw, events: [clip] });
    s.apply({ kind: 'qkclip', job: adamw, events: [clip] });
    assert.deepStrictEqual(s.progress(), { doneSteps: 3, totalSteps: 8, fraction: 3 / 8, trialJobs: 0, trialsEnded: 0 });
    assert.deepStrictEqual(s.jobs.get(adamw.id)?.rows.map((r) => r.loss), [3, 2.5]);
    assert.strictEqual(s.jobs.get(adamw.id)?.qkclip.length, 2);

    const first = s.takeDelta(true);
    assert.strictEqual(first.running, true);
    assert.strictEqual(first.summary, undefined);
    assert.deepStrictEqual(first.jobs.map((d) => [d.key.id, d.status, d.rows.map((r) => r.step), d.qkclip?.length]), [
      ['adamw__s0', 'running', [0, 1], 2],
      ['fast__s0', undefined, [0, 0], undefined],
    ]);
    assert.strictEqual(s.hasPending, false);
    assert.deepStrictEqual(s.takeDelta(true).jobs, [], 'a taken delta is not sent again');

    s.apply({ kind: 'metrics', job: adamw, rows: [row(2, 2.2), row(3, 2)] });
    s.apply({ kind: 'end', job: adamw, result: result(adamw, 'done', 4) });
    s.apply({ kind: 'metrics', job: lion, rows: [row(1, 9e9)] });
    s.apply({ kind: 'end', job: lion, result: { ...result(lion, 'diverged', 2), divergedAt: 1 } });
    assert.deepStrictEqual([...s.jobs.values()].map((j) => [j.status, j.result?.stepsDone, j.rows.length]), [['done', 4, 4], ['diverged', 2, 3]]);
    assert.deepStrictEqual(s.progress(), { doneSteps: 6, totalSteps: 8, fraction: 6 / 8, trialJobs: 0, trialsEnded: 0 });

    const summary: ExperimentSummary = {
      name: 'pair', startedAt: '2026-01-02T03:04:05.000Z', backend: 'wasm', steps: 4, runs: [],
      jobs: [result(adamw, 'done', 4), result(lion, 'diverged', 2)], dir: '/ws/.optlab/runs/pair/t0', cancelled: false,
    };
    assert.strictEqual(s.apply({ kind: 'experiment-end', summary }), true);
    assert.strictEqual(s.summary, summary);
    const last = s.takeDelta(false);
    assert.strictEqual(last.running, false);
    assert.strictEqual(last.summary, summary);
    assert.deepStrictEqual(last.jobs.map((d) => [d.key.id, d.status, d.rows.map((r) => r.step)]), [['adamw__s0', 'done', [2, 3]], ['fast__s0', 'diverged', [1]]]);
  });

  it('progress never passes 1, and a new experiment starts the counters over', () => {
    const s = new RunState(clock);
    s.apply(START);
    s.apply({ kind: 'metrics', job: adamw, rows: [row(9, 1)] });
    assert.strictEqual(s.progress().fraction, 1);
    s.apply(START);
    assert.deepStrictEqual(s.progress(), { doneSteps: 0, totalSteps: 8, fraction: 0, trialJobs: 0, trialsEnded: 0 });
    assert.deepStrictEqual([...s.jobs.values()].map((j) => j.rows.length), [0, 0]);
  });

  it('counts ended tuning trial jobs', () => {
    const s = new RunState(clock);
    const trials: JobKey[] = [1, 2, 3].map((t) => ({ id: `adamw__t${t}__s0`, run: 'adamw', seed: 0, trial: t }));
    s.apply({ kind: 'experiment-start', dir: '/ws/.optlab/runs/pair/t1', jobs: [...trials, adamw], backend: 'cpu', config });
    s.apply({ kind: 'end', job: trials[0], result: result(trials[0], 'done', 4) });
    assert.deepStrictEqual(s.progress(), { doneSteps: 0, totalSteps: 16, fraction: 0, trialJobs: 3, trialsEnded: 1 });
  });

  it('events of jobs it does not know only queue deltas (the state is never corrupted)', () => {
    const s = new RunState(clock);
    const ghost: JobKey = { id: 'ghost__s0', run: 'ghost', seed: 0 };
    s.apply({ kind: 'metrics', job: ghost, rows: [row(0, 1)] });
    assert.strictEqual(s.jobs.size, 0);
    assert.strictEqual(s.experiment, undefined);
    assert.deepStrictEqual(s.takeDelta(false).jobs.map((d) => d.key.id), ['ghost__s0']);
  });
});
