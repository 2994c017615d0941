/**
 * Performance profiles across tasks (SPEC §10, AlgoPerf's "performance profiles", Dolan & Moré 2002): several
 * experiments (tasks) whose run names name the same optimizer setting, compared by time to target.
 *
 * - Time to target of a run on a task is the fair-comparison number `runs[i].timeToTargetSec` of its
 *   summary (stats.ts): the mean over evaluation seeds of the training wall-clock, evaluation excluded, up to
 *   the first logged step whose target metric reached the config's `target` (≤ for losses and perplexity,
 *   ≥ for accuracy); null unless every seed reached it.
 * - Ratio r = t / t_best, t_best the smallest time on that task over the suite's runs; r = ∞ when the run did
 *   not reach the target, when it is not in that task's config, or when no run reached it there. JSON cannot
 *   write ∞: it is `null` in suite.json.
 * - ρ(τ) = (number of tasks with r ≤ τ) / (number of tasks), τ ∈ [1, 4]: a right-continuous step function.
 * - Score = ∫₁⁴ ρ(τ) dτ / 3, computed exactly: ∫₁⁴ 1[r ≤ τ] dτ = max(0, 4 − max(1, r)), so the score is
 *   Σ_tasks max(0, 4 − max(1, r)) / (3 · tasks). 1 = fastest on every task; 0 = never within 4× of the best.
 *
 * Pure: no I/O. The runner (runner/suiteRunner.ts) trains the configs and writes what this returns.
 */
import type { ExperimentConfig, TargetConfig } from './config/types';
import type { ExperimentSummary, JobStatus, VsBaseline } from './events';
import { verdictText } from './stats';

const SUITE_FORMAT = 'optlab-suite';
const SUITE_VERSION = 1;
/** Range of the profile's τ axis (AlgoPerf: r_max = 4). */
export const TAU_MIN = 1;
export const TAU_MAX = 4;

const TIME_TO_TARGET_RULE =
  'time to target = mean over evaluation seeds of the training wall-clock (evaluation excluded) up to the first step whose target metric reaches the config\'s target (≤ for losses, ≥ for accuracy); ∞ unless every seed reached it';

/** Bad suite input, said in one line (the CLI prints it as `optlab: …`, the editor as a message). */
export class SuiteInputError extends Error {}

/** One task's run as the suite sees it. */
export interface SuiteTaskRun {
  run: string;
  /** Seconds to target, or null (not reached, or the run is missing from this task). */
  timeToTargetSec: number | null;
  /** t / t_best; null means ∞. */
  ratio: number | null;
  status: Exclude<JobStatus, 'running'> | 'missing';
  /** The fair-comparison verdict against the task's baseline, in words (stats.verdictText); null when none. */
  verdict: string | null;
  vsBaseline?: VsBaseline;
}

export interface SuiteTask {
  /** The experiment's name (made unique within the suite with the file name when two agree). */
  name: string;
  file: string;
  taskType: string;
  target: TargetConfig;
  baseline: string | null;
  seeds: number;
  /** The experiment's results directory. */
  resultsDir: string;
  bestRun: string | null;
  bestSec: number | null;
  /** One entry per suite run, in `SuiteResult.runs` order. */
  runs: SuiteTaskRun[];
}

export interface SuiteProfile {
  run: string;
  score: number;
  /** Tasks with r ≤ 4. */
  within: number;
  /** Per task, in `SuiteResult.tasks` order; null = ∞. */
  ratios: Array<number | null>;
  /** ρ as steps: ρ(τ) = rho of the last point with tau ≤ τ (first point at τ = 1). */
  steps: Array<{ tau: number; rho: number }>;
}

export interface SuiteResult {
  format: typeof SUITE_FORMAT;
  version: typeof SUITE_VERSION;
  createdAt: string;
  tau: [number, number];
  timeToTarget: string;
  tasks: SuiteTask[];
  /** Best score first (ties: first appearance in the configs). */
  runs: SuiteProfile[];
}

/** A config of the suite, read and validated. */
export interface SuiteConfigInput {
  file: string;
  config: ExperimentConfig;
}

/** A finished task: its config and the experiment summary the runner produced. */
export interface SuiteTaskInput extends SuiteConfigInput {
  summary: ExperimentSummary;
}

// ---------------------------------------------------------------------------------------------------------
// Input checks

/**
 * The suite's run names (union over the configs, first appearance order). Refuses fewer than two configs, a
 * config without a `target`, and a config that shares no run name with any other one.
 */
