/**
 * Kronecker-factored preconditioners: SOAP (Vyas et al., "SOAP: Improving and Stabilizing Shampoo using
 * Adam", arXiv 2409.11321) and Shampoo (Gupta, Koren & Singer, "Shampoo: Preconditioned Stochastic Tensor
 * Optimization", 2018), float32 tensors, decompositions in float64 on the CPU (linalg.ts).
 *
 * (shampoo: see the Shampoo class.)
 *
 * soap (nikhilvyas/SOAP soap.py @ a1e5535, class SOAP, MIT). Per parameter, on its "work" view (the
 * parameter itself, or with `mergeDims` its dimensions merged while the product stays ≤ maxPrecondDim, NCHW
 * first for a 4-D `channels_last` weight); every dimension d ≤ maxPrecondDim (a 1-D parameter only with
 * `precondition1d`) has a factor L_d and an eigenbasis Q_d:
 *   first step:  L_d ← lerp(0, G_(d)G_(d)ᵀ, 1 − β_s);  Q_d ← eigenvectors of L_d by descending eigenvalue;
 *                no update (the reference skips it so a gradient never meets its own basis)
 *   then:        G' ← G ×_d Q_dᵀ (project);  m ← β₁m + (1 − β₁)G';  v ← β₂v + (1 − β₂)G'²
 *                N ← (m / (√v + eps)) ×_d Q_d (project back);  with `normalizeGrads` N ← N / (1e-30 + rms(N))
 *                p ← p − lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·N  (lr alone without `correctBias`);  p ← p − lr·wd·p
 *                m ← back-projected;  L_d ← lerp(L_d, G_(d)G_(d)ᵀ, 1 − β_s)
 *                every preconditionFrequency steps: per d, order Q_d's columns by the estimated eigenvalues
 *                diag(Q_dᵀL_dQ_d) (descending, v's axis d permuted alike) and Q_d ← QR(L_d·Q_d).Q
 *                m ← projected with the (new) bases
 *   β_s = shampooBeta when ≥ 0, else β₂. Defaults: lr 3e-3, betas [0.95, 0.95], shampooBeta −1, eps 1e-8,
 *   weightDecay 0.01, preconditionFrequency 10, maxPrecondDim 10000, mergeDims false, precondition1d false,
 *   normalizeGrads false, dataFormat "channels_first", correctBias true.
 *   State: m, v (2×) and per preconditioned dimension d² for L_d and d² for Q_d.
 *
 * Spectrum snapshots (`captureNsInputs` / `nsInput`, the Muon family's contract): the update direction N of each
 * matrix parameter at its last step ([out, rest] view, before the step size and weight decay), so the panel shows
 * how far SOAP's update is from the orthogonal one Muon would take.
 *
 * Departures: eigh and QR run in float64 (linalg.ts) on the float32 factors and are rounded back, where the
 * reference runs float32 LAPACK; eigenvector signs and QR column signs are conventions that the update does
 * not depend on. The eigenbasis of a repeated eigenvalue (e.g. a rank-deficient first factor of a non-square
 * matrix) is arbitrary in both, so such runs agree in distribution, not bit for bit.
 */
import { tf } from '../tf';
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory, ParamGroupInfo, TensorMap } from './types';
import { OptimizerConfigError } from './types';
import { betas, bool, checkKnownKeys, lr, num, oneOf, tensorBytes } from './options';
import { checkGrads, checkLambda, checkNames, groupInfo } from './stateUtils';
import { ownedVariable } from '../kernels/wasmRuntime';
import { eigenbasisDescending, inverseRoot, qrQ } from './linalg';
import { NsInputCapture } from './nsCapture';
import { OPTIMIZER_DEFAULTS } from './defaults';

export type SoapDataFormat = 'channels_first' | 'channels_last';

export interface SoapOptions {
  lr: number;
  betas: [number, number];
  shampooBeta: number;
  eps: number;
  weightDecay: number;
  preconditionFrequency: number;
  maxPrecondDim: number;
  mergeDims: boolean;
  precondition1d: boolean;
  normalizeGrads: boolean;
  dataFormat: SoapDataFormat;
  correctBias: boolean;
}

const SOAP_DEFAULTS: Readonly<SoapOptions> = OPTIMIZER_DEFAULTS.soap;

function int(cfg: OptimizerConfig, key: string, def: number, min: number): number {
  const v = num(cfg, key, def, { min });
  if (!Number.isInteger(v)) throw new OptimizerConfigError(`invalid ${cfg.type}.${key}: ${v} (must be an integer ≥ ${min})`);
  return v;
}

