import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import { trainJob } from '../../src/core/trainer';
import type { JobSpec } from '../../src/core/trainer';
import type { MetricRow, TrainerEvent } from '../../src/core/events';
import type { TaskConfig } from '../../src/core/config/types';
import type { OptimizerConfig } from '../../src/core/optimizers/types';
import { OPTIMIZER_TYPES, MUON_TYPES, createOptimizer } from '../../src/core/optimizers/registry';
import { createTask } from '../../src/core/tasks';

function spec(task: TaskConfig, optimizer: OptimizerConfig, steps: number, extra: Partial<JobSpec> = {}): JobSpec {
  return { key: { id: 'j', run: 'r', seed: 0 }, task, optimizer, steps, evalEvery: Math.max(1, Math.floor(steps / 2)), ...extra };
}

async function run(s: JobSpec, cancelAt?: number): Promise<{ rows: MetricRow[]; events: TrainerEvent[]; result: Awaited<ReturnType<typeof trainJob>> }> {
  const rows: MetricRow[] = [];
  const events: TrainerEvent[] = [];
  let seen = 0;
  const result = await trainJob(s, {
    emit: (e) => {
      events.push(e);
      if (e.kind === 'metrics') rows.push(...e.rows);
    },
    isCancelled: () => cancelAt !== undefined && seen++ >= cancelAt,
    flushMs: 0,
  });
  return { rows, events, result };
}

const MLP: TaskConfig = { type: 'mlp', dataset: 'moons', samples: 300, hidden: [16], batchSize: 32 };

/** Sensible learning rates per optimizer for the sweep over tasks (defaults elsewhere). */
const LR: Record<string, number> = {
  sgd: 0.05, bgd: 0.05, momentum: 0.02, nag: 0.02, adagrad: 0.05, adadelta: 1, rmsprop: 1e-3, adam: 3e-3, adamw: 3e-3,
  adamax: 3e-3, nadam: 3e-3, lion: 3e-4, sophia: 3e-4, muon: 0.02, muonclip: 0.02,
  adopt: 3e-3, ademamix: 1e-3, cautious_adamw: 3e-3, cautious_lion: 3e-4, laprop: 1e-3, adan: 3e-3, mars: 3e-3, schedule_free_adamw: 3e-3, schedule_free_sgd: 0.05,
};
// LR-free types (prodigy, dadapt_adam) run at their default multiplier 1.

