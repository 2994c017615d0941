/**
 * Tuning (SPEC §10): a run's `tune` (or the experiment's) is a search space over option paths of its optimizer
 * (`lr`, `muon.lr`, `betas[1]`), a method that turns the space into numbered trials (Halton, grid, seeded
 * random), tuning seeds disjoint from the evaluation seeds, and a selection rule. Every trial trains on every
 * tuning seed; the chosen values are then trained on the experiment's seeds, and those runs are the ones
 * compared. Pure: no I/O, no tfjs. `JobQueue` is the order in which the worker pool takes jobs — evaluation
 * jobs of a tuned run wait until all of its trials have ended.
 */
import type { ExperimentConfig, MetricName, RunConfig, TuneConfig, TuneMethod, TuneRange, TuneSelect } from './config/types';
import type { JsonSchema } from './config/schema';
import { OPTIMIZER_DEFS, optionSchema } from './config/schema';
import type { JobResult, RunSummary, TrialRecord, TuningSummary } from './events';
import type { OptimizerConfig } from './optimizers/types';
import type { JobSpec } from './trainer';
import { Prng } from './tasks/prng';

const TUNE_DEFAULTS = Object.freeze({ trials: 8, method: 'halton' as TuneMethod, gridPoints: 5, firstSeed: 1000 });
/** More grid points than this is a config error (SPEC §10). */
const GRID_MAX_POINTS = 1000;

// ---------------------------------------------------------------------------------------------------------
// Option paths

/** `muon.lr` → ["muon", "lr"]; `betas[1]` → ["betas", 1]; undefined when malformed. */
function parseOptionPath(path: string): Array<string | number> | undefined {
  if (!/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)?(\[\d+\])?$/.test(path)) return undefined;
  const m = /^(.*?)(?:\[(\d+)\])?$/.exec(path)!;
  const segs: Array<string | number> = m[1].split('.');
  if (m[2] !== undefined) segs.push(Number(m[2]));
  return segs;
}

/** Schema of the number an option path names for an optimizer type, or undefined if it names none. */
function tunableSchema(type: string, path: string): JsonSchema | undefined {
  const segs = parseOptionPath(path);
  if (!segs) return undefined;
  const index = typeof segs[segs.length - 1] === 'number' ? (segs.pop() as number) : undefined;
  const s = optionSchema(type, segs.join('.'));
  if (!s) return undefined;
  if (index === undefined) return s.type === 'number' || s.type === 'integer' ? s : undefined;
  if (s.type !== 'array' || !s.items || (s.items.type !== 'number' && s.items.type !== 'integer')) return undefined;
  return s.maxItems !== undefined && index < s.maxItems ? s.items : undefined;
}

