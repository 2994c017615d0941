/**
 * function2d: classic 2-D optimizer test functions (SPEC §6), minimised over one parameter "xy" = (x, y).
 *
 * - rosenbrock  (1 − x)² + 100(y − x²)²,                 minimum 0 at (1, 1),  start (−1.5, 2)
 * - rastrigin   20 + Σ (v² − 10 cos 2πv),                minimum 0 at (0, 0),  start (−2, 3.5)
 * - beale       (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum 0 at (3, 0.5), start (1, 1.5)
 * - quadratic   ½(x² + κy²), κ = condition (100),        minimum 0 at (0, 0),  start (1, 1)
 *
 * The start points are the usual ones of optimizer visualisations (e.g. pytorch-optimizer's). The loss is
 * deterministic: batches are trivial and evaluate() reports the function value as valLoss. "xy" has role
 * 'bias' (a 1-D parameter), so matrix optimizers such as Muon fall back to AdamW on this task.
 */
import { tf } from '../tf';
import type { Function2dTaskConfig } from '../config/types';
import type { NamedParam } from '../optimizers/types';
import { trainable } from './layers';
import { TaskConfigError, type Task, type TaskBatch, type TaskEval } from './types';
import { FUNCTION2D_DEFAULTS, function2dValue, type Function2dName } from './function2dMath';

export { FUNCTION2D_DEFAULTS, function2dValue };

/** f(x, y) on tensors (scalars), so that gradients come from autodiff. */
function function2dTensor(fn: Function2dName, x: tf.Tensor, y: tf.Tensor, condition: number): tf.Tensor {
  switch (fn) {
    case 'rosenbrock': {
      const a = tf.sub(1, x);
      const b = tf.sub(y, tf.mul(x, x));
      return tf.add(tf.mul(a, a), tf.mul(tf.mul(b, b), 100));
    }
    case 'rastrigin': {
      const term = (v: tf.Tensor): tf.Tensor => tf.sub(tf.mul(v, v), tf.mul(tf.cos(tf.mul(v, 2 * Math.PI)), 10));
      return tf.add(tf.add(term(x), term(y)), 20);
    }
    case 'beale': {
      const y2 = tf.mul(y, y);
      const y3 = tf.mul(y2, y);
      const t = (c: number, yk: tf.Tensor): tf.Tensor => {
        const r = tf.add(tf.sub(c, x), tf.mul(x, yk));
        return tf.mul(r, r);
      };
      return tf.add(tf.add(t(1.5, y), t(2.25, y2)), t(2.625, y3));
    }
    case 'quadratic':
      return tf.mul(tf.add(tf.mul(x, x), tf.mul(tf.mul(y, y), condition)), 0.5);
    default:
      throw new TaskConfigError(`function2d: unknown fn "${String(fn)}"`);
  }
}

const BATCH: TaskBatch = Object.freeze({ kind: 'function2d' as const });

export class Function2dTask implements Task {
  readonly kind = 'function2d' as const;
  readonly params: NamedParam[];
  readonly itemsPerBatch = 1;
  readonly batchSize = 1;
  readonly fn: Function2dName;
  readonly condition: number;
  readonly start: readonly [number, number];
  private readonly xy: tf.Variable;

  constructor(cfg: Function2dTaskConfig) {
    if (!(cfg.fn in FUNCTION2D_DEFAULTS.start)) throw new TaskConfigError(`function2d: unknown fn "${String(cfg.fn)}"`);
    this.fn = cfg.fn;
    this.condition = cfg.condition ?? FUNCTION2D_DEFAULTS.condition;
    if (!(this.condition > 0) || !Number.isFinite(this.condition)) throw new TaskConfigError(`function2d: condition must be > 0, got ${this.condition}`);
    this.start = cfg.start ?? FUNCTION2D_DEFAULTS.start[cfg.fn];
    if (this.start.length !== 2 || !this.start.every(Number.isFinite)) throw new TaskConfigError('function2d: start must be two finite numbers');
    this.xy = trainable(tf.tensor1d(this.start.slice()));
    this.params = [{ name: 'xy', variable: this.xy, role: 'bias' }];
  }

  nextBatch(): TaskBatch {
    return BATCH;
  }

  fullBatch(): TaskBatch {
    return BATCH;
  }

  loss(): tf.Scalar {
    const [x, y] = tf.split(this.xy, 2);
    return tf.reshape(function2dTensor(this.fn, x, y, this.condition), []) as tf.Scalar;
  }

  evaluate(): TaskEval {
    const [x, y] = this.xy.dataSync();
    return { valLoss: function2dValue(this.fn, x, y, this.condition) };
  }

  /** Current (x, y), for the trajectory plot. */
  position(): [number, number] {
    const [x, y] = this.xy.dataSync();
    return [x, y];
  }

  dispose(): void {
    this.xy.dispose();
  }
}
