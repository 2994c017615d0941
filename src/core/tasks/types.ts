/**
 * The task contract shared by the trainer, the benchmarks and the tests (SPEC §6). A task owns its data,
 * its parameters (tfjs Variables with roles, PyTorch layout) and every tensor it hands out; the trainer only
 * asks for batches, losses and evaluations.
 */
import type { tf } from '../tf';
import type { TaskType } from '../config/types';
import type { NamedParam, QkStat } from '../optimizers/types';

export interface TaskEval {
  valLoss: number;
  valAccuracy?: number;
  valPerplexity?: number;
}

/** Opaque to the trainer: tensors the task owns (disposed on the next `nextBatch`/`fullBatch` or `dispose`). */
export interface TaskBatch {
  readonly kind: TaskType;
}

export interface Task {
  readonly kind: TaskType;
  readonly params: NamedParam[];
  /** Deterministic batch sequence for the seed given at creation; the task owns/disposes returned tensors on the next call or dispose(). */
  nextBatch(step: number): TaskBatch;
  /** Full training set as one batch (for bgd). */
  fullBatch(): TaskBatch;
  /** Scalar mean training loss; called inside tf.variableGrads / tf.tidy by the trainer. */
  loss(batch: TaskBatch): tf.Scalar;
  /** Sophia Gauss-Newton-Bartlett: mean loss against labels sampled from the model's own softmax (classifiers/LMs only). */
  sampledLoss?(batch: TaskBatch, seed: number): tf.Scalar;
  /** Examples (or tokens for char_lm) per training batch. */
  readonly itemsPerBatch: number;
  /**
   * Batch size B used by GNB (ĥ = B·ĝ⊙ĝ): the number of loss terms the mean runs over, i.e. examples, or
   * tokens for char_lm (the loss is a mean over batch × context independent predictions).
   */
  readonly batchSize: number;
  evaluate(): TaskEval;
  /** char_lm: per-head max pre-softmax logit (1/√d included) of the last loss() call, for MuonClip and logging. */
  qkStats?(): QkStat[];
  /** function2d: the current (x, y), logged per step (MetricRow.xy) for the landscape view. */
  position?(): [number, number];
  /** The unigram entropy (nats) of the corpus, char_lm only (a baseline users see). */
  readonly unigramEntropy?: number;
  dispose(): void;
}

export interface TaskOptions {
  /** Folder that `corpus.file` must lie inside (char_lm). */
  workspaceRoot?: string;
  /** Reads a text file (char_lm `corpus.file`); defaults to fs.readFileSync(p, 'utf8'). */
  readFile?: (p: string) => string;
}

/** Thrown for a task config the task cannot build (bad sizes, a corpus file outside the workspace, …). */
export class TaskConfigError extends Error {}