function soapOptions(cfg: OptimizerConfig): SoapOptions {
  checkKnownKeys(cfg, Object.keys(SOAP_DEFAULTS));
  const d = SOAP_DEFAULTS;
  return {
    lr: lr(cfg, d.lr),
    betas: betas(cfg, d.betas),
    shampooBeta: num(cfg, 'shampooBeta', d.shampooBeta, { max: 1, maxExclusive: true }),
    eps: num(cfg, 'eps', d.eps, { min: 0 }),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }),
    preconditionFrequency: int(cfg, 'preconditionFrequency', d.preconditionFrequency, 1),
    maxPrecondDim: int(cfg, 'maxPrecondDim', d.maxPrecondDim, 1),
    mergeDims: bool(cfg, 'mergeDims', d.mergeDims),
    precondition1d: bool(cfg, 'precondition1d', d.precondition1d),
    normalizeGrads: bool(cfg, 'normalizeGrads', d.normalizeGrads),
    dataFormat: oneOf(cfg, 'dataFormat', ['channels_first', 'channels_last'] as const, d.dataFormat),
    correctBias: bool(cfg, 'correctBias', d.correctBias),
  };
}

/** The reference's merge_dims: merge neighbouring dimensions while their product stays ≤ maxDim. */
function soapMergedShape(shape: readonly number[], maxDim: number): number[] {
  const out: number[] = [];
  let cur = 1;
  for (const sh of shape) {
    if (cur * sh > maxDim) {
      if (cur > 1) {
        out.push(cur);
        cur = sh;
      } else {
        out.push(sh);
        cur = 1;
      }
    } else {
      cur *= sh;
    }
  }
  if (cur > 1 || out.length === 0) out.push(cur);
  return out;
}

/** torch.lerp(start, end, w): start + w(end − start) for w < 0.5, else end − (end − start)(1 − w). */
function lerp(start: tf.Tensor, end: tf.Tensor, w: number): tf.Tensor {
  return w < 0.5 ? tf.add(start, tf.mul(tf.sub(end, start), w)) : tf.sub(end, tf.mul(tf.sub(end, start), 1 - w));
}

/** `x` with axis `k` moved first and the rest flattened: the mode-k unfolding [d_k, rest]. */
function unfold(x: tf.Tensor, k: number): tf.Tensor2D {
  const perm = [k, ...x.shape.map((_, i) => i).filter((i) => i !== k)];
  const moved = k === 0 ? x : tf.transpose(x, perm);
  return tf.reshape(moved, [x.shape[k], x.size / x.shape[k]]);
}

interface SoapParam {
  p: NamedParam;
  /** The reference's work view: shape and whether a channels_last 4-D weight is permuted to NCHW first. */
  work: number[];
  permuted: boolean;
  precond: boolean[];
  m: tf.Variable;
  v: tf.Variable;
  gg: (tf.Variable | undefined)[];
  q: (tf.Variable | undefined)[];
  step: number;
  initialized: boolean;
}

class Soap implements Optimizer {
  readonly type = 'soap';
  private readonly state: SoapParam[];
  /** The last update direction N per matrix parameter, kept only while the spectrum snapshots ask for it. */
  private readonly updates = new NsInputCapture();

  constructor(private readonly params: NamedParam[], private readonly o: SoapOptions) {
    checkNames(this.type, params);
    this.state = params.map((p) => {
      const shape = p.variable.shape;
      const oneD = shape.length === 1;
      const permuted = !oneD && o.mergeDims && o.dataFormat === 'channels_last' && shape.length === 4;
      const base = permuted ? [shape[0], shape[3], shape[1], shape[2]] : [...shape];
      const work = !oneD && o.mergeDims ? soapMergedShape(base, o.maxPrecondDim) : [...shape];
      const precond = oneD ? [o.precondition1d && shape[0] <= o.maxPrecondDim] : work.map((d) => d <= o.maxPrecondDim);
      const square = (d: number, on: boolean): tf.Variable | undefined => (on ? ownedVariable(tf.zeros([d, d]), false) : undefined);
      return {
        p,
        work,
        permuted,
        precond,
        m: ownedVariable(tf.zerosLike(p.variable), false),
        v: ownedVariable(tf.zerosLike(p.variable), false),
        gg: work.map((d, k) => square(d, precond[k])),
        q: work.map((d, k) => square(d, precond[k])),
        step: 0,
        initialized: false,
      };
    });
  }

