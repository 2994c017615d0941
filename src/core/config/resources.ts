/**
 * Resource estimate of one job from the task shape, before anything is allocated (SPEC §13). `validate`
 * refuses a config whose estimate is above `RESOURCE_LIMITS`, naming the key that drives it, so a typo such as
 * `"dModel": 1e5` is an error at its position instead of minutes of swapping and an out-of-memory crash.
 *
 * The estimate is an upper bound in float32 bytes, deliberately simple:
 * - parameters P (exact parameter count of the task's model), their gradients (P) and optimizer state (at most
 *   3 tensors per parameter: Adam's m and v plus AMSGrad's max, Sophia's m and h, …);
 * - activations kept for the backward pass, twice (values and their gradients);
 * - the task's data set held in memory.
 */
import { CHAR_LM_DEFAULTS, MATRIX_DEFAULTS, MLP_DEFAULTS } from '../tasks/defaults';

/** Documented limits (README "Limits"). */
export const RESOURCE_LIMITS = Object.freeze({
  /** Estimated memory of one job (parameters + gradients + optimizer state + activations + data). */
  jobBytes: 4 * 2 ** 30,
  /** Training steps of a run (metrics keep one row per step). */
  steps: 1_000_000,
  /** Jobs of one experiment (runs × sweep values × seeds). */
  jobs: 1000,
  /** Steps of a schedule preview (`optlab schedule`): 10M values are ≈ 200 MB of JSON. */
  scheduleSteps: 10_000_000,
  /** Length of run and experiment names (they name files and folders). */
  nameLength: 64,
});

const F32 = 4;
/** Optimizer-state tensors per parameter, at most (see the header). */
const STATE_PER_PARAM = 3;
/** Vocabulary bound of char_lm (corpus.ts MAX_VOCAB). */
const VOCAB = 65;

interface ResourceEstimate {
  params: number;
  paramBytes: number;
  stateBytes: number;
  activationBytes: number;
  dataBytes: number;
  totalBytes: number;
}

type TaskLike = Record<string, unknown>;

const num = (v: unknown, def: number): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : def);

function finish(params: number, activations: number, data: number): ResourceEstimate {
  const paramBytes = params * F32 * 2;
  const stateBytes = params * F32 * STATE_PER_PARAM;
  const activationBytes = activations * F32 * 2;
  const dataBytes = data * F32;
  return { params, paramBytes, stateBytes, activationBytes, dataBytes, totalBytes: paramBytes + stateBytes + activationBytes + dataBytes };
}

/** Estimate for a task object as written in the config (defaults filled in here); undefined for unknown types. */
export function estimateTask(task: TaskLike): ResourceEstimate | undefined {
  switch (task.type) {
    case 'function2d':
      return finish(2, 2, 0);
    case 'matrix': {
      const rows = num(task.rows, MATRIX_DEFAULTS.rows);
      const cols = num(task.cols, MATRIX_DEFAULTS.cols);
      const rank = num(task.rank, MATRIX_DEFAULTS.rank);
      const n = 4 * cols;
      const batch = Math.min(num(task.batchSize, n), n);
      const params = task.problem === 'lowrank' ? rank * (rows + cols) : rows * cols;
      // Data: X [n, cols] and Y [n, rows] for training and validation (lowrank: the target M).
      const data = task.problem === 'lowrank' ? rows * cols : 2 * n * (rows + cols);
      return finish(params, batch * (rows + cols) * 2, data);
    }
    case 'mlp': {
      const hidden = Array.isArray(task.hidden) ? task.hidden.map((h) => num(h, 1)) : [...MLP_DEFAULTS.hidden];
      const classes = num(task.classes, MLP_DEFAULTS.classes);
      const samples = num(task.samples, MLP_DEFAULTS.samples);
      const batch = Math.min(num(task.batchSize, MLP_DEFAULTS.batchSize), samples);
      const widths = [2, ...hidden, classes];
      let params = 0;
      for (let i = 1; i < widths.length; i++) params += widths[i - 1] * widths[i] + widths[i];
      const perSample = widths.reduce((a, b) => a + b, 0) * 2;
      const data = samples * (2 + 1 + classes);
      const activations = batch * perSample;
      return finish(params, activations, data);
    }
    case 'char_lm': {
      const L = num(task.layers, CHAR_LM_DEFAULTS.layers);
      const d = num(task.dModel, CHAR_LM_DEFAULTS.dModel);
      const h = num(task.heads, CHAR_LM_DEFAULTS.heads);
      const T = num(task.context, CHAR_LM_DEFAULTS.context);
      const B = num(task.batchSize, CHAR_LM_DEFAULTS.batchSize);
      const tied = task.tiedHead === true;
      // Embedding, positions, per block (QKV + output projection, 4× MLP, two LayerNorms, biases), final norm, head.
      const params = VOCAB * d + T * d + L * (12 * d * d + 13 * d) + 2 * d + (tied ? 0 : d * VOCAB) + VOCAB;
      // Per block: ≈17 d-wide values per token (norms, q/k/v, attention output, projections, 4× MLP, residuals)
      // and the attention scores and probabilities (h × T per token); then the logits.
      const perToken = L * (17 * d + 2 * h * T) + 2 * VOCAB;
      const activations = B * T * perToken;
      const dataChars = num((task.corpus as TaskLike | undefined)?.chars, 0);
      return finish(params, activations, dataChars / F32);
    }
    default:
      return undefined;
  }
}

/**
 * The key of `task` to blame for a large estimate: of the keys the user set, the one whose reset to its
 * default shrinks the estimate most (so `"layers": 1000` points at layers, not at an unset batchSize).
 */
export function drivingKey(task: TaskLike): string | undefined {
  const total = estimateTask(task)?.totalBytes ?? 0;
  let best: { key: string; saved: number } | undefined;
  for (const key of Object.keys(task)) {
    if (key === 'type') continue;
    const without = { ...task };
    delete without[key];
    const saved = total - (estimateTask(without)?.totalBytes ?? total);
    if (saved > 0 && (!best || saved > best.saved)) best = { key, saved };
  }
  return best?.key;
}
