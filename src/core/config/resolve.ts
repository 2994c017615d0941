/**
 * The one answer to "what will run" (ARCHITECTURE.md): from a config to its runs with every inherited and
 * default value filled in — the run's schedule (its own, else the experiment's, else constant), steps,
 * evaluation interval, seeds, the swept value applied, and each parameter group's base LR under the name the
 * trainer reports it. The trainer's jobs (experiment.ts), the hover and LR panel (host/lrModel.ts), CodeLens and
 * the exported script (export/pytorchExport.ts) all read it from here, so they cannot disagree; a property test
 * (test/unit/resolve.test.ts) keeps it so for every optimizer type and every example and preset.
 *
 * Lenient on purpose: the hover calls it on unsaved, possibly invalid text, so missing pieces fall back to their
 * defaults and only what cannot be resolved (no optimizer type, a required LR missing) throws.
 */
import { isObj } from '../../guards';
import type { Obj } from '../../guards';
import type { OptimizerConfig } from '../optimizers/types';
import { optimizerBaseLrs } from './schema';
import type { ExperimentConfig, RunConfig, ScheduleConfig } from './types';

/** Seeds of an experiment that lists none. */
export const DEFAULT_SEEDS: readonly number[] = Object.freeze([0]);

/** Evaluation interval when the config gives none: 20 evaluations per run. */
function defaultEvalEvery(steps: number): number {
  return Math.max(1, Math.round(steps / 20));
}

/** One parameter group of a run: the name the trainer logs its LR under (`MetricRow.lr`) and its base LR. */
interface GroupSpec {
  name: string;
  baseLr: number;
}

/** A run as it will train: one entry per run × sweep value. */
export interface ResolvedRun {
  run: string;
  /** Index of the run in `runs`. */
  index: number;
  sweep?: { key: string; value: number };
  /** The run's optimizer options with the sweep value applied (as written otherwise: the families fill defaults). */
  optimizer: OptimizerConfig;
  schedule: ScheduleConfig;
  steps: number;
  evalEvery: number;
  seeds: number[];
  groups: GroupSpec[];
}

/** Effective schedule of a run: its own, else the experiment's, else constant. */
export function runSchedule(config: Obj | ExperimentConfig, run: unknown): ScheduleConfig {
  if (isObj(run) && isObj(run.schedule)) return run.schedule as unknown as ScheduleConfig;
  const top = (config as Obj).schedule;
  if (isObj(top)) return top as unknown as ScheduleConfig;
  return { type: 'constant' };
}

/**
 * Parameter groups and base LRs of an optimizer config, defaults from the schema's table: hybrid → muon +
 * adamw; muon/muonclip → muon + the AdamW fallback (logged as "adamw"); normuon → normuon + its AdamW group
 * (fallback.lr, else the optimizer's lr); every other type → "default".
 */
export function optimizerGroups(opt: unknown): GroupSpec[] {
  const type = isObj(opt) && typeof opt.type === 'string' ? opt.type : undefined;
  if (!type) throw new Error('the run has no optimizer "type"');
  return optimizerBaseLrs({ ...(opt as Obj), type }).map((g) => {
    if (g.lr === undefined) throw new Error(`${type}: "lr" is required (no default)`);
    return { name: g.group === 'fallback' ? 'adamw' : g.group, baseLr: g.lr };
  });
}

/** The sweep of a run as (key, values), or undefined. One swept option per run. */
export function runSweep(run: RunConfig): { key: string; values: number[] } | undefined {
  if (!run.sweep) return undefined;
  const entries = Object.entries(run.sweep);
  if (!entries.length) return undefined;
  const [key, values] = entries[0];
  return { key, values };
}

interface ResolveOptions {
  /** Override of the config's step count (CLI `--steps`). */
  steps?: number;
  /** Only these runs (by name). */
  onlyRuns?: readonly string[];
}

/** Every run × sweep value of a validated config, resolved, in file order. */
export function resolveRuns(config: ExperimentConfig, opts: ResolveOptions = {}): ResolvedRun[] {
  const steps = opts.steps ?? config.steps;
  const seeds = config.seeds?.length ? [...config.seeds] : [...DEFAULT_SEEDS];
  const evalEvery = Math.min(config.evalEvery ?? defaultEvalEvery(steps), steps);
  const out: ResolvedRun[] = [];
  config.runs.forEach((run, index) => {
    if (opts.onlyRuns && !opts.onlyRuns.includes(run.name)) return;
    const sweep = runSweep(run);
    const variants = sweep ? sweep.values.map((value) => ({ key: sweep.key, value })) : [undefined];
    for (const variant of variants) {
      const optimizer = variant ? { ...run.optimizer, [variant.key]: variant.value } : run.optimizer;
      out.push({
        run: run.name,
        index,
        ...(variant ? { sweep: variant } : {}),
        optimizer,
        schedule: runSchedule(config, run),
        steps,
        evalEvery,
        seeds,
        groups: optimizerGroups(optimizer),
      });
    }
  });
  return out;
}
