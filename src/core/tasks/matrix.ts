/**
 * matrix: problems where the geometry of matrix updates matters (SPEC §6), so Muon's orthogonalised updates
 * can be compared with coordinate-wise methods.
 *
 * - regression: min_W ‖X·Wᵀ − Y‖²_F / n with W [rows, cols] (PyTorch linear layout: rows outputs, cols
 *   inputs), X [n, cols] = √n·U·diag(s)·Vᵀ with orthonormal U, V and s log-spaced from 1 to 1/condition (so
 *   cond(X) = condition), Y = X·W*ᵀ + 0.01·noise, W* ~ N(0, 1/cols). n = 4·cols training rows and as many
 *   held-out rows from the same distribution for valLoss. W starts at 0. Minibatches of `batchSize` rows
 *   (default: all rows, i.e. deterministic gradient descent).
 * - lowrank: min_{U,V} ‖U·V − M‖²_F / (rows·cols), M [rows, cols] of rank r with singular values
 *   log-spaced from σ₁ to σ₁/condition (‖M‖²_F = rows·cols, entries O(1)); U [rows, r] and V [r, cols] start
 *   at N(0, (0.1/√r)²). valLoss = loss (no data).
 *
 * All data come from our seeded PRNG, so backends share them bitwise; data do not depend on the run seed. Parameters have role 'hidden'.
 */
import { tf } from '../tf';
import type { MatrixTaskConfig } from '../config/types';
import type { NamedParam } from '../optimizers/types';
import { mixSeed, Prng } from './prng';
import { trainable } from './layers';
import { TaskConfigError, type Task, type TaskBatch, type TaskEval } from './types';
import { MATRIX_DEFAULTS } from './defaults';


interface MatrixBatch extends TaskBatch {
  readonly kind: 'matrix';
  readonly x?: tf.Tensor2D;
  readonly y?: tf.Tensor2D;
}

/** n×k matrix with orthonormal columns (modified Gram–Schmidt on Gaussian columns), row-major Float64. */
function randomOrthonormal(rng: Prng, n: number, k: number): Float64Array {
  if (k > n) throw new Error(`need k ≤ n, got ${k} > ${n}`);
  const q = new Float64Array(n * k);
  for (let i = 0; i < n * k; i++) q[i] = rng.normal();
  for (let j = 0; j < k; j++) {
    for (let pass = 0; pass < 2; pass++) {
      for (let p = 0; p < j; p++) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += q[i * k + j] * q[i * k + p];
        for (let i = 0; i < n; i++) q[i * k + j] -= dot * q[i * k + p];
      }
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += q[i * k + j] ** 2;
    norm = Math.sqrt(norm);
    for (let i = 0; i < n; i++) q[i * k + j] /= norm;
  }
  return q;
}

/** A·diag(s)·Bᵀ for A [m, r], B [n, r] (row-major) → Float32 [m, n]. */
function usvt(a: Float64Array, s: number[], b: Float64Array, m: number, n: number, r: number): Float32Array {
  const out = new Float32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let acc = 0;
      for (let p = 0; p < r; p++) acc += a[i * r + p] * s[p] * b[j * r + p];
      out[i * n + j] = acc;
    }
  }
  return out;
}

/** k values log-spaced from hi down to hi/condition. */
function logSpaced(k: number, hi: number, condition: number): number[] {
  return Array.from({ length: k }, (_, i) => hi * Math.pow(condition, -(k === 1 ? 0 : i / (k - 1))));
}

function positiveInt(v: number, name: string): number {
  if (!Number.isInteger(v) || v < 1) throw new TaskConfigError(`matrix: ${name} must be a positive integer, got ${v}`);
  return v;
}

export class MatrixTask implements Task {
  readonly kind = 'matrix' as const;
  readonly params: NamedParam[] = [];
  readonly itemsPerBatch: number;
  readonly batchSize: number;
  readonly problem: MatrixTaskConfig['problem'];
  private readonly rows: number;
  private readonly cols: number;
  /** regression data (train and held-out) or the lowrank target. */
  private readonly data: tf.Tensor2D[] = [];
  private xTrain?: tf.Tensor2D;
  private yTrain?: tf.Tensor2D;
  private xVal?: tf.Tensor2D;
  private yVal?: tf.Tensor2D;
  private target?: tf.Tensor2D;
  private current: MatrixBatch | undefined;
  private readonly full: MatrixBatch;
  private readonly n: number;

