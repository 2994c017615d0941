/**
 * Schedule-free AdamW and SGD (Defazio et al., "The Road Less Scheduled", 2024), as the authors'
 * `AdamWScheduleFree` / `SGDScheduleFree` (facebookresearch/schedule_free, schedulefree/adamw_schedulefree.py and
 * sgd_schedulefree.py at 70785b5, the default foreach path), float32.
 *
 * Three sequences per parameter: z (the base SGD/Adam iterate), x (the weighted average of z: what to evaluate
 * and save) and y = (1 − β)z + βx, where the gradient is taken. The weights hold y while training; only z (and
 * Adam's v) is stored, x is recovered from y and z. Per step k (0-based), with lr = baseLr·λ(t) — λ = 1, the
 * run's schedule must be constant; the optimizer warms up on its own:
 *
 *   lrₖ = lr·min(1, (k + 1)/warmupSteps);  lr_max = max(lr_max, lrₖ)
 *   wₖ = (k + 1)^r · lr_max^weightLrPower;  c = wₖ / Σw   (0 while Σw = 0)
 *   adamw: v ← β₂v + (1 − β₂)g²;  ĝ = g / (√(v/(1 − β₂^(k+1))) + eps)      (innerMomentum μ > 0: ĝ uses
 *          m ← μm + (1 − μ)g bias-corrected instead of g), then ĝ ← ĝ + wd·y
 *   sgd:   ĝ = g + wd·y
 *   y ← lerp(y, z, c);  y ← y + lrₖ(β(1 − c) − 1)·ĝ;  z ← z − lrₖ·ĝ          (β = betas[0] / momentum)
 *
 * `setMode('eval')` puts x = lerp(y, z, 1 − 1/β) in the weights, `setMode('train')` y = lerp(x, z, 1 − β) back,
 * as the reference's eval()/train(); the trainer evaluates in eval mode. lerp is torch's (fused.ts `lerp`), so c
 * picks one of two kernels per step. The divisions by the bias corrections are × their reciprocals (≤ 1 ulp).
 * Defaults (the references'): adamw lr 0.0025, betas [0.9, 0.999], eps 1e-8, weightDecay 0, warmupSteps 0, r 0,
 * weightLrPower 2, innerMomentum 0; sgd lr 1.0, momentum 0.9, weightDecay 0, warmupSteps 0, r 0,
 * weightLrPower 2. State: z and v (2×; m too with innerMomentum, 3×) / z (1×).
 */
import { tf } from '../tf';
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory, ParamGroupInfo, TensorMap } from './types';
import { adamCore, checkKnownKeys, count, lr, num, tensorBytes } from './options';
import type { AdamCoreOptions } from './options';
import { checkGrads, checkLambda, checkNames, disposeState, groupInfo, zeroState } from './stateUtils';
import { commit, fusedKernel, lerp } from './fused';
import type { Expr, FusedKernel } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export { SCHEDULE_FREE_TYPES } from './scheduleFreeTypes';

export interface ScheduleFreeAdamwOptions extends AdamCoreOptions {
  warmupSteps: number;
  r: number;
  weightLrPower: number;
  innerMomentum: number;
}

export interface ScheduleFreeSgdOptions {
  lr: number;
  momentum: number;
  weightDecay: number;
  warmupSteps: number;
  r: number;
  weightLrPower: number;
}

const SCHEDULE_FREE_ADAMW_DEFAULTS: Readonly<ScheduleFreeAdamwOptions> = OPTIMIZER_DEFAULTS.schedule_free_adamw;

const SCHEDULE_FREE_SGD_DEFAULTS: Readonly<ScheduleFreeSgdOptions> = OPTIMIZER_DEFAULTS.schedule_free_sgd;

function scheduleFreeAdamwOptions(cfg: OptimizerConfig): ScheduleFreeAdamwOptions {
  const d = SCHEDULE_FREE_ADAMW_DEFAULTS;
  checkKnownKeys(cfg, Object.keys(d));
  return {
    ...adamCore(cfg, d),
    warmupSteps: count(cfg, 'warmupSteps', d.warmupSteps),
    r: num(cfg, 'r', d.r, { min: 0 }),
    weightLrPower: num(cfg, 'weightLrPower', d.weightLrPower, { min: 0 }),
    innerMomentum: num(cfg, 'innerMomentum', d.innerMomentum, { min: 0, max: 1, maxExclusive: true }),
  };
}

