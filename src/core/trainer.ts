/**
 * One training job = (run, seed, sweep value): builds the task and the optimizer, runs the loop with the
 * scheduled LR per group, evaluates, detects divergence, honours cancellation within one step, and reports
 * everything as TrainerEvents. Deterministic for a given seed and backend.
 *
 * Sophia's Hessian estimate ĥ (on its refresh steps, after the update): Gauss–Newton–Bartlett (B·ĝ⊙ĝ with ĝ
 * the gradient of the loss on labels sampled from the model) for tasks that have `sampledLoss`
 * (classifiers, LMs); otherwise Hutchinson, max(0, u⊙(Hu)) with a Rademacher u, where Hu is a central difference of
 * gradients (exact for quadratics, O(ε²) otherwise) — chosen over second-order autodiff so that every task
 * op needs only first-order gradients on every backend.
 */
import { tf } from './tf';
import { StepStats } from './stepStats';
import { createOptimizer } from './optimizers/registry';
import type { Optimizer, OptimizerConfig, QkClipEvent, QkStat, TensorMap } from './optimizers/types';
import { buildSchedule } from './schedules';
import { cycledMomentumProblem } from './optimizers/momentumCycling';
import type { ScheduleConfig, TargetConfig, TaskConfig } from './config/types';
import { createTask } from './tasks/index';
import type { Task, TaskEval } from './tasks/types';
import type { JobKey, JobResult, MetricRow, TrainerEvent } from './events';
import { activeBackend } from './backend';
import { Prng } from './tasks/prng';

export interface JobSpec {
  key: JobKey;
  task: TaskConfig;
  optimizer: OptimizerConfig;
  schedule?: ScheduleConfig;
  steps: number;
  evalEvery: number;
  target?: TargetConfig;
  workspaceRoot?: string;
  /** Muon family: capture each hidden matrix's NS input every K steps (0/undefined = off). */
  snapshotEvery?: number;
}

export interface TrainerHooks {
  emit(e: TrainerEvent): void;
  /** Polled once per step. */
  isCancelled(): boolean;
  /** Receives snapshot matrices (Muon NS inputs); returns the file it wrote, relative to the run dir. */
  snapshot?(step: number, param: string, shape: number[], values: Float32Array): string | undefined;
  /** Minimum interval between metric events (default 100 ms: ≤ 10 updates/s). */
  flushMs?: number;
  /** Injectable clock for tests. */
  now?(): number;
}

/** Loss above this multiple of the first step's loss counts as divergence (SPEC §6). */
const DIVERGENCE_FACTOR = 10;

const HUTCHINSON_EPS = 1e-3;

function metricReached(target: TargetConfig, row: MetricRow): boolean {
  const v = target.metric === 'loss' ? row.loss : row[target.metric];
  if (v === undefined || !Number.isFinite(v)) return false;
  return target.metric === 'valAccuracy' ? v >= target.value : v <= target.value;
}

/** Gradients of `lossFn` keyed by parameter name; the returned loss and grads belong to the caller. */
function gradsByName(task: Task, lossFn: () => tf.Scalar): { loss: tf.Scalar; grads: TensorMap } {
  const vars = task.params.map((p) => p.variable);
  const { value, grads } = tf.variableGrads(lossFn, vars);
  const byName: TensorMap = {};
  for (const p of task.params) {
    const g = grads[p.variable.name];
    byName[p.name] = g ?? tf.zerosLike(p.variable);
  }
  return { loss: value, grads: byName };
}