  private toWork(s: SoapParam, x: tf.Tensor): tf.Tensor {
    if (!this.o.mergeDims || x.rank === 1) return x;
    return tf.reshape(s.permuted ? tf.transpose(x, [0, 3, 1, 2]) : x, s.work);
  }

  private fromWork(s: SoapParam, y: tf.Tensor): tf.Tensor {
    const shape = s.p.variable.shape;
    if (!this.o.mergeDims || shape.length === 1) return y;
    if (!s.permuted) return tf.reshape(y, shape);
    const [n, h, w, c] = shape as number[];
    return tf.transpose(tf.reshape(y, [n, c, h, w]), [0, 2, 3, 1]);
  }

  /** Contract every work dimension in turn with Q_d (project) or Q_dᵀ (back), cycling the axes as tensordot does. */
  private project(s: SoapParam, x: tf.Tensor, back: boolean): tf.Tensor {
    let w = this.toWork(s, x);
    for (let k = 0; k < s.work.length; k++) {
      const rest = w.shape.slice(1);
      const q = s.q[k];
      if (q) {
        const w2 = tf.reshape(w, [w.shape[0], w.size / w.shape[0]]);
        w = tf.reshape(tf.matMul(tf.transpose(w2), back ? tf.transpose(q) : q), [...rest, q.shape[1] as number]);
      } else if (w.rank > 1) {
        w = tf.transpose(w, [...rest.map((_, i) => i + 1), 0]);
      }
    }
    return this.fromWork(s, w);
  }

  private accumulate(s: SoapParam, g: tf.Tensor): void {
    const beta = this.o.shampooBeta >= 0 ? this.o.shampooBeta : this.o.betas[1];
    const gw = g.rank === 1 ? g : this.toWork(s, g);
    s.gg.forEach((gg, k) => {
      if (!gg) return;
      const a = unfold(gw, k);
      gg.assign(lerp(gg, tf.matMul(a, tf.transpose(a)), 1 - beta));
    });
  }

  /** One power iteration + QR per factor, columns ordered by the estimated eigenvalues (v permuted alike). */
  private refreshBases(s: SoapParam): void {
    let vw = this.toWork(s, s.v);
    s.q.forEach((q, k) => {
      const gg = s.gg[k];
      if (!q || !gg) return;
      const n = q.shape[0];
      const mv = gg.dataSync();
      const ov = q.dataSync();
      const est: number[] = [];
      for (let i = 0; i < n; i++) {
        let e = 0;
        for (let a = 0; a < n; a++) {
          let row = 0;
          for (let b = 0; b < n; b++) row += mv[a * n + b] * ov[b * n + i];
          e += ov[a * n + i] * row;
        }
        est.push(e);
      }
      const idx = est.map((e, i) => [e, i] as const).sort((x, y) => y[0] - x[0]).map(([, i]) => i);
      vw = tf.gather(vw, tf.tensor1d(idx, 'int32'), k);
      const power = new Float64Array(n * n);
      for (let a = 0; a < n; a++) {
        for (let c = 0; c < n; c++) {
          let sum = 0;
          for (let b = 0; b < n; b++) sum += mv[a * n + b] * ov[b * n + idx[c]];
          power[a * n + c] = sum;
        }
      }
      q.assign(tf.tensor2d(qrQ(power, n), [n, n], 'float32'));
    });
    s.v.assign(this.fromWork(s, vw));
  }