export function suiteRunNames(inputs: readonly SuiteConfigInput[]): string[] {
  if (inputs.length < 2) throw new SuiteInputError(`a suite needs at least two configs (tasks), got ${inputs.length}`);
  const names = inputs.map((c) => new Set(c.config.runs.map((r) => r.name)));
  inputs.forEach((c, i) => {
    if (!c.config.target) throw new SuiteInputError(`${c.file} has no "target": time to target needs one (e.g. "target": { "metric": "valLoss", "value": 2.0 })`);
    const shared = [...names[i]].some((n) => names.some((other, j) => j !== i && other.has(n)));
    if (!shared) throw new SuiteInputError(`${c.file} shares no run name with the other configs (runs: ${[...names[i]].join(', ')}); run names that recur across configs name the same optimizer setting`);
  });
  const out: string[] = [];
  for (const set of names) for (const n of set) if (!out.includes(n)) out.push(n);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Profiles

/** Ratios t / t_best of one task (null = not reached or missing; all null when no run reached the target). */
export function taskRatios(times: ReadonlyArray<number | null>): Array<number | null> {
  const reached = times.filter((t): t is number => t !== null && Number.isFinite(t) && t >= 0);
  if (!reached.length) return times.map(() => null);
  const best = Math.min(...reached);
  return times.map((t) => (t === null || !Number.isFinite(t) || t < 0 ? null : best > 0 ? t / best : t === 0 ? 1 : null));
}

/** ρ(τ): fraction of tasks whose ratio is ≤ τ (null = ∞ counts as never). */
export function rhoAt(ratios: ReadonlyArray<number | null>, tau: number): number {
  if (!ratios.length) return 0;
  return ratios.filter((r) => r !== null && r <= tau).length / ratios.length;
}

/** The step function ρ on [TAU_MIN, TAU_MAX]: its value at τ = 1 and at every ratio inside (1, 4]. */
function profileSteps(ratios: ReadonlyArray<number | null>): Array<{ tau: number; rho: number }> {
  const inside = [...new Set(ratios.filter((r): r is number => r !== null && r > TAU_MIN && r <= TAU_MAX))].sort((a, b) => a - b);
  return [TAU_MIN, ...inside].map((tau) => ({ tau, rho: rhoAt(ratios, tau) }));
}

/** Area under ρ on [1, 4] divided by 3, exact (see the module comment). */
export function profileScore(ratios: ReadonlyArray<number | null>): number {
  if (!ratios.length) return 0;
  const area = ratios.reduce<number>((a, r) => a + (r === null ? 0 : Math.max(0, TAU_MAX - Math.max(TAU_MIN, r))), 0);
  return area / ((TAU_MAX - TAU_MIN) * ratios.length);
}

// ---------------------------------------------------------------------------------------------------------
// The suite

function uniqueTaskNames(inputs: readonly SuiteTaskInput[]): string[] {
  const names = inputs.map((c) => c.summary.name || c.config.name);
  return names.map((n, i) => (names.filter((m) => m === n).length > 1 ? `${n} (${baseName(inputs[i].file)})` : n));
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function suiteTask(input: SuiteTaskInput, name: string, runNames: readonly string[]): SuiteTask {
  const rows = new Map(input.summary.runs.map((r) => [r.run, r]));
  const times = runNames.map((n) => rows.get(n)?.timeToTargetSec ?? null);
  const ratios = taskRatios(times);
  const runs = runNames.map((run, i): SuiteTaskRun => {
    const row = rows.get(run);
    if (!row) return { run, timeToTargetSec: null, ratio: null, status: 'missing', verdict: null };
    return {
      run,
      timeToTargetSec: times[i],
      ratio: ratios[i],
      status: row.status,
      verdict: row.vsBaseline ? verdictText(row.vsBaseline, row.seeds.length) : null,
      ...(row.vsBaseline ? { vsBaseline: row.vsBaseline } : {}),
    };
  });
  const bestIndex = ratios.findIndex((r) => r === 1);
  return {
    name,
    file: input.file,
    taskType: input.config.task.type,
    target: input.config.target!,
    baseline: input.config.baseline ?? null,
    seeds: input.config.seeds?.length ?? 1,
    resultsDir: input.summary.dir,
    bestRun: bestIndex >= 0 ? runNames[bestIndex] : null,
    bestSec: bestIndex >= 0 ? times[bestIndex] : null,
    runs,
  };
}

/** The suite of finished tasks: per-task ratios, ρ(τ) and the score of every run. */
export function buildSuite(inputs: readonly SuiteTaskInput[], createdAt: string): SuiteResult {
  const runNames = suiteRunNames(inputs);
  const taskNames = uniqueTaskNames(inputs);
  const tasks = inputs.map((input, i) => suiteTask(input, taskNames[i], runNames));
  const profiles = runNames.map((run, k): SuiteProfile => {
    const ratios = tasks.map((t) => t.runs[k].ratio);
    return { run, score: profileScore(ratios), within: ratios.filter((r) => r !== null && r <= TAU_MAX).length, ratios, steps: profileSteps(ratios) };
  });
  const order = profiles.map((p, i) => ({ p, i })).sort((a, b) => b.p.score - a.p.score || a.i - b.i).map((x) => x.i);
  return {
    format: SUITE_FORMAT,
    version: SUITE_VERSION,
    createdAt,
    tau: [TAU_MIN, TAU_MAX],
    timeToTarget: TIME_TO_TARGET_RULE,
    tasks: tasks.map((t) => ({ ...t, runs: order.map((i) => t.runs[i]) })),
    runs: order.map((i) => profiles[i]),
  };
}