function scheduleFreeSgdOptions(cfg: OptimizerConfig): ScheduleFreeSgdOptions {
  const d = SCHEDULE_FREE_SGD_DEFAULTS;
  checkKnownKeys(cfg, Object.keys(d));
  return {
    lr: lr(cfg, d.lr),
    momentum: num(cfg, 'momentum', d.momentum, { min: 0, max: 1, minExclusive: true, maxExclusive: true }),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }),
    warmupSteps: count(cfg, 'warmupSteps', d.warmupSteps),
    r: num(cfg, 'r', d.r, { min: 0 }),
    weightLrPower: num(cfg, 'weightLrPower', d.weightLrPower, { min: 0 }),
  };
}

/** The averaging weight of step k (0-based) and the step's LR, as the references' group bookkeeping. */
class AverageWeights {
  private k = 0;
  private lrMax = -1;
  private weightSum = 0;

  constructor(private readonly o: { warmupSteps: number; r: number; weightLrPower: number }) {}

  next(lr: number): { lr: number; ckp1: number; k: number } {
    const k = this.k;
    const sched = k < this.o.warmupSteps ? (k + 1) / this.o.warmupSteps : 1.0;
    const lrK = lr * sched;
    this.lrMax = Math.max(lrK, this.lrMax);
    const weight = (k + 1) ** this.o.r * this.lrMax ** this.o.weightLrPower;
    this.weightSum += weight;
    const ckp1 = this.weightSum !== 0 ? weight / this.weightSum : 0;
    this.k = k + 1;
    return { lr: lrK, ckp1, k };
  }
}

type Inputs = 'p' | 'g' | 'z' | 'v' | 'm';
type Scalars = 'ckp1' | 'yStep' | 'lr' | 'invBc2' | 'invBc1';
/** ĝ of a rule (and the state it updated), from the inputs and scalars of the step. */
type Normalise = (x: Record<Inputs, Expr>, s: Record<Scalars, Expr>) => { grad: Expr; v?: Expr; m?: Expr };

type StepKernel = FusedKernel<Inputs, Scalars, { p: Expr; z: Expr; v: Expr | undefined; m: Expr | undefined }>;

/** The shared schedule-free step and train/eval switch; the rules differ only in how ĝ is formed. */
class ScheduleFree implements Optimizer {
  private readonly z: Map<string, tf.Variable>;
  private readonly v?: Map<string, tf.Variable>;
  private readonly m?: Map<string, tf.Variable>;
  private readonly weights: AverageWeights;
  /** Step kernels for c < 0.5 and c ≥ 0.5 (torch's two lerp formulas). */
  private readonly kernels: [StepKernel, StepKernel];
  private readonly toEval;
  private readonly toTrain;
  private readonly copyToZ;
  private mode: 'train' | 'eval' = 'train';
  private started = false;

  constructor(
    readonly type: string,
    private readonly params: NamedParam[],
    private readonly baseLr: number,
    private readonly beta: number,
    private readonly o: { warmupSteps: number; r: number; weightLrPower: number; betas?: [number, number]; innerMomentum?: number },
    normalise: Normalise,
    slots: { v: boolean; m: boolean },
  ) {
    checkNames(type, params);
    this.z = zeroState(params);
    if (slots.v) this.v = zeroState(params);
    if (slots.m) this.m = zeroState(params);
    this.weights = new AverageWeights(o);
    const build = (small: boolean) =>
      fusedKernel(`${type}${small ? '' : '-c-large'}`, ['p', 'g', 'z', 'v', 'm'], ['ckp1', 'yStep', 'lr', 'invBc2', 'invBc1'], (x, s) => {
        const n = normalise(x, s);
        // A constant weight below 0.5 selects a + w(b − a); 1 selects b − (b − a)(1 − w): the branch of c.
        const y = lerp(x.p, x.z, small ? 0 : 1, s.ckp1).add(n.grad.mul(s.yStep));
        return { p: y, z: x.z.sub(n.grad.mul(s.lr)), v: n.v, m: n.m };
      });
    this.kernels = [build(true), build(false)];
    this.toEval = fusedKernel(`${type}-eval`, ['p', 'z'], [], (x) => ({ p: lerp(x.p, x.z, 1 - 1 / beta) }));
    this.toTrain = fusedKernel(`${type}-train`, ['p', 'z'], [], (x) => ({ p: lerp(x.p, x.z, 1 - beta) }));
    // z ← p, written into z's own buffer: sharing the weights' buffer (an assign) would make the first step write
    // p and z to fresh, unaligned buffers (wasmRuntime.ts ownedVariable) for the rest of the run. × 1 is exact.
    this.copyToZ = fusedKernel(`${type}-start`, ['z', 'p'], [], (x) => ({ z: x.p.mul(1) }));
  }