  step(grads: TensorMap, lambda: number): void {
    checkLambda(this.type, lambda);
    checkGrads(grads, this.params, this.type);
    const o = this.o;
    const lrT = o.lr * lambda;
    const [b1, b2] = o.betas;
    for (const s of this.state) {
      const g = grads[s.p.name];
      tf.tidy(() => {
        if (!s.initialized) {
          this.accumulate(s, g);
          s.q.forEach((q, k) => {
            const gg = s.gg[k];
            if (q && gg) q.assign(tf.tensor2d(eigenbasisDescending(gg.dataSync(), q.shape[0]), q.shape as [number, number], 'float32'));
          });
          s.initialized = true;
          return;
        }
        const gp = this.project(s, g, false);
        s.step += 1;
        const m = tf.add(tf.mul(s.m, b1), tf.mul(gp, 1 - b1));
        const v = tf.add(tf.mul(s.v, b2), tf.mul(tf.square(gp), 1 - b2));
        let stepSize = lrT;
        if (o.correctBias) stepSize = (stepSize * Math.sqrt(1 - b2 ** s.step)) / (1 - b1 ** s.step);
        let n = this.project(s, tf.div(m, tf.add(tf.sqrt(v), o.eps)), true);
        if (o.normalizeGrads) n = tf.div(n, tf.add(tf.sqrt(tf.mean(tf.square(n))), 1e-30));
        const dir = n;
        if (dir.rank >= 2) this.updates.record(s.p.name, () => tf.reshape(dir, [dir.shape[0], -1]));
        let p = tf.add(s.p.variable, tf.mul(n, -stepSize));
        if (o.weightDecay > 0) p = tf.add(p, tf.mul(p, -lrT * o.weightDecay));
        s.p.variable.assign(p);
        s.v.assign(v);
        const mBack = this.project(s, m, true);
        this.accumulate(s, g);
        if (s.step % o.preconditionFrequency === 0) this.refreshBases(s);
        s.m.assign(this.project(s, mBack, false));
      });
    }
  }

  /** Same contract as Muon's (spectrum snapshots); here the matrix is SOAP's update direction N. */
  captureNsInputs(on: boolean): void {
    this.updates.set(on);
  }

  nsInput(param: string): { shape: number[]; values: Float32Array } | undefined {
    return this.state.some((s) => s.p.name === param && s.p.variable.rank >= 2) ? this.updates.read(param) : undefined;
  }

  groups(): ParamGroupInfo[] {
    return [groupInfo('default', this.type, this.o.lr, this.params)];
  }

  stateBytes(): number {
    return tensorBytes(this.state.flatMap((s) => [s.m, s.v, ...s.gg, ...s.q]));
  }

  dispose(): void {
    for (const s of this.state) for (const t of [s.m, s.v, ...s.gg, ...s.q]) t?.dispose();
    this.state.length = 0;
    this.updates.set(false);
  }
}

export interface ShampooOptions {
  lr: number;
  momentum: number;
  weightDecay: number;
  weightDecouple: boolean;
  fixedDecay: boolean;
  preconditioningComputeSteps: number;
  matrixEps: number;
  maximize: boolean;
}

const SHAMPOO_DEFAULTS: Readonly<ShampooOptions> = OPTIMIZER_DEFAULTS.shampoo;

function shampooOptions(cfg: OptimizerConfig): ShampooOptions {
  checkKnownKeys(cfg, Object.keys(SHAMPOO_DEFAULTS));
  const d = SHAMPOO_DEFAULTS;
  return {
    lr: lr(cfg, d.lr),
    momentum: num(cfg, 'momentum', d.momentum, { min: 0, max: 1 }),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }),
    weightDecouple: bool(cfg, 'weightDecouple', d.weightDecouple),
    fixedDecay: bool(cfg, 'fixedDecay', d.fixedDecay),
    preconditioningComputeSteps: int(cfg, 'preconditioningComputeSteps', d.preconditioningComputeSteps, 1),
    matrixEps: num(cfg, 'matrixEps', d.matrixEps, { min: 0 }),
    maximize: bool(cfg, 'maximize', d.maximize),
  };
}

interface ShampooParam {
  p: NamedParam;
  /** Statistics L_k (matrixEps·I + Σ G_k G_kᵀ) and their inverse roots, one per dimension. */
  pre: tf.Variable[];
  inv: tf.Variable[];
  buf: tf.Variable | undefined;
}

/**
 * shampoo (kozistr/pytorch_optimizer pytorch_optimizer/optimizer/shampoo.py @ 7a076d2, class Shampoo,
 * Apache-2.0): the original algorithm, one statistic per dimension of each parameter. Per step t (1-based),
 * with lr = baseLr·λ and r the parameter's rank:
 *   maximize: g ← −g;  momentum μ > 0: g ← (1 − μ)g + μ·b  (b starts as the first raw gradient)
 *   weightDecouple: p ← p(1 − wd·(fixedDecay ? 1 : lr));  else g ← g + wd·p
 *   for k = 0 … r−1 (g's axes 0 and k swapped, viewed [d_k, rest]):  L_k ← L_k + GGᵀ;
 *     every preconditioningComputeSteps steps P_k ← L_k^(−1/r) (torch: through an SVD);
 *     G ← P_k·G (k < r−1), or Gᵀ·P_k viewed as the parameter (k = r−1)
 *   b ← G;  p ← p − lr·G
 * L_k starts at matrixEps·I and P_k at 0 (so with preconditioningComputeSteps k > 1 the first k − 1 steps
 * leave p unchanged but for weight decay), each later factor sees the gradient already multiplied by the
 * earlier ones — both as the reference. Defaults: lr 1e-3, momentum 0, weightDecay 0, weightDecouple false,
 * fixedDecay false, preconditioningComputeSteps 1, matrixEps 1e-6, maximize false.
 * State: Σ_k 2·d_k² (L_k, P_k), plus the momentum buffer (1×) when μ > 0.
 * Departure: P_k comes from a float64 eigendecomposition (sign(λ)|λ|^(−1/r), the SVD's u·s^(−1/r)·vh for a
 * symmetric matrix) rounded to float32, where the reference runs a float32 SVD — which on a rank-deficient
 * statistic (a non-square matrix, a bias at its first steps) puts matrixEps-sized singular values at float32
 * rounding level, so neither result is meaningful there; the fixtures use well-conditioned shapes.
 */
