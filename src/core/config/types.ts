/**
 * Typed view of a `*.optlab.json` experiment config (SPEC §2). The JSON Schema in `schema.ts` describes the
 * same shape; `validate.ts` turns a parsed document into `ExperimentConfig` plus positioned problems.
 */
import type { OptimizerConfig } from '../optimizers/types';

export type ScheduleType =
  | 'constant'
  | 'linear'
  | 'warmup_cosine'
  | 'inverse_sqrt'
  | 'wsd'
  // PyTorch 1.13 torch.optim.lr_scheduler (SPEC §12)
  | 'step'
  | 'multistep'
  | 'exponential'
  | 'polynomial'
  | 'cosine_annealing'
  | 'cosine_restarts'
  | 'onecycle'
  | 'cyclic';
export type WsdDecayType = 'linear' | 'cosine' | '1-sqrt';
export type AnnealStrategy = 'cos' | 'linear';
export type CyclicMode = 'triangular' | 'triangular2' | 'exp_range';

/** SPEC §4; every field optional except `type` (defaults live in schedules.ts). */
export interface ScheduleConfig {
  type: ScheduleType;
  warmupSteps?: number;
  /** warmup_cosine */
  numCycles?: number;
  /** warmup_cosine, wsd */
  minLrRatio?: number;
  /** inverse_sqrt */
  timescale?: number;
  /** wsd */
  stableSteps?: number;
  decaySteps?: number;
  decayType?: WsdDecayType;
  /** step (StepLR) */
  stepSize?: number;
  /** step, multistep, exponential, cyclic (exp_range) */
  gamma?: number;
  /** multistep */
  milestones?: number[];
  /** polynomial */
  totalIters?: number;
  power?: number;
  /** cosine_annealing */
  tMax?: number;
  /** cosine_annealing, cosine_restarts (absolute LR) */
  etaMin?: number;
  /** cosine_restarts */
  t0?: number;
  tMult?: number;
  /** onecycle, cyclic (absolute LRs) */
  maxLr?: number;
  baseLr?: number;
  /** onecycle */
  pctStart?: number;
  annealStrategy?: AnnealStrategy;
  divFactor?: number;
  finalDivFactor?: number;
  threePhase?: boolean;
  /** onecycle, cyclic: the optimizer's momentum / β₁ follows the cycle */
  cycleMomentum?: boolean;
  baseMomentum?: number;
  maxMomentum?: number;
  /** cyclic */
  stepSizeUp?: number;
  stepSizeDown?: number;
  mode?: CyclicMode;
}

export interface Function2dTaskConfig {
  type: 'function2d';
  /** Test function; `quadratic` is ½(x² + condition·y²). */
  fn: 'rosenbrock' | 'rastrigin' | 'beale' | 'quadratic';
  /** Condition number of `quadratic` (default 100). */
  condition?: number;
  /** Start point (default per function). */
  start?: [number, number];
}

export interface MatrixTaskConfig {
  type: 'matrix';
  /** `regression`: min ‖XW − Y‖² with ill-conditioned X; `lowrank`: min ‖UV − M‖² for a rank-r target. */
  problem: 'regression' | 'lowrank';
  /** Rows / columns of the learned matrix (defaults 64 × 32). */
  rows?: number;
  cols?: number;
  /** Rank of the target (lowrank, default 4). */
  rank?: number;
  /** Condition number of the data (default 1000). */
  condition?: number;
  batchSize?: number;
}

export interface MlpTaskConfig {
  type: 'mlp';
  dataset: 'spirals' | 'moons' | 'blobs';
  /** Hidden layer widths (default [64, 64]). */
  hidden?: number[];
  /** Number of samples generated (default 2000; 20% held out for validation). */
  samples?: number;
  /** Label noise / jitter (default per dataset). */
  noise?: number;
  /** Number of classes (spirals/blobs; default 3). */
  classes?: number;
  batchSize?: number;
}

export interface CharLmTaskConfig {
  type: 'char_lm';
  layers?: number;
  dModel?: number;
  heads?: number;
  context?: number;
  batchSize?: number;
  /** Tie the output head to the embedding (default false). */
  tiedHead?: boolean;
  /** Built-in deterministic corpus (default) or a text file inside the workspace. */
  corpus?: { file?: string; builtin?: 'grammar'; chars?: number };
}

export type TaskConfig = Function2dTaskConfig | MatrixTaskConfig | MlpTaskConfig | CharLmTaskConfig;
export type TaskType = TaskConfig['type'];

export type MetricName = 'loss' | 'valLoss' | 'valAccuracy' | 'valPerplexity';

export interface TargetConfig {
  metric: MetricName;
  value: number;
}

export interface RunConfig {
  name: string;
  optimizer: OptimizerConfig;
  /** Overrides the experiment's default schedule. */
  schedule?: ScheduleConfig;
  /** Values to try for one optimizer option (`lr`, or e.g. `weightDecay`); best by the target metric wins. */
  sweep?: Record<string, number[]>;
}

export interface ExperimentConfig {
  name: string;
  task: TaskConfig;
  steps: number;
  /** Default [0]. */
  seeds?: number[];
  /** Evaluate every N steps (default max(1, steps/20)). */
  evalEvery?: number;
  target?: TargetConfig;
  /** Default schedule for every run (default constant). */
  schedule?: ScheduleConfig;
  /** Name of the baseline run for speedups. */
  baseline?: string;
  runs: RunConfig[];
  /** Muon/MuonClip: snapshot each hidden matrix's NS input every K steps (0 = off, default 0). */
  snapshotEvery?: number;
}