  step(grads: TensorMap, lambda: number): void {
    if (this.mode !== 'train') throw new Error(`${this.type}: step() in eval mode (switch back with setMode('train') first)`);
    checkLambda(this.type, lambda);
    checkGrads(grads, this.params, this.type);
    const { lr, ckp1, k } = this.weights.next(this.baseLr * lambda);
    const b2 = this.o.betas?.[1] ?? 0;
    const mu = this.o.innerMomentum ?? 0;
    const scalars = {
      ckp1,
      yStep: lr * (this.beta * (1 - ckp1) - 1),
      lr,
      invBc2: 1 / (1 - b2 ** (k + 1)),
      invBc1: mu !== 0 ? 1 / (1 - mu ** (k + 1)) : 1,
    };
    const kernel = this.kernels[Math.abs(ckp1) < 0.5 ? 0 : 1];
    for (const p of this.params) {
      const z = this.z.get(p.name) as tf.Variable;
      // z starts as a copy of the weights at the first step, as the reference's lazy state.
      if (!this.started) tf.tidy(() => commit(z, this.copyToZ.run({ z, p: p.variable }, {}).z));
      const v = this.v?.get(p.name) ?? z;
      const m = this.m?.get(p.name) ?? z;
      tf.tidy(() => {
        const out = kernel.run({ p: p.variable, g: grads[p.name], z, v, m }, scalars);
        commit(p.variable, out.p);
        commit(z, out.z);
        if (out.v && this.v) commit(this.v.get(p.name) as tf.Variable, out.v);
        if (out.m && this.m) commit(this.m.get(p.name) as tf.Variable, out.m);
      });
    }
    this.started = true;
  }

  setMode(mode: 'train' | 'eval'): void {
    if (mode === this.mode) return;
    this.mode = mode;
    // Before the first step there is no z yet: the reference leaves the weights alone.
    if (!this.started) return;
    const kernel = mode === 'eval' ? this.toEval : this.toTrain;
    for (const p of this.params) {
      tf.tidy(() => commit(p.variable, kernel.run({ p: p.variable, z: this.z.get(p.name) as tf.Variable }, {}).p));
    }
  }

  groups(): ParamGroupInfo[] {
    return [groupInfo('default', this.type, this.baseLr, this.params)];
  }

  stateBytes(): number {
    return tensorBytes([...this.z.values(), ...(this.v?.values() ?? []), ...(this.m?.values() ?? [])]);
  }

  dispose(): void {
    disposeState(this.z);
    if (this.v) disposeState(this.v);
    if (this.m) disposeState(this.m);
  }
}

export const scheduleFreeFactories: Record<string, OptimizerFactory> = {
  schedule_free_adamw: (params, cfg) => {
    const o = scheduleFreeAdamwOptions(cfg);
    const [b1, b2] = o.betas;
    const mu = o.innerMomentum;
    const normalise: Normalise = (x, s) => {
      const v = x.v.mul(b2).add(x.g.mul(x.g).mul(1 - b2));
      const denom = v.mul(s.invBc2).sqrt().add(o.eps);
      const m = mu !== 0 ? x.m.mul(mu).add(x.g.mul(1 - mu)) : undefined;
      let grad = m ? m.mul(s.invBc1).div(denom) : x.g.div(denom);
      if (o.weightDecay !== 0) grad = grad.add(x.p.mul(o.weightDecay));
      return { grad, v, m };
    };
    return new ScheduleFree(cfg.type, params, o.lr, b1, o, normalise, { v: true, m: mu !== 0 });
  },
  schedule_free_sgd: (params, cfg) => {
    const o = scheduleFreeSgdOptions(cfg);
    const normalise: Normalise = (x) => ({ grad: o.weightDecay !== 0 ? x.g.add(x.p.mul(o.weightDecay)) : x.g });
    return new ScheduleFree(cfg.type, params, o.lr, o.momentum, o, normalise, { v: false, m: false });
  },
};