describe('trainer', () => {
  before(async () => {
    await initBackend('wasm');
  });

  it('is deterministic: two runs with the same seed give identical curves', async () => {
    const a = await run(spec(MLP, { type: 'adamw', lr: 3e-3 }, 30));
    const b = await run(spec(MLP, { type: 'adamw', lr: 3e-3 }, 30));
    assert.strictEqual(a.result.status, 'done');
    assert.deepStrictEqual(a.rows.map((r) => r.loss), b.rows.map((r) => r.loss));
    assert.deepStrictEqual(a.rows.map((r) => r.valLoss), b.rows.map((r) => r.valLoss));
    const c = await run(spec(MLP, { type: 'adamw', lr: 3e-3 }, 30, { key: { id: 'j', run: 'r', seed: 1 } }));
    assert.notDeepStrictEqual(a.rows.map((r) => r.loss), c.rows.map((r) => r.loss), 'another seed must give another curve');
  });

  it("the untimed warm-up trains a throwaway copy: the job's losses are those of a fresh task and optimizer", async () => {
    // The same steps done by hand on a fresh task and optimizer (no warm-up): a warm-up that touched the job's
    // own weights, optimizer state or batch order would show here.
    const steps = 12;
    const task = createTask(MLP, 0);
    const opt = createOptimizer(task.params, { type: 'adamw', lr: 3e-3 });
    const byHand: number[] = [];
    for (let t = 0; t < steps; t++) {
      const batch = task.nextBatch(t);
      const { value, grads } = tf.variableGrads(() => task.loss(batch), task.params.map((p) => p.variable));
      byHand.push((await value.data())[0]);
      const named = Object.fromEntries(task.params.map((p) => [p.name, grads[p.variable.name]]));
      opt.step(named, 1);
      tf.dispose([value, ...Object.values(grads)]);
    }
    opt.dispose();
    task.dispose();
    const { rows } = await run(spec(MLP, { type: 'adamw', lr: 3e-3 }, steps));
    assert.deepStrictEqual(rows.map((r) => r.loss), byHand);
  });

  it('stops a diverging run, records the step and keeps what it logged', async () => {
    const { rows, result } = await run(spec({ type: 'function2d', fn: 'quadratic', condition: 100 }, { type: 'sgd', lr: 0.05 }, 200));
    assert.strictEqual(result.status, 'diverged');
    assert.ok(result.divergedAt !== undefined && result.divergedAt > 0 && result.divergedAt < 200);
    assert.strictEqual(rows.length, result.divergedAt);
    assert.match(result.message ?? '', /exceeded 10× the initial|became/);
  });

  it('reports the judged metric (final, best) and the training time to the target without evaluation', async () => {
    const { rows, result } = await run(spec(MLP, { type: 'adamw', lr: 1e-2 }, 40, { evalEvery: 5, target: { metric: 'valLoss', value: 0.6 } }));
    const vals = rows.filter((r) => r.valLoss !== undefined).map((r) => r.valLoss as number);
    assert.strictEqual(result.finalMetric, vals[vals.length - 1]);
    assert.strictEqual(result.finalValLoss, vals[vals.length - 1]);
    assert.strictEqual(result.bestMetric, Math.min(...vals));
    assert.ok(result.stepsToTarget !== undefined, 'the target is reached');
    const reachedRow = rows.find((r) => r.step === result.stepsToTarget! - 1)!;
    assert.ok(result.timeToTargetMs! > 0 && result.timeToTargetMs! < reachedRow.timeMs, `${result.timeToTargetMs} vs row time ${reachedRow.timeMs}`);
    const noTarget = await run(spec(MLP, { type: 'adamw', lr: 1e-2 }, 12));
    assert.strictEqual(noTarget.result.finalMetric, noTarget.rows[noTarget.rows.length - 1].loss, 'training loss without a target');
    assert.strictEqual(noTarget.result.bestMetric, Math.min(...noTarget.rows.map((r) => r.loss)));
    assert.strictEqual(noTarget.result.timeToTargetMs, undefined);
  });

  it('cancels within one step and keeps the partial log', async () => {
    const { rows, result } = await run(spec(MLP, { type: 'sgd', lr: 0.1 }, 500), 7);
    assert.strictEqual(result.status, 'cancelled');
    assert.strictEqual(result.stepsDone, 7);
    assert.strictEqual(rows.length, 7);
  });

  it('does not leak tensors across a job', async () => {
    const before = tf.memory().numTensors;
    await run(spec(MLP, { type: 'sophia', lr: 1e-3, hessianInterval: 2 }, 6));
    await run(spec({ type: 'matrix', problem: 'lowrank', rows: 16, cols: 8, rank: 2 }, { type: 'hybrid' }, 4));
    assert.strictEqual(tf.memory().numTensors, before);
  });

  it('logs LR per group, grad norm, update RMS, tokens and eval metrics', async () => {
    const { rows, events, result } = await run(spec(MLP, { type: 'hybrid', muon: { lr: 0.02 }, adamw: { lr: 1e-3 } }, 10, { schedule: { type: 'linear', warmupSteps: 2 } }));
    const start = events.find((e) => e.kind === 'start');
    assert.ok(start && start.kind === 'start');
    assert.deepStrictEqual(start.groups.map((g) => g.name).sort(), ['adamw', 'muon']);
    assert.strictEqual(rows[0].lr.muon, 0);
    assert.ok(Math.abs(rows[1].lr.muon - 0.01) < 1e-12 && Math.abs(rows[1].lr.adamw - 5e-4) < 1e-12);
    assert.ok(rows.every((r) => r.gradNorm > 0 && Number.isFinite(r.updateRms)));
    assert.ok(rows[1].updateRms > 0);
    assert.ok(rows[9].valLoss !== undefined && rows[9].valAccuracy !== undefined);
    assert.ok(result.stateBytes > 0 && result.tokensPerSec > 0);
  });

  it('logs the effective LR d·lr of LR-free optimizers per step (lr stays the multiplier)', async () => {
    for (const type of ['prodigy', 'dadapt_adam']) {
      const { rows } = await run(spec(MLP, { type, lr: 0.5 }, 8));
      assert.ok(rows.every((r) => r.lr.default === 0.5), `${type}: lr is the multiplier`);
      const eff = rows.map((r) => r.effectiveLr?.default as number);
      assert.strictEqual(eff[0], 0.5e-6, `${type}: first step uses d0·lr`);
      assert.ok(eff.every((v, i) => Number.isFinite(v) && (i === 0 || v >= eff[i - 1])), `${type}: ${eff.join(', ')}`);
      assert.ok(eff[7] > eff[0], `${type}: d did not grow: ${eff.join(', ')}`);
    }
    const { rows } = await run(spec(MLP, { type: 'adam', lr: 1e-3 }, 2));
    assert.ok(rows.every((r) => r.effectiveLr === undefined), 'only LR-free optimizers log it');
  });

  it('PyTorch schedules: the logged LR is torch\'s (absolute etaMin), and a cycled momentum changes the run', async () => {
    const cos = await run(spec(MLP, { type: 'momentum', lr: 0.05 }, 12, { schedule: { type: 'cosine_annealing', tMax: 4, etaMin: 0.01 } }));
    assert.strictEqual(cos.result.status, 'done');
    assert.strictEqual(cos.rows[0].lr.default, 0.05);
    assert.ok(Math.abs(cos.rows[4].lr.default - 0.01) < 1e-15, `${cos.rows[4].lr.default}`);
    const on = await run(spec(MLP, { type: 'adam', lr: 3e-3 }, 10, { schedule: { type: 'onecycle' } }));
    const off = await run(spec(MLP, { type: 'adam', lr: 3e-3 }, 10, { schedule: { type: 'onecycle', cycleMomentum: false } }));
    assert.strictEqual(on.result.status, 'done');
    assert.deepStrictEqual(on.rows.map((r) => r.lr.default), off.rows.map((r) => r.lr.default));
    assert.notStrictEqual(on.rows[9].loss, off.rows[9].loss, 'β₁ follows the cycle');
    const bad = await run(spec(MLP, { type: 'adagrad', lr: 0.05 }, 3, { schedule: { type: 'onecycle' } }));
    assert.strictEqual(bad.result.status, 'error');
    assert.match(bad.result.message ?? '', /adagrad does not follow/);
  });

  it('schedule-free: evaluating at x every step and switching back to y leaves the training run unchanged', async () => {
    const opt: OptimizerConfig = { type: 'schedule_free_adamw', lr: 3e-3, warmupSteps: 3 };
    const every = await run(spec(MLP, opt, 8, { evalEvery: 1 }));
    const once = await run(spec(MLP, opt, 8, { evalEvery: 8 }));
    assert.strictEqual(every.result.status, 'done', every.result.message);
    assert.strictEqual(once.result.status, 'done', once.result.message);
    // The x ↔ y round trip rounds (≤ 1 ulp per switch): the losses agree far inside 1e-5.
    every.rows.forEach((r, t) => assert.ok(Math.abs(r.loss - once.rows[t].loss) <= 1e-5 * Math.abs(once.rows[t].loss), `step ${t}: ${r.loss} vs ${once.rows[t].loss}`));
    assert.ok(every.rows.every((r) => r.valLoss !== undefined));
    assert.ok(Math.abs((every.rows[7].valLoss as number) - (once.rows[7].valLoss as number)) <= 1e-5);
  });

  describe('every task trains with every optimizer without NaN', () => {
    const tasks: TaskConfig[] = [
      { type: 'function2d', fn: 'rosenbrock' },
      { type: 'matrix', problem: 'regression', rows: 16, cols: 8 },
      MLP,
      { type: 'char_lm', layers: 1, dModel: 16, heads: 2, context: 8, batchSize: 4 },
    ];
    for (const task of tasks) {
      for (const type of OPTIMIZER_TYPES) {
        if (task.type === 'function2d' && MUON_TYPES.includes(type)) continue;
        if (type === 'muonclip' && task.type !== 'char_lm') continue;
        it(`${task.type} × ${type}`, async () => {
          const lr = task.type === 'function2d' ? Math.min(LR[type] ?? 1e-4, 1e-4) : LR[type];
          const opt: OptimizerConfig = type === 'hybrid' ? { type } : { type, ...(lr !== undefined ? { lr } : {}) };
          const { rows, result } = await run(spec(task, opt, type === 'bgd' && task.type === 'char_lm' ? 2 : 6));
          assert.strictEqual(result.status, 'done', result.message);
          assert.ok(rows.every((r) => Number.isFinite(r.loss)));
        });
      }
    }
  });
});

