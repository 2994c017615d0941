/**
 * Learning-rate-free Adam variants: Prodigy (Mishchenko & Defazio, "Prodigy: An Expeditiously Adaptive
 * Parameter-Free Learner", 2023) and D-Adapt Adam (Defazio & Mishchenko, "Learning-Rate-Free Learning by
 * D-Adaptation", 2023), float32 tensors with the scalar bookkeeping in JS doubles as the references keep it in
 * Python floats.
 *
 * Both estimate the distance D from the initial point to a solution and step with d·lr, where `lr` is a
 * multiplier (default 1) of the estimate, times λ(t) of the schedule. With k the number of steps taken
 * (0-based), bc = √(1 − β₂^(k+1)) / (1 − β₁^(k+1)) when `useBiasCorrection` (else 1) and dlr = d·lr·bc:
 *
 * prodigy (konstmish/prodigy, prodigyopt/prodigy.py @ 3efb213, class Prodigy, MIT):
 *   g ← g + wd·p  (when not `decouple`);  β₃ defaults to √β₂;  ŝ = every `sliceP`-th entry
 *   num ← β₃·num + Σ (d/d0)·dlr·⟨ĝ, p̂₀ − p̂⟩
 *   m ← β₁m + d(1 − β₁)g;  v ← β₂v + d²(1 − β₂)g²;  s ← β₃s + (d/d0)·(safeguardWarmup ? d : dlr)·ĝ
 *   d̂ = dCoef·num / Σ‖s‖₁;  d ← max(d, d̂) while d = d0;  dmax ← max(dmax, d̂);  d ← min(dmax, d·growthRate)
 *   p ← p − wd·dlr·p (when `decouple`);  p ← p − dlr·m / (√v + d·eps)   (β₁ = 0: p ← p − dlr·d·g / (√v + d·eps))
 *   Defaults: lr 1, betas [0.9, 0.999], beta3 √β₂, eps 1e-8, weightDecay 0, decouple true,
 *   useBiasCorrection false, safeguardWarmup false, d0 1e-6, dCoef 1, growthRate ∞, sliceP 1.
 *   State: m (when β₁ > 0), v, s and p₀ (s, p₀ of size ⌈n/sliceP⌉ each).
 *
 * dadapt_adam (facebookresearch/dadaptation, dadaptation/dadapt_adam.py @ c984980, class DAdaptAdam, MIT):
 *   g ← g + wd·p  (when not `decouple`)
 *   num ← √β₂·num + (1 − √β₂)·Σ dlr·⟨g, s / (√v + eps)⟩      (s, v before this step's update)
 *   m ← β₁m + dlr(1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  s ← √β₂·s + dlr(1 − √β₂)g
 *   d̂ = num / ((1 − √β₂)·Σ‖s‖₁);  d ← max(d, min(d̂, d·growthRate))
 *   p ← p − wd·dlr·p (when `decouple`);  p ← p − m / (√v + eps)
 *   Defaults: lr 1, betas [0.9, 0.999], eps 1e-8, weightDecay 0, decouple false, useBiasCorrection false,
 *   d0 1e-6, growthRate ∞. State: m, v, s.
 *
 * As the references: a step whose LR is 0 changes nothing (the reference's early return, k does not advance);
 * a step whose ‖s‖₁ is 0 updates the moments but not the parameters. `growthRate` left out is ∞ (JSON cannot
 * write it). Departures: the per-parameter dot products and ℓ1 norms are float32 reductions like torch's, but
 * summed in another order (≤ a few ulp); distributed (FSDP) aggregation, `log_every` and `layer_scale` are
 * not options (single device, one group). `effectiveLr()` gives dlr of the last step for the metrics.
 */
import { tf } from '../tf';
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory, ParamGroupInfo, TensorMap } from './types';
import { OptimizerConfigError } from './types';
import { betas, bool, checkKnownKeys, num, tensorBytes } from './options';
import { checkGrads, checkLambda, checkNames, groupInfo } from './stateUtils';
import { commit, fusedKernel, fusedSum } from './fused';
import { ownedVariable } from '../kernels/wasmRuntime';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface ProdigyOptions {
  lr: number;
  betas: [number, number];
  /** undefined = √β₂ (the reference's `beta3=None`). */
  beta3: number | undefined;
  eps: number;
  weightDecay: number;
  decouple: boolean;
  useBiasCorrection: boolean;
  safeguardWarmup: boolean;
  d0: number;
  dCoef: number;
  growthRate: number;
  sliceP: number;
}