function hessianEstimate(task: Task, batch: ReturnType<Task['nextBatch']>, seed: number): TensorMap {
  if (task.sampledLoss) {
    const { loss, grads } = gradsByName(task, () => task.sampledLoss!(batch, seed));
    loss.dispose();
    const out: TensorMap = {};
    for (const [name, g] of Object.entries(grads)) {
      out[name] = tf.tidy(() => tf.mul(tf.mul(g, g), task.batchSize));
      g.dispose();
    }
    return out;
  }
  // Hutchinson with a central difference of gradients along a Rademacher direction u.
  const rng = new Prng(seed);
  const dirs: TensorMap = {};
  const saved: TensorMap = {};
  for (const p of task.params) {
    const u = new Float32Array(p.variable.size);
    for (let i = 0; i < u.length; i++) u[i] = rng.next() < 0.5 ? -1 : 1;
    dirs[p.name] = tf.tensor(u, p.variable.shape);
    saved[p.name] = tf.clone(p.variable);
  }
  const at = (sign: number): TensorMap => {
    for (const p of task.params) p.variable.assign(tf.tidy(() => tf.add(saved[p.name], tf.mul(dirs[p.name], sign * HUTCHINSON_EPS))));
    const { loss, grads } = gradsByName(task, () => task.loss(batch));
    loss.dispose();
    return grads;
  };
  const gPlus = at(1);
  const gMinus = at(-1);
  const out: TensorMap = {};
  for (const p of task.params) {
    p.variable.assign(saved[p.name]);
    // Clipped at 0 like SophiaH: a negative curvature estimate would flip the sign of Sophia's step.
    out[p.name] = tf.tidy(() => tf.relu(tf.mul(dirs[p.name], tf.div(tf.sub(gPlus[p.name], gMinus[p.name]), 2 * HUTCHINSON_EPS))));
  }
  tf.dispose([...Object.values(gPlus), ...Object.values(gMinus), ...Object.values(dirs), ...Object.values(saved)]);
  return out;
}

function finite(x: number | undefined): number | undefined {
  return x !== undefined && Number.isFinite(x) ? x : undefined;
}

function initialResult(job: JobKey): JobResult {
  return {
    job,
    status: 'done',
    stepsDone: 0,
    tokensPerSec: 0,
    stateBytes: 0,
    peakTensorBytes: 0,
    wallMs: 0,
  };
}

/** The job's LR schedule; throws if its momentum cycling does not fit the optimizer. */
function jobSchedule(spec: JobSpec, baseLr: number): ReturnType<typeof buildSchedule> {
  // The run's lr (first group) is the base of absolute schedule options; every group scales by the same λ.
  const schedule = buildSchedule(spec.schedule ?? { type: 'constant' }, spec.steps, baseLr);
  if (schedule.momentum) {
    const problem = cycledMomentumProblem(spec.optimizer, spec.schedule?.type ?? '');
    if (problem) throw new Error(problem.message);
  }
  return schedule;
}

/** Sophia's refresh steps: hands the optimizer a fresh Hessian estimate. */
function refreshHessian(optimizer: Optimizer, task: Task, batch: ReturnType<Task['nextBatch']>, seed: number, t: number): void {
  if (optimizer.wantsHessian?.(t) && optimizer.updateHessian) {
    const h = hessianEstimate(task, batch, seed);
    optimizer.updateHessian(h);
    tf.dispose(Object.values(h));
  }
}

/** The row's fields that only some optimizers or tasks have: applied step size, attention logit, (x, y). */
function addOptionalFields(row: MetricRow, task: Task, optimizer: Optimizer, qk: QkStat[] | undefined): void {
  const effective = optimizer.effectiveLr?.();
  if (effective) row.effectiveLr = effective;
  if (qk && qk.length) row.maxAttnLogit = Math.max(...qk.map((s) => s.maxLogit));
  const xy = task.position?.();
  if (xy) row.xy = xy;
}

/** Evaluates the task and fills the row's validation metrics. */
function evaluateInto(task: Task, optimizer: Optimizer, row: MetricRow): TaskEval {
  // Schedule-free optimizers train at y and are evaluated at their average x (the reference's eval()).
  let ev: TaskEval;
  optimizer.setMode?.('eval');
  try {
    ev = task.evaluate();
  } finally {
    optimizer.setMode?.('train');
  }
  row.valLoss = finite(ev.valLoss);
  row.valAccuracy = finite(ev.valAccuracy);
  row.valPerplexity = finite(ev.valPerplexity);
  return ev;
}

/** The judged metric's last and best values (SPEC §10). */
function trackJudged(result: JobResult, judged: TargetConfig['metric'] | 'loss', row: MetricRow): void {
  const jv = finite(row[judged]);
  if (jv !== undefined) {
    result.finalMetric = jv;
    const better = judged === 'valAccuracy' ? jv > (result.bestMetric ?? -Infinity) : jv < (result.bestMetric ?? Infinity);
    if (better) result.bestMetric = jv;
  }
}

