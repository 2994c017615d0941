/**
 * Every task's defaults, tensor-free and frozen: the tasks, validation and the resource estimator read them
 * from here (importing a task module would load tfjs).
 */

export const MATRIX_DEFAULTS = Object.freeze({ rows: 64, cols: 32, rank: 4, condition: 1000, noise: 0.01, initStd: 0.1 });

export const MLP_DEFAULTS = Object.freeze({
  hidden: Object.freeze([64, 64]) as readonly number[],
  samples: 2000,
  classes: 3,
  batchSize: 64,
  valFraction: 0.2,
  noise: Object.freeze({ spirals: 0.2, moons: 0.1, blobs: 1.0 }),
});

export const CHAR_LM_DEFAULTS = Object.freeze({
  layers: 2,
  dModel: 64,
  heads: 4,
  context: 64,
  batchSize: 16,
  tiedHead: false,
  /** Validation batches (of batchSize sequences each) evaluated by evaluate(). */
  evalBatches: 4,
  /** Cap on the sequences of fullBatch() (non-overlapping windows of the training split). */
  maxFullBatchSequences: 512,
});