export interface DAdaptAdamOptions {
  lr: number;
  betas: [number, number];
  eps: number;
  weightDecay: number;
  decouple: boolean;
  useBiasCorrection: boolean;
  d0: number;
  growthRate: number;
}

/** Defaults of the references' constructors (defaults.ts; `growthRate` ∞ and `beta3` √β₂ are written by leaving them out). */
const PRODIGY_DEFAULTS: Readonly<ProdigyOptions> = Object.freeze({ ...OPTIMIZER_DEFAULTS.prodigy, beta3: undefined, growthRate: Infinity });

const DADAPT_ADAM_DEFAULTS: Readonly<DAdaptAdamOptions> = Object.freeze({ ...OPTIMIZER_DEFAULTS.dadapt_adam, growthRate: Infinity });

const PRODIGY_KEYS = Object.keys(PRODIGY_DEFAULTS);
const DADAPT_KEYS = Object.keys(DADAPT_ADAM_DEFAULTS);

/** `growthRate`: > 0 (the reference multiplies d by it); absent = ∞. */
function growthRate(cfg: OptimizerConfig): number {
  return cfg.growthRate === undefined ? Infinity : num(cfg, 'growthRate', Infinity, { min: 0, minExclusive: true });
}

function prodigyOptions(cfg: OptimizerConfig): ProdigyOptions {
  checkKnownKeys(cfg, PRODIGY_KEYS);
  const d = PRODIGY_DEFAULTS;
  const sliceP = num(cfg, 'sliceP', d.sliceP, { min: 1 });
  if (!Number.isInteger(sliceP)) throw new OptimizerConfigError(`invalid ${cfg.type}.sliceP: ${sliceP} (must be an integer ≥ 1)`);
  return {
    lr: num(cfg, 'lr', d.lr, { min: 0, minExclusive: true }),
    betas: betas(cfg, d.betas),
    beta3: cfg.beta3 === undefined || cfg.beta3 === null ? undefined : num(cfg, 'beta3', 0, { min: 0, max: 1, maxExclusive: true }),
    eps: num(cfg, 'eps', d.eps, { min: 0, minExclusive: true }),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }),
    decouple: bool(cfg, 'decouple', d.decouple),
    useBiasCorrection: bool(cfg, 'useBiasCorrection', d.useBiasCorrection),
    safeguardWarmup: bool(cfg, 'safeguardWarmup', d.safeguardWarmup),
    d0: num(cfg, 'd0', d.d0, { min: 0, minExclusive: true }),
    dCoef: num(cfg, 'dCoef', d.dCoef, { min: 0, minExclusive: true }),
    growthRate: growthRate(cfg),
    sliceP,
  };
}

function dadaptAdamOptions(cfg: OptimizerConfig): DAdaptAdamOptions {
  checkKnownKeys(cfg, DADAPT_KEYS);
  const d = DADAPT_ADAM_DEFAULTS;
  return {
    lr: num(cfg, 'lr', d.lr, { min: 0, minExclusive: true }),
    betas: betas(cfg, d.betas),
    eps: num(cfg, 'eps', d.eps, { min: 0, minExclusive: true }),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }),
    decouple: bool(cfg, 'decouple', d.decouple),
    useBiasCorrection: bool(cfg, 'useBiasCorrection', d.useBiasCorrection),
    d0: num(cfg, 'd0', d.d0, { min: 0, minExclusive: true }),
    growthRate: growthRate(cfg),
  };
}

function zeros(shape: readonly number[]): tf.Variable {
  return ownedVariable(tf.zeros([...shape], 'float32'), false);
}


/** Shared bookkeeping: parameters, checks, the last step's dlr and the group summary. */
abstract class LrFreeBase implements Optimizer {
  protected k = 0;
  protected lastDlr = 0;
  protected disposed = false;

  constructor(
    readonly type: string,
    protected readonly params: readonly NamedParam[],
    protected readonly baseLr: number,
  ) {
    checkNames(type, params);
  }