class Shampoo implements Optimizer {
  readonly type = 'shampoo';
  private readonly state: ShampooParam[];
  private t = 0;

  constructor(private readonly params: NamedParam[], private readonly o: ShampooOptions) {
    checkNames(this.type, params);
    this.state = params.map((p) => ({
      p,
      pre: p.variable.shape.map((d) => ownedVariable(tf.tidy(() => tf.mul(tf.eye(d), o.matrixEps)), false)),
      inv: p.variable.shape.map((d) => ownedVariable(tf.zeros([d, d]), false)),
      buf: o.momentum > 0 ? ownedVariable(tf.zerosLike(p.variable), false) : undefined,
    }));
  }

  step(grads: TensorMap, lambda: number): void {
    checkLambda(this.type, lambda);
    checkGrads(grads, this.params, this.type);
    const o = this.o;
    const lrT = o.lr * lambda;
    this.t += 1;
    const refresh = this.t % o.preconditioningComputeSteps === 0;
    for (const s of this.state) {
      tf.tidy(() => {
        const raw = grads[s.p.name];
        // The reference's buffer starts as a clone of the first raw gradient (before maximize).
        if (s.buf && this.t === 1) s.buf.assign(raw);
        let g = o.maximize ? tf.neg(raw) : raw;
        if (s.buf) g = tf.add(tf.mul(g, 1 - o.momentum), tf.mul(s.buf, o.momentum));
        let p: tf.Tensor = s.p.variable;
        if (o.weightDecouple) p = tf.mul(p, 1 - o.weightDecay * (o.fixedDecay ? 1 : lrT));
        else if (o.weightDecay > 0) g = tf.add(g, tf.mul(p, o.weightDecay));
        const shape = s.p.variable.shape;
        const order = shape.length;
        let cur = g;
        for (let k = 0; k < order; k++) {
          if (k > 0) {
            const perm = cur.shape.map((_, i) => i);
            perm[0] = k;
            perm[k] = 0;
            cur = tf.transpose(cur, perm);
          }
          const transposed = cur.shape;
          const dk = transposed[0];
          const g2 = tf.reshape(cur, [dk, cur.size / dk]);
          const gt = tf.transpose(g2);
          s.pre[k].assign(tf.add(s.pre[k], tf.matMul(g2, gt)));
          if (refresh) s.inv[k].assign(tf.tensor2d(inverseRoot(s.pre[k].dataSync(), dk, order), [dk, dk], 'float32'));
          cur = k === order - 1 ? tf.reshape(tf.matMul(gt, s.inv[k]), shape) : tf.reshape(tf.matMul(s.inv[k], g2), transposed);
        }
        if (s.buf) s.buf.assign(cur);
        s.p.variable.assign(tf.add(p, tf.mul(cur, -lrT)));
      });
    }
  }

  groups(): ParamGroupInfo[] {
    return [groupInfo('default', this.type, this.o.lr, this.params)];
  }

  stateBytes(): number {
    return tensorBytes(this.state.flatMap((s) => [...s.pre, ...s.inv, s.buf]));
  }

  dispose(): void {
    for (const s of this.state) for (const t of [...s.pre, ...s.inv, s.buf]) t?.dispose();
    this.state.length = 0;
  }
}

export const preconditionedFactories: Record<string, OptimizerFactory> = {
  soap: (params, cfg) => new Soap(params, soapOptions(cfg)),
  shampoo: (params, cfg) => new Shampoo(params, shampooOptions(cfg)),
};