/** Every path `tune.space` may name for an optimizer type (for messages and completion). */
export function tunablePaths(type: string): string[] {
  const def = OPTIMIZER_DEFS[type];
  if (!def) return [];
  const out: string[] = [];
  const visit = (prefix: string, opts: Record<string, JsonSchema>): void => {
    for (const [k, s] of Object.entries(opts)) {
      const p = prefix + k;
      if (s.type === 'number' || s.type === 'integer') out.push(p);
      else if (s.type === 'array' && s.maxItems !== undefined && (s.items?.type === 'number' || s.items?.type === 'integer')) {
        for (let i = 0; i < s.maxItems; i++) out.push(`${p}[${i}]`);
      } else if (s.type === 'object' && s.properties && !prefix) visit(`${p}.`, s.properties);
    }
  };
  visit('', def.options);
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The optimizer's options with every schema default filled in (nested groups too). */
export function resolveOptimizer(opt: OptimizerConfig): OptimizerConfig {
  const def = OPTIMIZER_DEFS[opt.type];
  if (!def) return clone(opt);
  const fill = (given: Obj, opts: Record<string, JsonSchema>): Obj => {
    const out: Obj = {};
    for (const [k, s] of Object.entries(opts)) {
      if (given[k] !== undefined) out[k] = s.type === 'object' && s.properties && isObj(given[k]) ? fill(given[k] as Obj, s.properties) : clone(given[k]);
      else if (s.default !== undefined) out[k] = clone(s.default);
      else if (s.type === 'object' && s.properties) out[k] = fill({}, s.properties);
    }
    return out;
  };
  return { type: opt.type, ...fill(opt as unknown as Obj, def.options) } as OptimizerConfig;
}

/**
 * The run's optimizer with tuned values set at their paths. Containers the user left out (a group object,
 * `betas`) are created from the defaults, so `betas[1]` keeps the default β₁.
 */
export function applyValues(opt: OptimizerConfig, values: Record<string, number>): OptimizerConfig {
  const out = clone(opt) as unknown as Obj;
  const defaults = resolveOptimizer(opt) as unknown as Obj;
  for (const [path, v] of Object.entries(values)) {
    const segs = parseOptionPath(path);
    if (!segs) continue;
    let here = out;
    let dflt: unknown = defaults;
    for (let i = 0; i < segs.length - 1; i++) {
      const k = segs[i];
      dflt = (dflt as Obj | undefined)?.[k as string];
      const next = (here as Obj)[k as string];
      if (next === undefined || next === null) (here as Obj)[k as string] = clone(dflt ?? (typeof segs[i + 1] === 'number' ? [] : {}));
      here = (here as Obj)[k as string] as Obj;
    }
    (here as unknown as Record<string | number, unknown>)[segs[segs.length - 1]] = v;
  }
  return out as unknown as OptimizerConfig;
}

// ---------------------------------------------------------------------------------------------------------
// Resolved tune and its trials

export interface ResolvedTune {
  space: Record<string, TuneRange>;
  trials: number;
  method: TuneMethod;
  seeds: number[];
  select: TuneSelect;
}

/** The tune that applies to a run: its own, else the experiment's (not for a run with an explicit sweep). */
export function tuneOf(config: ExperimentConfig, run: RunConfig): TuneConfig | undefined {
  return run.tune ?? (run.sweep ? undefined : config.tune);
}

function defaultTuneSeeds(evalSeeds: readonly number[]): number[] {
  let s = TUNE_DEFAULTS.firstSeed;
  while (evalSeeds.includes(s)) s++;
  return [s];
}

function resolveTune(config: ExperimentConfig, tune: TuneConfig): ResolvedTune {
  const evalSeeds = config.seeds?.length ? config.seeds : [0];
  return {
    space: tune.space,
    trials: tune.trials ?? TUNE_DEFAULTS.trials,
    method: tune.method ?? TUNE_DEFAULTS.method,
    seeds: tune.seeds?.length ? tune.seeds : defaultTuneSeeds(evalSeeds),
    select: tune.select ?? (config.target ? 'target' : 'final'),
  };
}

const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97];

/** Van der Corput radical inverse of i in a base: the digits of i mirrored behind the point. */
function radicalInverse(i: number, base: number): number {
  let u = 0;
  let f = 1 / base;
  for (let n = i; n > 0; n = Math.floor(n / base)) {
    u += (n % base) * f;
    f /= base;
  }
  return u;
}

function rangeOf(r: TuneRange): { kind: 'log' | 'linear'; lo: number; hi: number } | undefined {
  if ('log' in r) return { kind: 'log', lo: r.log[0], hi: r.log[1] };
  if ('linear' in r) return { kind: 'linear', lo: r.linear[0], hi: r.linear[1] };
  return undefined;
}

function scaleOf(r: TuneRange): 'log' | 'linear' | 'values' {
  return rangeOf(r)?.kind ?? 'values';
}

/** A point u ∈ [0, 1) of the unit interval mapped onto a key's range (SPEC §10). */
function mapUnit(r: TuneRange, u: number): number {
  const range = rangeOf(r);
  if (!range) {
    const vals = (r as { values: number[] }).values;
    return vals[Math.min(vals.length - 1, Math.floor(u * vals.length))];
  }
  if (range.kind === 'log') return Math.exp(Math.log(range.lo) + u * (Math.log(range.hi) - Math.log(range.lo)));
  return range.lo + u * (range.hi - range.lo);
}

