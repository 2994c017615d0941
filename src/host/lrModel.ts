/**
 * LR curves of a config's runs, for the hover and the LR panel. Works on raw, possibly invalid or unsaved
 * JSONC text (the core's lenient JSONC reader): every run that can be built gets its curves, the others an
 * error line, so a typo elsewhere in the file does not blank the preview. The LR math is the core schedules
 * module (`buildSchedule`, `scheduleCurve`); nothing here computes λ itself. No vscode import.
 */
import { parseLenient } from '../core/config/parse';
import { buildSchedule, scheduleCurve } from '../core/schedules';
import type { LrGroupCurve, LrRunCurves, LrState } from '../protocol';
import { optimizerGroups, runSchedule } from '../core/config/resolve';

export { optimizerGroups, runSchedule };
import { isObj } from '../guards';
import type { Obj } from '../guards';

/** The raw document, leniently parsed (comments and trailing commas allowed; errors do not throw). */
function parseRaw(text: string): Obj {
  const v = parseLenient(text).value;
  return isObj(v) ? v : {};
}

export function totalStepsOf(raw: Obj): number | undefined {
  const s = raw.steps;
  return typeof s === 'number' && Number.isInteger(s) && s > 0 ? s : undefined;
}

/** Curves of one run (every group with its own base LR), decimated to ≤ maxPoints per group. */
export function runCurves(raw: Obj, run: unknown, index: number, maxPoints = 600): LrRunCurves {
  const total = totalStepsOf(raw);
  const name = isObj(run) && typeof run.name === 'string' ? run.name : `runs[${index}]`;
  const opt = isObj(run) ? run.optimizer : undefined;
  const optimizer = isObj(opt) && typeof opt.type === 'string' ? opt.type : '?';
  if (total === undefined) throw new Error('"steps" must be a positive integer to draw the schedule');
  const cfg = runSchedule(raw, run);
  const specs = optimizerGroups(opt);
  // The run's lr (first group) is the base of absolute schedule options; every group scales by the same λ,
  // as in the trainer.
  const base = specs[0]?.baseLr ?? 1;
  const sched = buildSchedule(cfg, total, base);
  const steps = scheduleCurve(cfg, total, base, maxPoints).map((p) => p.step);
  const lambdas = steps.map((t) => sched.lambda(t));
  const groups: LrGroupCurve[] = specs.map((g) => ({ name: g.name, baseLr: g.baseLr, steps, lr: lambdas.map((l) => g.baseLr * l) }));
  const m = sched.momentum;
  return { run: name, optimizer, schedule: sched.describe(), groups, phases: sched.phases, ...(m ? { momentum: { steps, values: steps.map((t) => m(t)) } } : {}) };
}

/** The config's "name" (its results directory), when the text has one. */
export function configNameOf(text: string): string | undefined {
  const name = parseRaw(text).name;
  return typeof name === 'string' && name ? name : undefined;
}

/** Everything the LR panel shows for a config text. */
export function computeLrState(text: string, file?: string, maxPoints = 600): LrState {
  const raw = parseRaw(text);
  const total = totalStepsOf(raw) ?? 0;
  const errors: string[] = [];
  const runs: LrRunCurves[] = [];
  if (!totalStepsOf(raw)) errors.push('"steps" must be a positive integer to draw the schedules.');
  else if (!Array.isArray(raw.runs) || raw.runs.length === 0) errors.push('The config has no "runs".');
  else {
    raw.runs.forEach((run, i) => {
      try {
        runs.push(runCurves(raw, run, i, maxPoints));
      } catch (e) {
        const name = isObj(run) && typeof run.name === 'string' ? run.name : `runs[${i}]`;
        errors.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  }
  return { ...(file ? { file } : {}), totalSteps: total, runs, errors };
}