function emitSnapshots(job: JobKey, hooks: TrainerHooks, task: Task, optimizer: Optimizer, t: number): void {
  for (const p of task.params) {
    const u = optimizer.nsInput?.(p.name);
    if (!u) continue;
    const file = hooks.snapshot?.(t, p.name, u.shape, u.values);
    if (file) hooks.emit({ kind: 'snapshot', job, step: t, param: p.name, file });
  }
}

/**
 * Untimed warm-up before a job's clock starts: training steps on a throwaway copy of the job's task and
 * optimizer, disposed before the job builds its own. Without it a job pays one-time costs inside its time to
 * target and tokens/s — backend and kernel set-up, wasm compilation, and above all V8 compiling the hot
 * JavaScript (tfjs dispatch, the optimizer's step) only after many calls — so the run a config lists first looked
 * up to 7× slower per step on small tasks (MLP: SGD 0.67 s to target listed first, 0.10 s listed last). It runs
 * at least WARMUP.minSteps steps, then until its time budget is spent (longer for the first job of a process,
 * which also warms the shared code), never more steps than the job has. The job itself starts from a fresh task
 * and optimizer: its losses are unchanged; only its clock no longer includes start-up.
 */
const WARMUP = Object.freeze({ minSteps: 2, maxSteps: 200, firstJobMs: 1000, jobMs: 250 });
let processWarmedUp = false;

async function warmUp(spec: JobSpec, now: () => number): Promise<void> {
  const budgetMs = processWarmedUp ? WARMUP.jobMs : WARMUP.firstJobMs;
  const maxSteps = Math.min(WARMUP.maxSteps, spec.steps);
  const task = createTask(spec.task, spec.key.seed, { workspaceRoot: spec.workspaceRoot });
  let optimizer: Optimizer | undefined;
  const stats = new StepStats(task.params.map((p) => p.variable));
  const start = now();
  try {
    optimizer = createOptimizer(task.params, spec.optimizer);
    for (let t = 0; t < maxSteps && (t < WARMUP.minSteps || now() - start < budgetMs); t++) {
      const batch = spec.optimizer.type === 'bgd' ? task.fullBatch() : task.nextBatch(t);
      const { loss, grads } = gradsByName(task, () => task.loss(batch));
      await stats.lossAndGradNormSq(loss, Object.values(grads));
      stats.takeBefore();
      optimizer.step(grads, 1);
      await stats.updateSq();
      tf.dispose([loss, ...Object.values(grads)]);
    }
  } finally {
    stats.dispose();
    optimizer?.dispose();
    task.dispose();
    processWarmedUp = true;
  }
}

