/**
 * What a training job reports while it runs, and what an experiment reports when it ends. The trainer emits
 * these, workers forward them unchanged, the CLI prints them and the extension streams them to webviews;
 * the same rows are the lines of `metrics.jsonl`. No runtime imports: webviews share these types.
 */
import type { BackendName } from './backendName';

/** One parameter group as reported to users (LR preview, partition table). */
export interface ParamGroupInfo {
  /** e.g. "muon", "adamw", "default". */
  name: string;
  /** Optimizer family that updates this group. */
  rule: string;
  baseLr: number;
  params: string[];
  /** Number of scalar parameters in the group. */
  size: number;
}

/** One QK-clip (MuonClip) applied after a step. */
export interface QkClipEvent {
  step: number;
  layer: number;
  head: number;
  maxLogit: number;
  eta: number;
}

/** One logged training step. Validation fields appear on eval steps only. */
export interface MetricRow {
  step: number;
  /** Training loss of this step's batch (before the update). */
  loss: number;
  /** LR of each parameter group this step (group name → LR). */
  lr: Record<string, number>;
  /**
   * LR-free optimizers (prodigy, dadapt_adam): the step size each group actually applied (d·lr·λ, with the
   * bias correction when on) — `lr` holds the multiplier there.
   */
  effectiveLr?: Record<string, number>;
  /** Global L2 norm of the gradient. */
  gradNorm: number;
  /** RMS of the parameter change made by this step, over all parameters. */
  updateRms: number;
  /** Tokens (char_lm) or examples seen so far, including this step. */
  tokens: number;
  /** Wall time since the job started, ms. */
  timeMs: number;
  valLoss?: number;
  valAccuracy?: number;
  valPerplexity?: number;
  /** char_lm: max pre-softmax attention logit over heads this step. */
  maxAttnLogit?: number;
  /**
   * function2d: the parameter (x, y) after this step's update (the start point is the task's `start`), for
   * the landscape view. Absent for other tasks and in files written before it was logged.
   */
  xy?: [number, number];
}

/** Identity of one job: a run × seed (× sweep value). */
export interface JobKey {
  /** Stable id, also the metrics file stem, e.g. "adamw__s0" or "lion__lr=0.0003__s1". */
  id: string;
  run: string;
  seed: number;
  sweep?: { key: string; value: number };
  /** Tuning trial index (1-based, SPEC §10) when this job is a trial on a tuning seed. */
  trial?: number;
}

export type JobStatus = 'running' | 'done' | 'diverged' | 'cancelled' | 'error';

export interface JobResult {
  job: JobKey;
  status: Exclude<JobStatus, 'running'>;
  /** Step at which NaN/Inf or loss > 10× initial stopped the job. */
  divergedAt?: number;
  /** Human-readable reason for diverged/error. */
  message?: string;
  stepsDone: number;
  finalLoss?: number;
  bestValLoss?: number;
  finalValPerplexity?: number;
  finalValAccuracy?: number;
  /** First step whose target metric reached the target, if any. */
  stepsToTarget?: number;
  /** Training wall-clock (ms) up to the step that reached the target, evaluation time excluded. */
  timeToTargetMs?: number;
  /** Validation loss at the last evaluation. */
  finalValLoss?: number;
  /** The judged metric (the target's, else training loss) at the last evaluation, and its best value. */
  finalMetric?: number;
  bestMetric?: number;
  tokensPerSec: number;
  stateBytes: number;
  peakTensorBytes: number;
  wallMs: number;
}

export type TrainerEvent =
  | {
      kind: 'start';
      job: JobKey;
      backend: BackendName;
      /** Parameter groups (partition for hybrid/muon), with base LRs. */
      groups: ParamGroupInfo[];
      paramCount: number;
      steps: number;
    }
  /** Batched rows since the last event (the trainer batches to keep messages ≤ ~10/s). */
  | { kind: 'metrics'; job: JobKey; rows: MetricRow[] }
  | { kind: 'qkclip'; job: JobKey; events: QkClipEvent[] }
  /** Snapshot of a hidden matrix (Muon, NorMuon: its NS input; SOAP: its update direction), written to disk; the path is relative to the run dir. */
  | { kind: 'snapshot'; job: JobKey; step: number; param: string; file: string }
  | { kind: 'end'; job: JobKey; result: JobResult };

/** One row of the experiment summary table (SPEC §1), aggregated over seeds (mean, with spread). */
export interface RunSummary {
  run: string;
  optimizer: string;
  /** Chosen sweep value when the run swept an option. */
  sweepChoice?: { key: string; value: number };
  seeds: number[];
  finalLoss?: number;
  finalLossStd?: number;
  bestValLoss?: number;
  valPerplexity?: number;
  valAccuracy?: number;
  stepsToTarget?: number;
  /** baseline steps-to-target ÷ this run's; > 1 is faster. */
  speedup?: number;
  tokensPerSec: number;
  stateBytes: number;
  peakTensorBytes: number;
  /** Earliest divergence step over seeds. */
  divergedAt?: number;
  status: Exclude<JobStatus, 'running'>;
  /** Mean training seconds to the target over seeds (evaluation excluded); null unless every seed reached it. */
  timeToTargetSec?: number | null;
  /** Every run but the baseline: the comparison with it over the evaluation seeds (SPEC §10). */
  vsBaseline?: VsBaseline;
  /** Tuned runs: every trial and the chosen one (SPEC §10). */
  tuning?: TuningSummary;
  /** The optimizer options that ran on the evaluation seeds: every default and the chosen values filled in. */
  optimizerResolved?: Record<string, unknown>;
}

/** See stats.ts. */
export interface VsBaseline {
  metric: string;
  diff: number;
  ci95: [number, number] | null;
  verdict: 'better' | 'worse' | 'indistinguishable';
  seedsNeeded: number | null;
  speedupSteps: number | null;
  speedupTime: number | null;
}

/** One tuning trial over the tuning seeds (means over those seeds). */
export interface TrialRecord {
  index: number;
  values: Record<string, number>;
  score: number | null;
  stepsToTarget: number | null;
  finalMetric: number | null;
  diverged: boolean;
  /** Per tuning seed: final metric (null when missing), for the sensitivity band. */
  perSeed?: Array<number | null>;
}

export interface TuningSummary {
  method: 'halton' | 'grid' | 'random';
  select: 'target' | 'final' | 'best';
  seeds: number[];
  /** Range kind per key, so views can use a log axis for `log` ranges. */
  scales: Record<string, 'log' | 'linear' | 'values'>;
  trials: TrialRecord[];
  chosen: { index: number; values: Record<string, number> } | null;
}

export interface ExperimentSummary {
  name: string;
  /** ISO time of the start. */
  startedAt: string;
  backend: string;
  steps: number;
  target?: { metric: string; value: number };
  baseline?: string;
  runs: RunSummary[];
  jobs: JobResult[];
  /** Results directory of this experiment (absolute). */
  dir: string;
  cancelled: boolean;
  /**
   * Set when a results file could not be written (disk full, permission, …): the run stopped there; files
   * written before are kept. summary.json itself may be missing then.
   */
  writeError?: string;
}
