/**
 * What the landscape panel shows, as a pure state machine under the panel (no vscode, tested in plain mocha):
 * it folds the comparison's full states and live deltas (the run manager's CompareSink stream) into the jobs
 * of the experiment shown, and builds the panel's LandscapeState with the core's landscape model. Before any
 * function2d run, a config opened from its CodeLens is previewed: contour, start and minimum, no paths.
 */
import { parseLenient } from '../core/config/parse';
import type { Function2dTaskConfig } from '../core/config/types';
import { landscapeModel } from '../core/landscape';
import type { LandscapeJobInput } from '../core/landscape';
import { FUNCTION2D_DEFAULTS } from '../core/tasks/function2dMath';
import { isFinitePair, isObj } from '../guards';
import type { CompareDelta, CompareState, LandscapeState } from '../protocol';

/** A config previewed before it ran: its name and function2d task. */
export interface LandscapePreview {
  name: string;
  task: Function2dTaskConfig;
}

const isFunction2d = (t: unknown): t is Function2dTaskConfig => isObj(t) && t.type === 'function2d' && typeof t.fn === 'string' && t.fn in FUNCTION2D_DEFAULTS.start;

/**
 * The function2d task of a (possibly unsaved, possibly invalid) config text, or undefined. Only what the
 * contour needs is read; a bad condition or start falls back to the function's defaults.
 */
export function previewOf(text: string, fallbackName: string): LandscapePreview | undefined {
  const raw = parseLenient(text).value;
  if (!isObj(raw) || !isFunction2d(raw.task)) return undefined;
  const t = raw.task;
  const condition = typeof t.condition === 'number' && t.condition > 0 && Number.isFinite(t.condition) ? t.condition : undefined;
  return {
    name: typeof raw.name === 'string' ? raw.name : fallbackName,
    task: { type: 'function2d', fn: t.fn, ...(condition !== undefined ? { condition } : {}), ...(isFinitePair(t.start) ? { start: t.start } : {}) },
  };
}

export class LandscapeTracker {
  private name?: string;
  private task?: Function2dTaskConfig;
  private jobs = new Map<string, LandscapeJobInput>();
  private running = false;
  /** A config to show while the experiment on screen is not its run. */
  preview?: LandscapePreview;

  /** A full comparison state: a new experiment (or a reload) replaces everything. */
  applyFull(s: CompareState): void {
    const task = s.experiment?.task;
    const fresh = s.experiment?.name !== this.name || !isFunction2d(task);
    this.name = s.experiment?.name;
    this.task = isFunction2d(task) ? task : undefined;
    this.running = s.running;
    this.jobs = new Map(s.jobs.map((j) => [j.key.id, { key: j.key, status: j.status, rows: [...j.rows], ...(j.imported ? { imported: true } : {}) }]));
    // A function2d run of the previewed config supersedes the preview.
    if (this.task && s.running && fresh) this.preview = undefined;
    if (this.task && this.preview?.name === this.name) this.preview = undefined;
  }

  /** Live rows; returns true when something a path shows changed. */
  applyDelta(d: CompareDelta): boolean {
    let changed = this.running !== d.running;
    this.running = d.running;
    for (const jd of d.jobs) {
      const j = this.jobs.get(jd.key.id) ?? { key: jd.key, status: 'running', rows: [] };
      this.jobs.set(jd.key.id, { ...j, rows: jd.rows.length ? [...j.rows, ...jd.rows] : j.rows, status: jd.status ?? j.status });
      changed ||= jd.rows.some((r) => r.xy !== undefined) || jd.status !== undefined;
    }
    return changed && this.task !== undefined;
  }

  state(): LandscapeState {
    if (this.preview) {
      return { title: this.preview.name, source: 'config', model: landscapeModel(this.preview.task, []), running: this.running, message: 'Run the config to draw every run\'s path on the landscape.' };
    }
    if (!this.task) {
      return {
        running: this.running,
        message: this.name
          ? `"${this.name}" is not a function2d experiment: the landscape shows function2d runs (rosenbrock, rastrigin, beale, quadratic).`
          : 'No function2d experiment yet: run a config with "task": { "type": "function2d" } to see its landscape.',
      };
    }
    const model = landscapeModel(this.task, [...this.jobs.values()]);
    const hasPaths = model.paths.some((p) => p.steps.length > 1);
    return {
      title: this.name,
      source: 'experiment',
      model,
      running: this.running,
      ...(hasPaths || this.running ? {} : { message: 'These runs logged no (x, y) positions (results written before positions were logged): run the config again to draw paths.' }),
    };
  }
}