/** Runs one job to completion (or divergence / cancellation). Never throws for training failures. */
export async function trainJob(spec: JobSpec, hooks: TrainerHooks): Promise<JobResult> {
  const now = hooks.now ?? (() => performance.now());
  const flushMs = hooks.flushMs ?? 100;
  const t0 = now();
  const result = initialResult(spec.key);
  let task: Task | undefined;
  let stats: StepStats | undefined;
  let optimizer: Optimizer | undefined;
  let pending: MetricRow[] = [];
  let lastFlush = t0;
  const flush = async (): Promise<void> => {
    if (pending.length) hooks.emit({ kind: 'metrics', job: spec.key, rows: pending });
    pending = [];
    lastFlush = now();
    // Let the worker's event loop breathe (messages out, cancel in) without slowing the loop measurably.
    await new Promise<void>((r) => setImmediate(r));
  };
  try {
    await warmUp(spec, performance.now.bind(performance));
    task = createTask(spec.task, spec.key.seed, { workspaceRoot: spec.workspaceRoot });
    optimizer = createOptimizer(task.params, spec.optimizer);
    stats = new StepStats(task.params.map((p) => p.variable));
    if (spec.snapshotEvery) optimizer.captureNsInputs?.(true);
    const groups = optimizer.groups();
    const schedule = jobSchedule(spec, groups[0]?.baseLr ?? 1);
    const cycled = schedule.momentum;
    const isBgd = spec.optimizer.type === 'bgd';
    const paramCount = task.params.reduce((a, p) => a + p.variable.size, 0);
    hooks.emit({ kind: 'start', job: spec.key, backend: activeBackend()?.name ?? 'cpu', groups, paramCount, steps: spec.steps });

    let tokens = 0;
    let initialLoss: number | undefined;
    let lastLoss: number | undefined;
    let bestVal: number | undefined;
    let lastEval: TaskEval | undefined;
    // The judged metric (SPEC §10): the target's, else training loss; its last and best values.
    const judged = spec.target?.metric ?? 'loss';
    let evalMs = 0;
    const trainStart = now();
    for (let t = 0; t < spec.steps; t++) {
      if (hooks.isCancelled()) {
        result.status = 'cancelled';
        break;
      }
      const batch = isBgd ? task.fullBatch() : task.nextBatch(t);
      const lambda = schedule.lambda(t);
      const { loss, grads } = gradsByName(task, () => task!.loss(batch));
      result.peakTensorBytes = Math.max(result.peakTensorBytes, tf.memory().numBytes);
      const [lossValue, gradNormSq] = await stats.lossAndGradNormSq(loss, Object.values(grads));
      const gradNorm = Math.sqrt(gradNormSq);
      loss.dispose();
      if (!Number.isFinite(lossValue) || (initialLoss !== undefined && lossValue > DIVERGENCE_FACTOR * Math.max(Math.abs(initialLoss), 1e-6))) {
        tf.dispose(Object.values(grads));
        result.status = 'diverged';
        result.divergedAt = t;
        result.message = !Number.isFinite(lossValue)
          ? `loss became ${lossValue} at step ${t}`
          : `loss ${lossValue.toPrecision(4)} exceeded ${DIVERGENCE_FACTOR}× the initial ${initialLoss!.toPrecision(4)} at step ${t}`;
        break;
      }
      initialLoss ??= lossValue;
      stats.takeBefore();
      optimizer.step(grads, lambda, cycled?.(t));
      tf.dispose(Object.values(grads));
      refreshHessian(optimizer, task, batch, spec.key.seed * 1_000_003 + t, t);
      let clips: QkClipEvent[] = [];
      const qk = task.qkStats?.();
      if (optimizer.qkClip && qk) clips = optimizer.qkClip(qk, t);
      const updateRms = Math.sqrt((await stats.updateSq()) / paramCount);
      tokens += task.itemsPerBatch;
      lastLoss = lossValue;
      const row: MetricRow = {
        step: t,
        loss: lossValue,
        lr: Object.fromEntries(groups.map((g) => [g.name, g.baseLr * lambda])),
        gradNorm,
        updateRms,
        tokens,
        timeMs: now() - t0,
      };
      addOptionalFields(row, task, optimizer, qk);
      if ((t + 1) % spec.evalEvery === 0 || t === spec.steps - 1) {
        const evalStart = now();
        lastEval = evaluateInto(task, optimizer, row);
        evalMs += now() - evalStart;
        if (row.valLoss !== undefined) bestVal = bestVal === undefined ? row.valLoss : Math.min(bestVal, row.valLoss);
      }
      if (spec.target && result.stepsToTarget === undefined && metricReached(spec.target, row)) {
        result.stepsToTarget = t + 1;
        result.timeToTargetMs = now() - trainStart - evalMs;
      }
      trackJudged(result, judged, row);
      pending.push(row);
      if (clips.length) hooks.emit({ kind: 'qkclip', job: spec.key, events: clips });
      result.stepsDone = t + 1;
      if (spec.snapshotEvery && hooks.snapshot && t % spec.snapshotEvery === 0) emitSnapshots(spec.key, hooks, task, optimizer, t);
      if (now() - lastFlush >= flushMs) await flush();
    }
    const trainMs = now() - trainStart;
    result.finalLoss = lastLoss;
    result.bestValLoss = bestVal;
    result.finalValLoss = finite(lastEval?.valLoss);
    result.finalValPerplexity = finite(lastEval?.valPerplexity);
    result.finalValAccuracy = finite(lastEval?.valAccuracy);
    result.tokensPerSec = trainMs > 0 ? (tokens / trainMs) * 1000 : 0;
    result.stateBytes = optimizer.stateBytes();
  } catch (e) {
    result.status = 'error';
    result.message = e instanceof Error ? e.message : String(e);
  } finally {
    await flush();
    stats?.dispose();
    optimizer?.dispose();
    task?.dispose();
    result.wallMs = now() - t0;
  }
  hooks.emit({ kind: 'end', job: spec.key, result });
  return result;
}