  step(grads: TensorMap, lambda: number): void {
    if (this.disposed) throw new Error(`${this.type}: step() after dispose()`);
    checkLambda(this.type, lambda);
    checkGrads(grads, this.params, this.type);
    const lr = this.baseLr * lambda;
    // The references skip every update when the LR is 0 (their early return; k does not advance).
    if (lr === 0) {
      this.lastDlr = 0;
      return;
    }
    this.run(grads, lr);
  }

  protected abstract run(grads: TensorMap, lr: number): void;

  /** The step size d·lr (× bias correction when on) of the last step, per group. */
  effectiveLr(): Record<string, number> {
    return { default: this.lastDlr };
  }

  groups(): ParamGroupInfo[] {
    return [groupInfo('default', this.type, this.baseLr, this.params)];
  }

  abstract stateBytes(): number;
  abstract dispose(): void;
}

/** Prodigy (see the module comment). */
class Prodigy extends LrFreeBase {
  private d: number;
  private dMax: number;
  private dNumerator = 0;
  private readonly m = new Map<string, tf.Variable>();
  private readonly v = new Map<string, tf.Variable>();
  private readonly s = new Map<string, tf.Variable>();
  private readonly p0 = new Map<string, tf.Variable>();
  /** Flat indices 0, sliceP, 2·sliceP, … of each parameter (only when sliceP > 1). */
  private readonly sliceIdx = new Map<string, tf.Tensor1D>();
  private readonly moments;
  private readonly update;
  private readonly dot;
  private readonly sStep;
  private readonly l1;

  constructor(params: readonly NamedParam[], private readonly o: ProdigyOptions) {
    super('prodigy', params, o.lr);
    this.d = o.d0;
    this.dMax = o.d0;
    const [b1, b2] = o.betas;
    for (const p of params) {
      const n = p.variable.size;
      const sliced = Math.ceil(n / o.sliceP);
      if (o.sliceP > 1) this.sliceIdx.set(p.name, tf.keep(tf.range(0, n, o.sliceP, 'int32') as tf.Tensor1D));
      if (b1 > 0) this.m.set(p.name, zeros(p.variable.shape));
      this.v.set(p.name, zeros(p.variable.shape));
      this.s.set(p.name, zeros([sliced]));
      // A copy (× 1 is exact): a view would share the weights' buffer, so that their first update could not be
      // written in place and would move them to a fresh, unaligned buffer (wasmRuntime.ts ownedVariable).
      this.p0.set(p.name, ownedVariable(tf.tidy(() => tf.mul(this.sliced(p.name, p.variable), 1)), false));
    }
    // m ← β₁m + (d(1−β₁))g;  v ← β₂v + ((d²(1−β₂))·g)·g  (torch's addcmul order).
    this.moments = fusedKernel('prodigy-moments', ['g', 'm', 'v'], ['cm', 'cv'], (x, s) => ({
      m: b1 > 0 ? x.m.mul(b1).add(x.g.mul(s.cm)) : undefined,
      v: x.v.mul(b2).add(x.g.mul(s.cv).mul(x.g)),
    }));
    // The step's two reductions and s, each one fused pass (a tfjs sum of a temporary costs ≈ 2 ms per 1M).
    this.dot = fusedSum('prodigy-dot', ['g', 'p0', 'p'], [], (x) => x.g.mul(x.p0.sub(x.p)));
    this.sStep = fusedKernel('prodigy-s', ['s', 'g'], ['beta3', 'alpha'], (x, s) => ({ s: x.s.mul(s.beta3).add(x.g.mul(s.alpha)) }));
    this.l1 = fusedSum('prodigy-l1', ['s'], [], (x) => x.s.abs());
    // p ← p + (−wd·dlr)p;  p ← p + (−step)·(u / (√v + d·eps)), u = m (or g when β₁ = 0).
    this.update = fusedKernel('prodigy-update', ['p', 'u', 'v'], ['decay', 'step', 'deps'], (x, s) => {
      const p = o.decouple && o.weightDecay !== 0 ? x.p.add(x.p.mul(s.decay)) : x.p;
      return { p: p.sub(x.u.div(x.v.sqrt().add(s.deps)).mul(s.step)) };
    });
  }

