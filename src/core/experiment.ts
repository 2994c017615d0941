/**
 * Experiment = resolved runs (config/resolve.ts) → jobs (× seeds) → per-run summary. Pure: no I/O, no tfjs; the
 * worker pool runs the jobs and results.ts writes what they produce.
 */
import type { ExperimentConfig, MetricName } from './config/types';
import { resolveRuns, runSweep } from './config/resolve';
import type { JobKey, JobResult, RunSummary } from './events';
import type { JobSpec } from './trainer';

/** Shortest round-trip form: distinct values always give distinct ids (6 significant digits did not). */
function fmtValue(v: number): string {
  return String(v);
}

export function jobId(run: string, seed: number, sweep?: { key: string; value: number }): string {
  const safe = (s: string): string => s.replace(/[^A-Za-z0-9_.=-]+/g, '_');
  return [safe(run), sweep ? safe(`${sweep.key}=${fmtValue(sweep.value)}`) : undefined, `s${seed}`].filter(Boolean).join('__');
}

/** Expands a validated config into jobs, in a stable order (runs, then sweep values, then seeds). */
export function expandJobs(config: ExperimentConfig, opts: { workspaceRoot?: string; onlyRuns?: string[]; steps?: number } = {}): JobSpec[] {
  const jobs: JobSpec[] = [];
  for (const r of resolveRuns(config, { steps: opts.steps, onlyRuns: opts.onlyRuns })) {
    for (const seed of r.seeds) {
      const key: JobKey = { id: jobId(r.run, seed, r.sweep), run: r.run, seed, ...(r.sweep ? { sweep: r.sweep } : {}) };
      jobs.push({
        key,
        task: config.task,
        optimizer: r.optimizer,
        schedule: r.schedule,
        steps: r.steps,
        evalEvery: r.evalEvery,
        target: config.target,
        workspaceRoot: opts.workspaceRoot,
        snapshotEvery: config.snapshotEvery,
      });
    }
  }
  // Validation rejects configs whose ids would collide; this keeps the invariant the pool and the results
  // directory rely on (one metrics file and one result per job) even for a caller that skipped validation.
  const ids = new Set<string>();
  for (const j of jobs) {
    const id = j.key.id.toLowerCase();
    if (ids.has(id)) throw new Error(`two jobs would share the id "${j.key.id}" (rename a run or remove a repeated sweep value or seed)`);
    ids.add(id);
  }
  return jobs;
}

/** The metric a sweep is judged by: the target's, else validation loss, else training loss. Lower is better except accuracy. */
function judgeMetric(config: ExperimentConfig): MetricName {
  return config.target?.metric ?? 'valLoss';
}

function jobScore(j: JobResult, metric: MetricName): number {
  if (j.status === 'diverged' || j.status === 'error') return Infinity;
  const v =
    metric === 'valAccuracy' ? (j.finalValAccuracy !== undefined ? -j.finalValAccuracy : undefined)
    : metric === 'valPerplexity' ? j.finalValPerplexity
    : metric === 'valLoss' ? (j.bestValLoss ?? j.finalLoss)
    : j.finalLoss;
  return v === undefined || !Number.isFinite(v) ? Infinity : v;
}

function mean(xs: number[]): number | undefined {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
}

function std(xs: number[]): number | undefined {
  const m = mean(xs);
  if (m === undefined || xs.length < 2) return undefined;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
}

function defined(xs: (number | undefined)[]): number[] {
  return xs.filter((x): x is number => x !== undefined && Number.isFinite(x));
}

/**
 * Aggregates job results into one summary row per run: picks the best sweep value (mean score over seeds),
 * averages over seeds, and sets speedup = baseline steps-to-target ÷ run steps-to-target.
 * Steps-to-target is reported only when every seed of the run reached the target.
 */
export function summarizeRuns(config: ExperimentConfig, results: JobResult[]): RunSummary[] {
  const metric = judgeMetric(config);
  const rows: RunSummary[] = [];
  for (const run of config.runs) {
    const mine = results.filter((r) => r.job.run === run.name);
    if (!mine.length) continue;
    let chosen = mine;
    let sweepChoice: RunSummary['sweepChoice'];
    const sweep = runSweep(run);
    if (sweep) {
      let best = Infinity;
      for (const value of sweep.values) {
        const group = mine.filter((r) => r.job.sweep?.value === value);
        if (!group.length) continue;
        const score = mean(group.map((r) => jobScore(r, metric))) ?? Infinity;
        if (!sweepChoice || score < best) {
          best = score;
          chosen = group;
          sweepChoice = { key: sweep.key, value };
        }
      }
    }
    const statuses = chosen.map((r) => r.status);
    const status: RunSummary['status'] = statuses.includes('error') ? 'error'
      : statuses.includes('diverged') ? 'diverged'
      : statuses.includes('cancelled') ? 'cancelled' : 'done';
    const reached = chosen.map((r) => r.stepsToTarget);
    const diverged = defined(chosen.map((r) => r.divergedAt));
    rows.push({
      run: run.name,
      optimizer: run.optimizer.type,
      ...(sweepChoice ? { sweepChoice } : {}),
      seeds: chosen.map((r) => r.job.seed),
      finalLoss: mean(defined(chosen.map((r) => r.finalLoss))),
      finalLossStd: std(defined(chosen.map((r) => r.finalLoss))),
      bestValLoss: mean(defined(chosen.map((r) => r.bestValLoss))),
      valPerplexity: mean(defined(chosen.map((r) => r.finalValPerplexity))),
      valAccuracy: mean(defined(chosen.map((r) => r.finalValAccuracy))),
      stepsToTarget: reached.every((s) => s !== undefined) ? mean(reached as number[]) : undefined,
      tokensPerSec: mean(chosen.map((r) => r.tokensPerSec)) ?? 0,
      stateBytes: Math.max(...chosen.map((r) => r.stateBytes)),
      peakTensorBytes: Math.max(...chosen.map((r) => r.peakTensorBytes)),
      ...(diverged.length ? { divergedAt: Math.min(...diverged) } : {}),
      status,
    });
  }
  const base = rows.find((r) => r.run === config.baseline);
  if (base?.stepsToTarget) {
    for (const r of rows) if (r.stepsToTarget) r.speedup = base.stepsToTarget / r.stepsToTarget;
  }
  return rows;
}