/** k evenly spaced points of a range including both ends (log-spaced for `log`), or the list of values. */
function gridAxis(r: TuneRange): number[] {
  const range = rangeOf(r);
  if (!range) return [...(r as { values: number[] }).values];
  const k = ('gridPoints' in r && r.gridPoints !== undefined ? r.gridPoints : TUNE_DEFAULTS.gridPoints) as number;
  if (k === 1) return [range.lo];
  const out: number[] = [];
  for (let j = 0; j < k; j++) {
    const f = j / (k - 1);
    out.push(
      j === k - 1 ? range.hi
      : range.kind === 'log' ? Math.exp(Math.log(range.lo) + f * (Math.log(range.hi) - Math.log(range.lo)))
      : range.lo + f * (range.hi - range.lo),
    );
  }
  return out;
}

function gridSize(space: Record<string, TuneRange>): number {
  return Object.values(space).reduce((n, r) => n * gridAxis(r).length, 1);
}

interface Trial {
  /** 1-based (SPEC §10). */
  index: number;
  values: Record<string, number>;
}

/** The trials of a tune, in index order. */
export function generateTrials(tune: ResolvedTune): Trial[] {
  const keys = Object.keys(tune.space);
  if (tune.method === 'grid') {
    const axes = keys.map((k) => gridAxis(tune.space[k]));
    const total = axes.reduce((n, a) => n * a.length, 1);
    if (total > GRID_MAX_POINTS) return [];
    const out: Trial[] = [];
    for (let t = 0; t < total; t++) {
      // Mixed-radix digits of t, last key fastest.
      const values: Record<string, number> = {};
      let rest = t;
      for (let d = keys.length - 1; d >= 0; d--) {
        values[keys[d]] = axes[d][rest % axes[d].length];
        rest = Math.floor(rest / axes[d].length);
      }
      out.push({ index: t + 1, values: Object.fromEntries(keys.map((k) => [k, values[k]])) });
    }
    return out;
  }
  const rng = tune.method === 'random' ? new Prng(tune.seeds[0]) : undefined;
  const out: Trial[] = [];
  for (let i = 1; i <= tune.trials; i++) {
    const values: Record<string, number> = {};
    keys.forEach((k, d) => {
      const u = rng ? rng.next() : radicalInverse(i, PRIMES[d % PRIMES.length]);
      values[k] = mapUnit(tune.space[k], u);
    });
    out.push({ index: i, values });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Jobs

/** Metrics file stem of a trial job: `<run>__trial<i>__s<seed>`, never equal to an evaluation job's. */
function trialJobId(evalJobId: (run: string, seed: number) => string, run: string, index: number, seed: number): string {
  return evalJobId(`${run}__trial${index}`, seed);
}

/** Trial jobs of a tuned run on its tuning seeds, trial by trial. */
export function trialJobs(
  config: ExperimentConfig,
  run: RunConfig,
  base: Omit<JobSpec, 'key' | 'optimizer'>,
  evalJobId: (run: string, seed: number) => string,
): JobSpec[] {
  const tune = tuneOf(config, run);
  if (!tune) return [];
  const resolved = resolveTune(config, tune);
  const jobs: JobSpec[] = [];
  for (const trial of generateTrials(resolved)) {
    for (const seed of resolved.seeds) {
      jobs.push({ ...base, key: { id: trialJobId(evalJobId, run.name, trial.index, seed), run: run.name, seed, trial: trial.index }, optimizer: applyValues(run.optimizer, trial.values) });
    }
  }
  return jobs;
}

// ---------------------------------------------------------------------------------------------------------
// Selection

/** The metric trials and comparisons are judged by: the target's, else training loss. */
function judgedMetric(config: ExperimentConfig): MetricName {
  return config.target?.metric ?? 'loss';
}

const meanOf = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** A trial's record from its jobs' results (means over the tuning seeds that finished). */
export function trialRecord(trial: Trial, results: readonly JobResult[], select: TuneSelect): TrialRecord {
  const diverged = results.some((r) => r.status === 'diverged' || r.status === 'error');
  const complete = results.length > 0 && results.every((r) => r.status === 'done');
  const finals = results.map((r) => (r.finalMetric !== undefined && Number.isFinite(r.finalMetric) ? r.finalMetric : null));
  const bests = results.map((r) => (r.bestMetric !== undefined && Number.isFinite(r.bestMetric) ? r.bestMetric : null));
  const steps = results.map((r) => r.stepsToTarget);
  const finalMetric = complete && finals.every((x) => x !== null) ? meanOf(finals as number[]) : null;
  const bestMetric = complete && bests.every((x) => x !== null) ? meanOf(bests as number[]) : null;
  const stepsToTarget = complete && steps.every((s) => s !== undefined) ? meanOf(steps as number[]) : null;
  const score = diverged ? null : select === 'target' ? stepsToTarget : select === 'final' ? finalMetric : bestMetric;
  return { index: trial.index, values: trial.values, score, stepsToTarget, finalMetric, diverged, perSeed: finals };
}

/**
 * Rank key of a trial (lower is better): diverged last; for "target", trials that reached it by mean steps,
 * then those that did not by final metric; otherwise by score. Accuracy is higher-is-better. Ties go to the
 * lower index.
 */
function rankKey(t: TrialRecord, select: TuneSelect, metric: MetricName): [number, number, number] {
  const sign = metric === 'valAccuracy' ? -1 : 1;
  if (t.diverged) return [3, 0, t.index];
  if (select === 'target') {
    if (t.stepsToTarget !== null) return [0, t.stepsToTarget, t.index];
    if (t.finalMetric !== null) return [1, sign * t.finalMetric, t.index];
    return [2, 0, t.index];
  }
  return t.score !== null ? [0, sign * t.score, t.index] : [2, 0, t.index];
}

/** The chosen trial (SPEC §10 selection rules); undefined for no trials. */
export function selectTrial(trials: readonly TrialRecord[], select: TuneSelect, metric: MetricName): TrialRecord | undefined {
  let best: TrialRecord | undefined;
  let bestKey: [number, number, number] | undefined;
  for (const t of trials) {
    const k = rankKey(t, select, metric);
    if (!bestKey || k[0] < bestKey[0] || (k[0] === bestKey[0] && (k[1] < bestKey[1] || (k[1] === bestKey[1] && k[2] < bestKey[2])))) {
      best = t;
      bestKey = k;
    }
  }
  return best;
}

/** The tuning record of a run from the trial jobs that ended; trials with no finished job are left out. */
function tuningSummary(config: ExperimentConfig, run: RunConfig, results: readonly JobResult[]): TuningSummary | undefined {
  const tune = tuneOf(config, run);
  if (!tune) return undefined;
  const resolved = resolveTune(config, tune);
  const metric = judgedMetric(config);
  const records: TrialRecord[] = [];
  for (const trial of generateTrials(resolved)) {
    const mine = results.filter((r) => r.job.run === run.name && r.job.trial === trial.index && !(r.status === 'cancelled' && r.stepsDone === 0));
    if (mine.length) records.push(trialRecord(trial, mine, resolved.select));
  }
  const chosen = selectTrial(records, resolved.select, metric);
  return {
    method: resolved.method,
    select: resolved.select,
    seeds: resolved.seeds,
    scales: Object.fromEntries(Object.entries(resolved.space).map(([k, r]) => [k, scaleOf(r)])),
    trials: records,
    chosen: chosen ? { index: chosen.index, values: chosen.values } : null,
  };
}

/** Adds `tuning` and `optimizerResolved` to each run's summary row. */
export function attachTuning(config: ExperimentConfig, rows: RunSummary[], results: readonly JobResult[]): RunSummary[] {
  return rows.map((row) => {
    const run = config.runs.find((r) => r.name === row.run);
    if (!run) return row;
    const tuning = tuningSummary(config, run, results);
    const values: Record<string, number> = { ...(tuning?.chosen?.values ?? {}) };
    if (row.sweepChoice) values[row.sweepChoice.key] = row.sweepChoice.value;
    return { ...row, ...(tuning ? { tuning } : {}), optimizerResolved: resolveOptimizer(applyValues(run.optimizer, values)) as unknown as Record<string, unknown> };
  });
}

// ---------------------------------------------------------------------------------------------------------
// The pool's queue

/**
 * Jobs in the order the pool takes them. Trial jobs and the evaluation jobs of untuned runs are ready at once;
 * the evaluation jobs of a tuned run are held until its last trial job has ended, then released with the
 * chosen values. `take()` returning undefined while `waiting` is true means "nothing now, ask again later".
 */
export class JobQueue {
  private readonly ready: JobSpec[];
  private readonly held = new Map<string, JobSpec[]>();
  private readonly openTrials = new Map<string, Set<string>>();
  private readonly results: JobResult[] = [];
  private readonly chosen = new Map<string, Trial | undefined>();

  constructor(private readonly config: ExperimentConfig, jobs: readonly JobSpec[]) {
    const tuned = new Set(jobs.filter((j) => j.key.trial !== undefined).map((j) => j.key.run));
    for (const run of tuned) this.openTrials.set(run, new Set(jobs.filter((j) => j.key.run === run && j.key.trial !== undefined).map((j) => j.key.id)));
    this.ready = jobs.filter((j) => j.key.trial !== undefined || !tuned.has(j.key.run));
    for (const j of jobs) {
      if (j.key.trial === undefined && tuned.has(j.key.run)) this.held.set(j.key.run, [...(this.held.get(j.key.run) ?? []), j]);
    }
  }

  take(): JobSpec | undefined {
    return this.ready.shift();
  }

  /** Jobs held until their run's trials end. */
  get waiting(): boolean {
    return this.held.size > 0;
  }

  /** Records a job's end; releases a tuned run's evaluation jobs when its last trial has ended. */
  complete(result: JobResult): void {
    this.results.push(result);
    const run = result.job.run;
    const open = this.openTrials.get(run);
    if (!open || !open.delete(result.job.id) || open.size > 0) return;
    const held = this.held.get(run) ?? [];
    this.held.delete(run);
    const cfgRun = this.config.runs.find((r) => r.name === run);
    const tuning = cfgRun ? tuningSummary(this.config, cfgRun, this.results) : undefined;
    const chosen = tuning?.chosen ?? undefined;
    this.chosen.set(run, chosen ?? undefined);
    for (const spec of held) this.ready.push(cfgRun && chosen ? { ...spec, optimizer: applyValues(cfgRun.optimizer, chosen.values) } : spec);
  }

  /** Everything not yet taken, held jobs included (cancel, or no worker left). */
  drain(): JobSpec[] {
    const out = this.ready.splice(0);
    for (const list of this.held.values()) out.push(...list);
    this.held.clear();
    return out;
  }

  /** The chosen trial of a tuned run, once its trials ended. */
  chosenTrial(run: string): Trial | undefined {
    return this.chosen.get(run);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Semantic checks (validate.ts places them on the config's tokens)

interface TuneIssue {
  /** JSON path of the offending value; `key: true` points at the member's key instead. */
  path: Array<string | number>;
  key?: boolean;
  message: string;
  code: string;
}

export const TUNE_CODES = Object.freeze({
  unknownPath: 'tune-unknown-path',
  range: 'tune-range',
  seeds: 'tune-seeds-overlap',
  grid: 'tune-grid-too-large',
  select: 'tune-select',
  sweepAndTune: 'tune-and-sweep',
});

function boundProblem(x: number, s: JsonSchema): string | undefined {
  if (s.minimum !== undefined && x < s.minimum) return `must be ≥ ${s.minimum}`;
  if (s.maximum !== undefined && x > s.maximum) return `must be ≤ ${s.maximum}`;
  if (s.exclusiveMinimum !== undefined && x <= s.exclusiveMinimum) return `must be > ${s.exclusiveMinimum}`;
  if (s.exclusiveMaximum !== undefined && x >= s.exclusiveMaximum) return `must be < ${s.exclusiveMaximum}`;
  return undefined;
}

function checkSpaceKey(at: Array<string | number>, key: string, r: Obj, types: Array<{ type: string; run: string }>, issues: TuneIssue[]): void {
  const kinds = ['log', 'linear', 'values'].filter((k) => r[k] !== undefined);
  if (kinds.length !== 1) {
    issues.push({ path: at, message: kinds.length ? `"${key}": give one of log, linear or values, not ${kinds.join(' and ')}` : `"${key}": give a range { "log": [lo, hi] }, { "linear": [lo, hi] } or { "values": [v, …] }`, code: TUNE_CODES.range });
    return;
  }
  const kind = kinds[0];
  const arr = r[kind];
  if (!Array.isArray(arr) || arr.some((x) => typeof x !== 'number')) return; // the schema reports it
  const nums = arr as number[];
  const schemas = types.map((t) => ({ ...t, s: tunableSchema(t.type, key) })).filter((t) => t.s);
  if (kind === 'values') {
    if (!nums.length) issues.push({ path: [...at, kind], message: `"${key}": empty values list`, code: TUNE_CODES.range });
    if (r.gridPoints !== undefined) issues.push({ path: [...at, 'gridPoints'], key: true, message: 'gridPoints applies to log and linear ranges only', code: TUNE_CODES.range });
    nums.forEach((x, j) => {
      for (const t of schemas) {
        const bad = (t.s!.type === 'integer' && !Number.isInteger(x) ? 'must be an integer' : undefined) ?? boundProblem(x, t.s!);
        if (bad) issues.push({ path: [...at, kind, j], message: `${key} = ${x} ${bad} (${t.type} run "${t.run}")`, code: TUNE_CODES.range });
      }
    });
    return;
  }
  if (!nums.length) {
    issues.push({ path: [...at, kind], message: `"${key}": empty range (expected [lo, hi])`, code: TUNE_CODES.range });
    return;
  }
  if (nums.length !== 2) {
    issues.push({ path: [...at, kind], message: `"${key}": a range is [lo, hi] (got ${nums.length} number${nums.length === 1 ? '' : 's'})`, code: TUNE_CODES.range });
    return;
  }
  const [lo, hi] = nums;
  if (kind === 'log' && lo <= 0) issues.push({ path: [...at, kind, 0], message: `"${key}": a log range needs lo > 0 (got ${lo})`, code: TUNE_CODES.range });
  if (kind === 'log' && hi <= 0) issues.push({ path: [...at, kind, 1], message: `"${key}": a log range needs hi > 0 (got ${hi})`, code: TUNE_CODES.range });
  if (lo >= hi) issues.push({ path: [...at, kind], message: `"${key}": lo (${lo}) must be < hi (${hi})`, code: TUNE_CODES.range });
  for (const t of schemas) {
    if (t.s!.type === 'integer') {
      issues.push({ path: [...at, kind], message: `${key} of ${t.type} is an integer option: tune it with "values"`, code: TUNE_CODES.range });
      continue;
    }
    nums.forEach((x, j) => {
      const bad = boundProblem(x, t.s!);
      if (bad) issues.push({ path: [...at, kind, j], message: `${key} = ${x} ${bad} (${t.type} run "${t.run}")`, code: TUNE_CODES.range });
    });
  }
}

/** Problems of one `tune` object at `at`, for the runs it applies to. */
function checkTuneAt(v: Obj, at: Array<string | number>, tune: Obj, runs: Array<{ type: string; run: string }>, issues: TuneIssue[]): void {
  const space = tune.space;
  if (isObj(space)) {
    for (const [key, r] of Object.entries(space)) {
      const p = [...at, 'space', key];
      const unknown = runs.filter((t) => OPTIMIZER_DEFS[t.type] && !tunableSchema(t.type, key));
      for (const t of unknown) {
        const known = tunablePaths(t.type);
        issues.push({ path: p, key: true, message: `"${key}" is not a numeric option of ${t.type} (run "${t.run}"; tunable: ${known.join(', ')})`, code: TUNE_CODES.unknownPath });
      }
      if (isObj(r)) checkSpaceKey(p, key, r, runs.filter((t) => !unknown.includes(t)), issues);
    }
    if ((tune.method ?? TUNE_DEFAULTS.method) === 'grid' && !issues.some((i) => i.code === TUNE_CODES.range)) {
      const n = Object.values(space).every((r) => isObj(r)) ? gridSize(space as Record<string, TuneRange>) : 0;
      if (n > GRID_MAX_POINTS) issues.push({ path: [...at, tune.method !== undefined ? 'method' : 'space'], message: `the grid has ${n} points (more than ${GRID_MAX_POINTS}): use fewer gridPoints or values, or halton/random with a trials budget`, code: TUNE_CODES.grid });
    }
  }
  const evalSeeds = Array.isArray(v.seeds) && v.seeds.length ? v.seeds : [0];
  if (Array.isArray(tune.seeds)) {
    const seen = new Set<unknown>();
    tune.seeds.forEach((s, j) => {
      if (evalSeeds.includes(s)) issues.push({ path: [...at, 'seeds', j], message: `tuning seed ${String(s)} is also an evaluation seed (seeds: ${evalSeeds.join(', ')}): tune and compare on different seeds`, code: TUNE_CODES.seeds });
      else if (seen.has(s)) issues.push({ path: [...at, 'seeds', j], message: `duplicate tuning seed ${String(s)}`, code: TUNE_CODES.seeds });
      seen.add(s);
    });
  }
  if (tune.select === 'target' && !isObj(v.target)) issues.push({ path: [...at, 'select'], message: 'select "target" needs a "target" in the experiment (or use "final" or "best")', code: TUNE_CODES.select });
}

/** Every tune problem of a config value (the JSON Schema has checked shapes and types already). */
export function checkTune(v: Obj): TuneIssue[] {
  const issues: TuneIssue[] = [];
  const runs = Array.isArray(v.runs) ? v.runs : [];
  const typeOf = (run: unknown): string | undefined => (isObj(run) && isObj(run.optimizer) && typeof run.optimizer.type === 'string' ? run.optimizer.type : undefined);
  const nameOf = (run: unknown, i: number): string => (isObj(run) && typeof run.name === 'string' ? run.name : `runs[${i}]`);
  runs.forEach((run, i) => {
    if (!isObj(run) || !isObj(run.tune)) return;
    if (run.sweep !== undefined) issues.push({ path: ['runs', i, 'tune'], key: true, message: 'a run has either "sweep" (explicit values) or "tune" (a search space), not both', code: TUNE_CODES.sweepAndTune });
    const type = typeOf(run);
    checkTuneAt(v, ['runs', i, 'tune'], run.tune, type ? [{ type, run: nameOf(run, i) }] : [], issues);
  });
  if (isObj(v.tune)) {
    const inheriting = runs
      .map((run, i) => ({ run, i }))
      .filter(({ run }) => isObj(run) && run.tune === undefined && run.sweep === undefined)
      .map(({ run, i }) => ({ type: typeOf(run), run: nameOf(run, i) }))
      .filter((t): t is { type: string; run: string } => t.type !== undefined);
    checkTuneAt(v, ['tune'], v.tune, inheriting, issues);
  }
  return issues;
}