  private sliced(name: string, t: tf.Tensor): tf.Tensor {
    const flat = tf.reshape(t, [-1]);
    const idx = this.sliceIdx.get(name);
    return idx ? tf.gather(flat, idx) : flat;
  }

  protected run(grads: TensorMap, lr: number): void {
    const o = this.o;
    const [b1, b2] = o.betas;
    const beta3 = o.beta3 ?? Math.sqrt(b2);
    const d = this.d;
    const d0 = o.d0;
    const bc = o.useBiasCorrection ? Math.sqrt(1 - b2 ** (this.k + 1)) / (1 - b1 ** (this.k + 1)) : 1;
    const dlr = d * lr * bc;
    const coupled = o.weightDecay !== 0 && !o.decouple;
    const effGrads = new Map<string, tf.Tensor>();
    let deltaNumerator = 0;
    let dDenom = 0;
    try {
      tf.tidy(() => {
        for (const p of this.params) {
          const g = coupled ? tf.add(grads[p.name], tf.mul(p.variable, o.weightDecay)) : grads[p.name];
          if (coupled) effGrads.set(p.name, tf.keep(g));
          const sg = this.sliced(p.name, g);
          const dot = this.dot.run({ g: sg, p0: this.p0.get(p.name) as tf.Variable, p: this.sliced(p.name, p.variable) }, {});
          const out = this.moments.run({ g, m: this.m.get(p.name) ?? g, v: this.v.get(p.name) as tf.Variable }, { cm: d * (1 - b1), cv: d * d * (1 - b2) });
          if (out.m) commit(this.m.get(p.name) as tf.Variable, out.m);
          commit(this.v.get(p.name) as tf.Variable, out.v);
          const s = this.s.get(p.name) as tf.Variable;
          const alpha = (d / d0) * (o.safeguardWarmup ? d : dlr);
          commit(s, this.sStep.run({ s, g: sg }, { beta3, alpha }).s);
          // Python-float accumulation in the references' order.
          deltaNumerator += (d / d0) * dlr * dot;
          dDenom += this.l1.run({ s }, {});
        }
      });
      if (dDenom === 0) return;
      const globalNumerator = this.dNumerator * beta3 + deltaNumerator;
      const dHat = (o.dCoef * globalNumerator) / dDenom;
      let dNew = d;
      if (d === d0) dNew = Math.max(d, dHat);
      this.dMax = Math.max(this.dMax, dHat);
      dNew = Math.min(this.dMax, dNew * o.growthRate);
      this.dNumerator = globalNumerator;
      this.d = dNew;
      tf.tidy(() => {
        for (const p of this.params) {
          const u = b1 > 0 ? (this.m.get(p.name) as tf.Variable) : effGrads.get(p.name) ?? grads[p.name];
          const step = b1 > 0 ? dlr : dlr * dNew;
          const out = this.update.run({ p: p.variable, u, v: this.v.get(p.name) as tf.Variable }, { decay: -o.weightDecay * dlr, step, deps: dNew * o.eps });
          commit(p.variable, out.p);
        }
      });
      this.lastDlr = dlr;
      this.k += 1;
    } finally {
      for (const t of effGrads.values()) t.dispose();
    }
  }

  stateBytes(): number {
    return tensorBytes([...this.m.values(), ...this.v.values(), ...this.s.values(), ...this.p0.values(), ...this.sliceIdx.values()]);
  }

  dispose(): void {
    for (const map of [this.m, this.v, this.s, this.p0, this.sliceIdx] as Map<string, tf.Tensor>[]) {
      for (const t of map.values()) t.dispose();
      map.clear();
    }
    this.disposed = true;
  }
}

/** D-Adapt Adam (see the module comment). */
class DAdaptAdam extends LrFreeBase {
  private d: number;
  private numeratorWeighted = 0;
  private readonly m = new Map<string, tf.Variable>();
  private readonly v = new Map<string, tf.Variable>();
  private readonly s = new Map<string, tf.Variable>();
  private readonly moments;
  private readonly update;
  private readonly dot;
  private readonly l1;