  constructor(cfg: MatrixTaskConfig, private readonly seed: number) {
    const D = MATRIX_DEFAULTS;
    this.problem = cfg.problem;
    this.rows = positiveInt(cfg.rows ?? D.rows, 'rows');
    this.cols = positiveInt(cfg.cols ?? D.cols, 'cols');
    const condition = cfg.condition ?? D.condition;
    if (!(condition >= 1) || !Number.isFinite(condition)) throw new TaskConfigError(`matrix: condition must be ≥ 1, got ${condition}`);
    // Data are a property of the experiment (the same for every seed); the seed drives init and batches.
    const rng = new Prng(mixSeed(0x3a7, cfg.rows ?? D.rows, cfg.cols ?? D.cols));
    const initRng = new Prng(mixSeed(seed, 0x1a17));
    const keep = <T extends tf.Tensor2D>(t: T): T => {
      this.data.push(t);
      return t;
    };
    if (cfg.problem === 'regression') {
      const { rows, cols } = this;
      const n = 4 * cols;
      this.n = n;
      const s = logSpaced(cols, Math.sqrt(n), condition);
      const v = randomOrthonormal(rng, cols, cols);
      const wStar = rng.normalArray(rows * cols, 1 / Math.sqrt(cols));
      const make = (): [tf.Tensor2D, tf.Tensor2D] => {
        const u = randomOrthonormal(rng, n, cols);
        const x = usvt(u, s, v, n, cols, cols);
        const y = new Float32Array(n * rows);
        for (let i = 0; i < n; i++) {
          for (let o = 0; o < rows; o++) {
            let acc = 0;
            for (let c = 0; c < cols; c++) acc += x[i * cols + c] * wStar[o * cols + c];
            y[i * rows + o] = acc + D.noise * rng.normal();
          }
        }
        return [keep(tf.tensor2d(x, [n, cols])), keep(tf.tensor2d(y, [n, rows]))];
      };
      [this.xTrain, this.yTrain] = make();
      [this.xVal, this.yVal] = make();
      this.params.push({ name: 'W', variable: trainable(tf.zeros([rows, cols])), role: 'hidden' });
      const bs = cfg.batchSize ?? n;
      this.batchSize = Math.min(positiveInt(bs, 'batchSize'), n);
      this.full = { kind: 'matrix', x: this.xTrain, y: this.yTrain };
    } else if (cfg.problem === 'lowrank') {
      const { rows, cols } = this;
      const r = positiveInt(cfg.rank ?? D.rank, 'rank');
      if (r > Math.min(rows, cols)) throw new TaskConfigError(`matrix: rank ${r} exceeds min(rows, cols) = ${Math.min(rows, cols)}`);
      this.n = 1;
      const raw = logSpaced(r, 1, condition);
      const norm = Math.sqrt(raw.reduce((a, b) => a + b * b, 0));
      const s = raw.map((x) => (x / norm) * Math.sqrt(rows * cols));
      this.target = keep(tf.tensor2d(usvt(randomOrthonormal(rng, rows, r), s, randomOrthonormal(rng, cols, r), rows, cols, r), [rows, cols]));
      const std = D.initStd / Math.sqrt(r);
      this.params.push({ name: 'U', variable: trainable(tf.tensor2d(initRng.normalArray(rows * r, std), [rows, r])), role: 'hidden' });
      this.params.push({ name: 'V', variable: trainable(tf.tensor2d(initRng.normalArray(r * cols, std), [r, cols])), role: 'hidden' });
      this.batchSize = 1;
      this.full = { kind: 'matrix' };
    } else {
      throw new TaskConfigError(`matrix: unknown problem "${String(cfg.problem)}"`);
    }
    this.itemsPerBatch = this.batchSize;
  }

  /** regression: batchSize rows drawn without replacement from the (seed, step) stream; lowrank: trivial. */
  nextBatch(step: number): TaskBatch {
    if (this.problem === 'lowrank' || this.batchSize >= this.n) return this.full;
    const rng = new Prng(mixSeed(this.seed, step, 0xb47));
    const idx = rng.permutation(this.n).slice(0, this.batchSize);
    this.disposeCurrent();
    const rowsOf = (t: tf.Tensor2D, w: number): tf.Tensor2D => {
      const src = t.dataSync();
      const out = new Float32Array(idx.length * w);
      for (let i = 0; i < idx.length; i++) out.set(src.subarray(idx[i] * w, idx[i] * w + w), i * w);
      return tf.keep(tf.tensor2d(out, [idx.length, w]));
    };
    this.current = { kind: 'matrix', x: rowsOf(this.xTrain!, this.cols), y: rowsOf(this.yTrain!, this.rows) };
    return this.current;
  }

  fullBatch(): TaskBatch {
    return this.full;
  }

  loss(batch: TaskBatch): tf.Scalar {
    const b = batch as MatrixBatch;
    if (this.problem === 'regression') return this.regressionLoss(b.x!, b.y!);
    const [u, v] = this.params.map((p) => p.variable);
    const r = tf.sub(tf.matMul(u, v), this.target!);
    return tf.mean(tf.mul(r, r)) as tf.Scalar;
  }

  private regressionLoss(x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
    const w = this.params[0].variable;
    const r = tf.sub(tf.matMul(x, tf.transpose(w)), y);
    return tf.div(tf.sum(tf.mul(r, r)), x.shape[0]) as tf.Scalar;
  }

  evaluate(): TaskEval {
    const v = tf.tidy(() => (this.problem === 'regression' ? this.regressionLoss(this.xVal!, this.yVal!) : this.loss(this.full)));
    const valLoss = v.dataSync()[0];
    v.dispose();
    return { valLoss };
  }

  private disposeCurrent(): void {
    if (this.current && this.current !== this.full) {
      this.current.x?.dispose();
      this.current.y?.dispose();
    }
    this.current = undefined;
  }

  dispose(): void {
    this.disposeCurrent();
    for (const t of this.data) t.dispose();
    for (const p of this.params) p.variable.dispose();
  }
}
