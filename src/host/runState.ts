/**
 * The comparison model of the host as a pure state machine: the experiment shown, its job series, the live
 * deltas not yet sent to the webviews, and the step counters behind the progress notification. `apply` folds
 * one `ExperimentEvent` into it; everything editor-facing (trust, modals, the progress notification, timers,
 * broadcasting) stays in `runManager.ts`. No vscode import, so it is unit-tested under plain mocha.
 */
import type { ExperimentEvent } from '../runner/experimentRunner';
import type { ExperimentSummary } from '../core/events';
import type { CompareDelta, ExperimentInfo, JobDelta, JobSeries } from '../protocol';

/** Step counters of the running experiment, for the progress notification. */
export interface RunProgress {
  doneSteps: number;
  totalSteps: number;
  /** doneSteps / totalSteps clamped to [0, 1]; 0 before the experiment started. */
  fraction: number;
  /** Tuning trial jobs (SPEC §10) and how many of them have ended. */
  trialJobs: number;
  trialsEnded: number;
}

export class RunState {
  experiment?: ExperimentInfo;
  jobs = new Map<string, JobSeries>();
  summary?: ExperimentSummary;
  private pending = new Map<string, JobDelta>();
  private pendingSummary?: ExperimentSummary;
  private totalSteps = 0;
  private doneSteps = 0;
  /** Steps counted so far per job (rows may repeat a step after a resend; only progress forward counts). */
  private progressOf = new Map<string, number>();

  /** `now` stamps the start of a live experiment (injected so tests are deterministic). */
  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Shows a finished experiment (loaded from disk); live counters start over. */
  load(experiment: ExperimentInfo | undefined, jobs: JobSeries[], summary: ExperimentSummary | undefined): void {
    this.experiment = experiment;
    this.jobs = new Map(jobs.map((j) => [j.key.id, j]));
    this.summary = summary;
  }

  /** Clears the step counters (a new run is about to start). */
  resetProgress(): void {
    this.totalSteps = 0;
    this.doneSteps = 0;
    this.progressOf = new Map();
  }

  /**
   * Folds one event into the state. Returns true when it queued something for the next delta (the caller
   * schedules a flush); `experiment-start` replaces the whole state and returns false (the caller sends it in full).
   */
  apply(e: ExperimentEvent): boolean {
    switch (e.kind) {
      case 'experiment-start':
        this.experiment = {
          name: e.config.name,
          dir: e.dir,
          startedAt: this.now().toISOString(),
          backend: e.backend,
          steps: e.config.steps,
          ...(e.config.target ? { target: e.config.target } : {}),
          ...(e.config.baseline ? { baseline: e.config.baseline } : {}),
          task: e.config.task,
        };
        this.summary = undefined;
        this.jobs = new Map(
          e.jobs.map((k) => [k.id, { key: k, status: 'running', optimizer: e.config.runs.find((r) => r.name === k.run)?.optimizer.type, rows: [], qkclip: [] }]),
        );
        this.resetProgress();
        this.totalSteps = e.jobs.length * e.config.steps;
        return false;
      case 'start':
        if (this.experiment) this.experiment.backend = e.backend;
        this.delta(e.job.id, e.job).status = 'running';
        return true;
      case 'metrics': {
        this.jobs.get(e.job.id)?.rows.push(...e.rows);
        this.delta(e.job.id, e.job).rows.push(...e.rows);
        const last = e.rows[e.rows.length - 1];
        if (last) {
          const before = this.progressOf.get(e.job.id) ?? 0;
          const now = last.step + 1;
          if (now > before) {
            this.doneSteps += now - before;
            this.progressOf.set(e.job.id, now);
          }
        }
        return true;
      }
      case 'qkclip': {
        this.jobs.get(e.job.id)?.qkclip.push(...e.events);
        const d = this.delta(e.job.id, e.job);
        d.qkclip = [...(d.qkclip ?? []), ...e.events];
        return true;
      }
      case 'snapshot':
        return false;
      case 'end': {
        const series = this.jobs.get(e.job.id);
        if (series) {
          series.status = e.result.status;
          series.result = e.result;
        }
        const d = this.delta(e.job.id, e.job);
        d.status = e.result.status;
        d.result = e.result;
        return true;
      }
      case 'experiment-end':
        this.summary = e.summary;
        this.pendingSummary = e.summary;
        return true;
    }
  }

  progress(): RunProgress {
    const trials = [...this.jobs.values()].filter((j) => j.key.trial !== undefined);
    return {
      doneSteps: this.doneSteps,
      totalSteps: this.totalSteps,
      fraction: this.totalSteps > 0 ? Math.min(1, this.doneSteps / this.totalSteps) : 0,
      trialJobs: trials.length,
      trialsEnded: trials.filter((j) => j.status !== 'running').length,
    };
  }

  /** Something is queued for the webviews. */
  get hasPending(): boolean {
    return this.pending.size > 0 || !!this.pendingSummary;
  }

  /** The queued deltas as one message; the queue is emptied. */
  takeDelta(running: boolean): CompareDelta {
    const delta: CompareDelta = {
      jobs: [...this.pending.values()],
      running,
      ...(this.pendingSummary ? { summary: this.pendingSummary } : {}),
    };
    this.pending = new Map();
    this.pendingSummary = undefined;
    return delta;
  }

  private delta(id: string, key: JobDelta['key']): JobDelta {
    let d = this.pending.get(id);
    if (!d) {
      d = { key, rows: [] };
      this.pending.set(id, d);
    }
    return d;
  }
}