  constructor(params: readonly NamedParam[], private readonly o: DAdaptAdamOptions) {
    super('dadapt_adam', params, o.lr);
    this.d = o.d0;
    for (const p of params) {
      this.m.set(p.name, zeros(p.variable.shape));
      this.v.set(p.name, zeros(p.variable.shape));
      this.s.set(p.name, zeros(p.variable.shape));
    }
    const [b1, b2] = o.betas;
    const sb2 = Math.sqrt(b2);
    this.moments = fusedKernel('dadapt-adam-moments', ['g', 'm', 'v', 's'], ['cm', 'cs'], (x, s) => ({
      m: x.m.mul(b1).add(x.g.mul(s.cm)),
      v: x.v.mul(b2).add(x.g.mul(1 - b2).mul(x.g)),
      s: x.s.mul(sb2).add(x.g.mul(s.cs)),
    }));
    // The step's two reductions, each one fused pass (a tfjs sum of a temporary costs ≈ 2 ms per 1M).
    this.dot = fusedSum('dadapt-adam-dot', ['g', 's', 'v'], [], (x) => x.g.mul(x.s.div(x.v.sqrt().add(o.eps))));
    this.l1 = fusedSum('dadapt-adam-l1', ['s'], [], (x) => x.s.abs());
    this.update = fusedKernel('dadapt-adam-update', ['p', 'm', 'v'], ['decay'], (x, s) => {
      const p = o.decouple && o.weightDecay !== 0 ? x.p.add(x.p.mul(s.decay)) : x.p;
      return { p: p.sub(x.m.div(x.v.sqrt().add(o.eps))) };
    });
  }

  protected run(grads: TensorMap, lr: number): void {
    const o = this.o;
    const [b1, b2] = o.betas;
    const sb2 = Math.sqrt(b2);
    const d = this.d;
    const bc = o.useBiasCorrection ? Math.sqrt(1 - b2 ** (this.k + 1)) / (1 - b1 ** (this.k + 1)) : 1;
    const dlr = d * lr * bc;
    const coupled = o.weightDecay !== 0 && !o.decouple;
    let numeratorAcc = 0;
    let skL1 = 0;
    tf.tidy(() => {
      for (const p of this.params) {
        const g = coupled ? tf.add(grads[p.name], tf.mul(p.variable, o.weightDecay)) : grads[p.name];
        const m = this.m.get(p.name) as tf.Variable;
        const v = this.v.get(p.name) as tf.Variable;
        const s = this.s.get(p.name) as tf.Variable;
        // ⟨g, s / (√v + eps)⟩ with this step's s and v not yet updated.
        const dot = this.dot.run({ g, s, v }, {});
        const out = this.moments.run({ g, m, v, s }, { cm: dlr * (1 - b1), cs: dlr * (1 - sb2) });
        commit(m, out.m);
        commit(v, out.v);
        commit(s, out.s);
        // Python-float accumulation in the references' order.
        numeratorAcc += dlr * dot;
        skL1 += this.l1.run({ s }, {});
      }
    });
    if (skL1 === 0) return;
    const globalNumerator = sb2 * this.numeratorWeighted + (1 - sb2) * numeratorAcc;
    const dHat = globalNumerator / ((1 - sb2) * skL1);
    this.d = Math.max(d, Math.min(dHat, d * o.growthRate));
    this.numeratorWeighted = globalNumerator;
    tf.tidy(() => {
      for (const p of this.params) {
        const out = this.update.run({ p: p.variable, m: this.m.get(p.name) as tf.Variable, v: this.v.get(p.name) as tf.Variable }, { decay: -o.weightDecay * dlr });
        commit(p.variable, out.p);
      }
    });
    this.lastDlr = dlr;
    this.k += 1;
  }

  stateBytes(): number {
    return tensorBytes([...this.m.values(), ...this.v.values(), ...this.s.values()]);
  }

  dispose(): void {
    for (const map of [this.m, this.v, this.s]) {
      for (const t of map.values()) t.dispose();
      map.clear();
    }
    this.disposed = true;
  }
}

export const lrFreeFactories: Record<string, OptimizerFactory> = {
  prodigy: (params, cfg) => new Prodigy(params, prodigyOptions(cfg)),
  dadapt_adam: (params, cfg) => new DAdaptAdam(params, dadaptAdamOptions(cfg)),
};