describe('experiment in worker threads', () => {
  const dist = path.join(__dirname, '..', 'dist');
  it('runs runs × seeds in workers, writes metrics, summary and a standalone report', async () => {
    const { startExperiment } = await import('../../src/runner/experimentRunner');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-exp-'));
    const text = JSON.stringify({
      name: 'pool test',
      task: MLP,
      steps: 20,
      seeds: [0, 1],
      evalEvery: 10,
      target: { metric: 'valLoss', value: 5 },
      baseline: 'sgd',
      runs: [
        { name: 'sgd', optimizer: { type: 'sgd', lr: 0.1 } },
        { name: 'adam', optimizer: { type: 'adam', lr: 0.003 }, sweep: { lr: [0.001, 0.01] } },
      ],
    });
    const events: string[] = [];
    const h = startExperiment({ configText: text, configPath: 'x.optlab.json', workspaceRoot: root, backend: 'wasm', maxWorkers: 2, resultsDir: path.join(root, 'runs'), distDir: dist }, (e) => events.push(e.kind));
    const summary = await h.done;
    assert.strictEqual(summary.jobs.length, 6);
    assert.ok(summary.jobs.every((j) => j.status === 'done'), JSON.stringify(summary.jobs.map((j) => j.message)));
    assert.deepStrictEqual(summary.runs.map((r) => r.run), ['sgd', 'adam']);
    assert.ok(summary.runs[1].sweepChoice && [0.001, 0.01].includes(summary.runs[1].sweepChoice.value));
    assert.strictEqual(summary.runs[0].speedup, 1);
    for (const j of summary.jobs) {
      const lines = fs.readFileSync(path.join(h.dir, 'metrics', `${j.job.id}.jsonl`), 'utf8').trim().split('\n');
      assert.strictEqual(lines.length, 20);
    }
    const html = fs.readFileSync(path.join(h.dir, 'report.html'), 'utf8');
    assert.ok(html.includes('new Chart(') && !/src="http/.test(html), 'report must inline chart.js');
    assert.ok(fs.readdirSync(h.dir).every((f) => !f.endsWith('.tmp')));
    assert.ok(events.includes('experiment-start') && events.includes('experiment-end'));
  });

  it('cancel keeps partial results and still writes the summary', async () => {
    const { startExperiment } = await import('../../src/runner/experimentRunner');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-cancel-'));
    const text = JSON.stringify({ name: 'c', task: MLP, steps: 5000, runs: [{ name: 'sgd', optimizer: { type: 'sgd', lr: 0.1 } }, { name: 'b', optimizer: { type: 'sgd', lr: 0.1 } }] });
    let rowsSeen = 0;
    const h = startExperiment({ configText: text, configPath: 'c.optlab.json', workspaceRoot: root, backend: 'wasm', maxWorkers: 1, resultsDir: root, distDir: dist }, (e) => {
      if (e.kind === 'metrics') {
        rowsSeen += e.rows.length;
        if (rowsSeen >= 20) h.cancel();
      }
    });
    const summary = await h.done;
    assert.strictEqual(summary.cancelled, true);
    assert.strictEqual(summary.jobs[0].status, 'cancelled');
    assert.ok(summary.jobs[0].stepsDone >= 20 && summary.jobs[0].stepsDone < 5000);
    assert.strictEqual(summary.jobs[1].status, 'cancelled');
    const kept = fs.readFileSync(path.join(h.dir, 'metrics', `${summary.jobs[0].job.id}.jsonl`), 'utf8').trim().split('\n');
    assert.strictEqual(kept.length, summary.jobs[0].stepsDone);
    assert.ok(fs.existsSync(path.join(h.dir, 'summary.json')));
  });
});
