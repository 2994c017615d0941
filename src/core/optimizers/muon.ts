/**
 * Muon (Keller Jordan, "Muon: An optimizer for hidden layers in neural networks", 2024), MuonClip (Kimi K2,
 * 2025) and the Muon + AdamW hybrid, float32.
 *
 * Muon orthogonalises the momentum of each hidden matrix, so every direction of the update gets the same
 * size regardless of how ill-conditioned the gradient is. Per hidden parameter, with lr = baseLr·λ and
 * rows/cols the PyTorch layout [out, in] (a >2-D weight is viewed as [shape[0], rest]):
 *   b ← b + (1−μ)(g − b);  u ← nesterov ? g + μ(b − g) : b;  X ← NewtonSchulz(u)  (see ../newtonSchulz.ts)
 *   scale ← √max(1, rows/cols)  ("original")  or  0.2·√max(rows, cols)  ("match_rms_adamw", Moonlight)
 *   p ← p(1 − lr·wd) − lr·scale·X
 * Defaults: lr 0.02, momentum 0.95, nesterov true, nsSteps 5, nsCoefficients [3.4445, −4.7750, 2.0315],
 * adjustLr "original", weightDecay 0.
 *
 * Only params with role "hidden" and ≥ 2 dimensions take the Muon rule: orthogonalising an embedding, the
 * output head, a norm gain or a bias is not what Muon is for. Everything else goes to an AdamW fallback built
 * by the `adamw` factory (same math as the `adamw` optimizer): `fallback` defaults lr 3e-4, betas
 * [0.9, 0.95], eps 1e-8, weightDecay 0.01 — PyTorch AdamW's own default decay, so a fallback param decays
 * like it would under a plain `adamw` run.
 *
 * `muonclip` = muon + `qkClip(stats, step)`: for each attention head with max pre-softmax logit S > τ
 * (`qkClipThreshold`, 100), η = τ/S and that head's W_q rows are multiplied by η^α, its W_k rows by η^(1−α)
 * (`qkClipAlpha`, 0.5), so the head's logits shrink by exactly η. Rows, because in the PyTorch [out, in]
 * layout a head's output features are rows.
 *
 * `hybrid` = `{ muon: {…}, adamw: {…} }`: Muon (weightDecay default 0.01, lr 0.02) for hidden matrices, AdamW
 * (lr 1e-3, weightDecay 0.01, other options as the `adamw` optimizer) for the rest; each group steps with its
 * own baseLr·λ. State: the momentum buffer of each Muon param (1×) plus the AdamW state of the rest.
 */
import { tf } from '../tf';
import { NS_PRESETS, coefficientsProblem, newtonSchulz } from '../newtonSchulz';
import { commit, fusedKernel } from './fused';
import type { NsCoefficients } from '../newtonSchulz';
import type {
  NamedParam,
  Optimizer,
  OptimizerConfig,
  OptimizerFactory,
  ParamGroupInfo,
  QkClipEvent,
  QkStat,
  TensorMap,
} from './types';
import { OptimizerConfigError } from './types';
import { betas, bool, checkKnownKeys, lr, num, oneOf, tensorBytes } from './options';
import { checkGrads, checkLambda, checkNames, disposeState, groupInfo, stepSubset, zeroState } from './stateUtils';
import { adamFactories } from './adam';
import { isObj } from '../../guards';
import { OPTIMIZER_DEFAULTS } from './defaults';
import { NsInputCapture } from './nsCapture';

import { MUON_ADJUST_LR, muonScale } from './muonLrScale';
import type { MuonAdjustLr } from './muonLrScale';

export { MUON_ADJUST_LR, muonScale };
export type { MuonAdjustLr };

export interface MuonRuleOptions {
  lr: number;
  momentum: number;
  nesterov: boolean;
  nsSteps: number;
  nsCoefficients: NsCoefficients;
  adjustLr: MuonAdjustLr;
  weightDecay: number;
}

export interface QkClipOptions {
  threshold: number;
  alpha: number;
}

const MUON_RULE_KEYS = ['lr', 'momentum', 'nesterov', 'nsSteps', 'nsCoefficients', 'adjustLr', 'weightDecay'] as const;
const FALLBACK_KEYS = ['lr', 'betas', 'eps', 'weightDecay'] as const;

/** The AdamW fallback's defaults (muon, muonclip). */
export const MUON_FALLBACK_DEFAULTS = OPTIMIZER_DEFAULTS.muon.fallback;
/** The hybrid's AdamW defaults (other AdamW options keep the `adamw` optimizer's defaults). */
export const HYBRID_ADAMW_DEFAULTS = OPTIMIZER_DEFAULTS.hybrid.adamw;


/** Defaults of a Muon rule (muon, muonclip, hybrid.muon), from optimizers/defaults.ts. */
type MuonRuleDefaults = typeof OPTIMIZER_DEFAULTS.muon | typeof OPTIMIZER_DEFAULTS.hybrid.muon;

/** Reads the Muon rule options of `cfg` (a sub-config when `path` is given, e.g. hybrid.muon). */
export function muonRuleOptions(cfg: OptimizerConfig, d: MuonRuleDefaults, path?: string): MuonRuleOptions {
  const where = `${cfg.type}${path ? '.' + path : ''}`;
  const nsSteps = num(cfg, 'nsSteps', d.nsSteps, { min: 1, max: 100 }, path);
  if (!Number.isInteger(nsSteps)) throw new OptimizerConfigError(`invalid ${where}.nsSteps: ${nsSteps} (must be an integer in [1, 100])`);
  const rawCoefficients = cfg.nsCoefficients === undefined ? d.nsCoefficients : cfg.nsCoefficients;
  const problem = coefficientsProblem(rawCoefficients);
  if (problem) throw new OptimizerConfigError(`invalid ${where}.nsCoefficients: ${JSON.stringify(cfg.nsCoefficients)} (${problem})`);
  return {
    lr: lr(cfg, d.lr, path),
    momentum: num(cfg, 'momentum', d.momentum, { min: 0, max: 1, maxExclusive: true }, path),
    nesterov: bool(cfg, 'nesterov', d.nesterov, path),
    nsSteps,
    nsCoefficients: rawCoefficients as NsCoefficients,
    adjustLr: oneOf(cfg, 'adjustLr', MUON_ADJUST_LR, d.adjustLr, path),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }, path),
  };
}

function subConfig(cfg: OptimizerConfig, key: string): OptimizerConfig {
  const raw = cfg[key] === undefined ? {} : cfg[key];
  if (!isObj(raw)) throw new OptimizerConfigError(`invalid ${cfg.type}.${key}: ${JSON.stringify(raw)} (expected an object)`);
  return { ...raw, type: cfg.type };
}

/** The AdamW config of muon/muonclip's `fallback`, defaults applied and ranges checked. */
export function fallbackConfig(cfg: OptimizerConfig): OptimizerConfig {
  const sub = subConfig(cfg, 'fallback');
  checkKnownKeys(sub, FALLBACK_KEYS, 'fallback');
  const d = MUON_FALLBACK_DEFAULTS;
  return {
    type: 'adamw',
    lr: lr(sub, d.lr, 'fallback'),
    betas: betas(sub, d.betas, 'fallback'),
    eps: num(sub, 'eps', d.eps, { min: 0 }, 'fallback'),
    weightDecay: num(sub, 'weightDecay', d.weightDecay, { min: 0 }, 'fallback'),
  };
}

export function qkClipOptions(cfg: OptimizerConfig): QkClipOptions {
  return {
    threshold: num(cfg, 'qkClipThreshold', OPTIMIZER_DEFAULTS.muonclip.qkClipThreshold, { min: 0, minExclusive: true }),
    alpha: num(cfg, 'qkClipAlpha', OPTIMIZER_DEFAULTS.muonclip.qkClipAlpha, { min: 0, max: 1 }),
  };
}

/** Rows and columns Muon sees: PyTorch [out, in]; >2-D weights are viewed as [shape[0], rest]. */
export function muonMatrixShape(shape: readonly number[]): [number, number] {
  const rows = shape[0];
  return [rows, shape.slice(1).reduce((a, b) => a * b, 1)];
}

export function isMuonParam(p: NamedParam): boolean {
  return p.role === 'hidden' && p.variable.shape.length >= 2;
}

function makeAdamw(type: string, params: NamedParam[], adamwCfg: OptimizerConfig, where: string): Optimizer | undefined {
  if (params.length === 0) return undefined;
  const factory = adamFactories.adamw;
  if (!factory) throw new Error(`${type}: the adamw optimizer is not available for the ${where} group`);
  try {
    return factory(params, adamwCfg);
  } catch (e) {
    if (e instanceof OptimizerConfigError) throw new OptimizerConfigError(`${type}.${where}: ${e.message}`);
    throw e;
  }
}

/** b ← b + (g − b)(1 − μ); u ← g + (b − g)μ (Nesterov) or b; written as new tensors (u is read by Newton–Schulz). */
const MOMENTUM_NESTEROV = fusedKernel('muon-momentum-nesterov', ['g', 'b'], ['mu', 'oneMinusMu'], (x, s) => {
  const bNew = x.b.add(x.g.sub(x.b).mul(s.oneMinusMu));
  return { b: bNew, u: x.g.add(bNew.sub(x.g).mul(s.mu)) };
});
const MOMENTUM = fusedKernel('muon-momentum', ['g', 'b'], ['mu', 'oneMinusMu'], (x, s) => {
  const bNew = x.b.add(x.g.sub(x.b).mul(s.oneMinusMu));
  return { b: bNew, u: bNew.mul(1) };
});
/** p ← p·(1 − lr·wd) − X·lr·scale. */
const UPDATE = fusedKernel('muon-update', ['p', 'x'], ['decay', 'lrScale'], (x, s) => ({ p: x.p.mul(s.decay).sub(x.x.mul(s.lrScale)) }));

class MuonFamily implements Optimizer {
  private readonly muonParams: NamedParam[];
  private readonly adamwParams: NamedParam[];
  private readonly momentum: Map<string, tf.Variable>;
  private readonly fallback: Optimizer | undefined;
  /** Last NS input per Muon param ([rows, cols] view), kept only while capturing (spectrum snapshots). */
  private readonly nsInputs = new NsInputCapture();

  constructor(
    readonly type: string,
    protected readonly params: NamedParam[],
    private readonly rule: MuonRuleOptions,
    private readonly adamwCfg: OptimizerConfig,
  ) {
    checkNames(type, params);
    this.muonParams = params.filter(isMuonParam);
    this.adamwParams = params.filter((p) => !isMuonParam(p));
    this.fallback = makeAdamw(type, this.adamwParams, adamwCfg, type === 'hybrid' ? 'adamw' : 'fallback');
    this.momentum = zeroState(this.muonParams);
  }

  step(grads: TensorMap, lambda: number): void {
    checkLambda(this.type, lambda);
    checkGrads(grads, this.params, this.type);
    const lrT = this.rule.lr * lambda;
    const { momentum: mu, nesterov, nsSteps, nsCoefficients, adjustLr, weightDecay } = this.rule;
    for (const p of this.muonParams) {
      const g = grads[p.name];
      const b = this.momentum.get(p.name) as tf.Variable;
      const [rows, cols] = muonMatrixShape(p.variable.shape);
      const scale = muonScale(rows, cols, adjustLr);
      tf.tidy(() => {
        // One pass each for the momentum and the update (fused.ts: the same float32 ops in the same order).
        const mom = (nesterov ? MOMENTUM_NESTEROV : MOMENTUM).run({ g, b }, { mu, oneMinusMu: 1 - mu });
        const u2 = tf.reshape(mom.u, [rows, cols]);
        const x = newtonSchulz(u2 as tf.Tensor2D, { coefficients: nsCoefficients, steps: nsSteps });
        this.nsInputs.record(p.name, () => u2);
        // p·1 is exact, so weightDecay 0 needs no separate path.
        const out = UPDATE.run({ p: p.variable, x: tf.reshape(x, p.variable.shape) }, { decay: 1 - lrT * weightDecay, lrScale: lrT * scale });
        commit(p.variable, out.p);
        commit(b, mom.b);
      });
    }
    stepSubset(this.fallback, this.adamwParams, grads, lambda);
  }

  /** Keep (or stop keeping) each hidden matrix's last Newton–Schulz input for `nsInput` (see nsCapture.ts). */
  captureNsInputs(on: boolean): void {
    this.nsInputs.set(on);
  }

  /**
   * The matrix Newton–Schulz orthogonalised for `param` at the last step (u, viewed as [rows, cols] in the
   * PyTorch layout), or undefined for a non-Muon param or before anything was captured; the first call for a
   * Muon param turns capturing on.
   */
  nsInput(param: string): { shape: number[]; values: Float32Array } | undefined {
    return this.momentum.has(param) ? this.nsInputs.read(param) : undefined;
  }

  groups(): ParamGroupInfo[] {
    return [
      groupInfo('muon', 'muon', this.rule.lr, this.muonParams),
      groupInfo('adamw', 'adamw', this.adamwCfg.lr as number, this.adamwParams),
    ];
  }

  stateBytes(): number {
    return tensorBytes(this.momentum.values()) + (this.fallback ? this.fallback.stateBytes() : 0);
  }

  dispose(): void {
    disposeState(this.momentum);
    this.nsInputs.set(false);
    this.fallback?.dispose();
  }
}

/** Muon + QK-clip (see the module comment). */
class MuonClip extends MuonFamily {
  constructor(params: NamedParam[], rule: MuonRuleOptions, adamwCfg: OptimizerConfig, private readonly clip: QkClipOptions) {
    super('muonclip', params, rule, adamwCfg);
  }

  qkClip(stats: QkStat[], step: number): QkClipEvent[] {
    const clip = this.clip;
    const byName = new Map(this.params.map((p) => [p.name, p]));
    const rowScales = new Map<string, Float32Array>();
    const scaleRows = (ref: QkStat['q'], factor: number, what: string): void => {
      const p = byName.get(ref.param);
      if (!p) throw new Error(`${this.type}: QK-clip ${what} parameter "${ref.param}" is not a parameter of this optimizer`);
      const rows = p.variable.shape[0];
      const [start, end] = ref.rows;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= rows)) {
        throw new Error(`${this.type}: QK-clip ${what} rows [${start}, ${end}) out of range for "${ref.param}" with ${rows} rows`);
      }
      let s = rowScales.get(ref.param);
      if (!s) rowScales.set(ref.param, (s = new Float32Array(rows).fill(1)));
      for (let r = start; r < end; r++) s[r] *= factor;
    };
    const events: QkClipEvent[] = [];
    for (const st of stats) {
      if (!(st.maxLogit > clip.threshold)) continue;
      const eta = clip.threshold / st.maxLogit;
      scaleRows(st.q, Math.pow(eta, clip.alpha), 'query');
      scaleRows(st.k, Math.pow(eta, 1 - clip.alpha), 'key');
      events.push({ step, layer: st.layer, head: st.head, maxLogit: st.maxLogit, eta });
    }
    for (const [name, s] of rowScales) {
      const v = (byName.get(name) as NamedParam).variable;
      tf.tidy(() => {
        const bShape = [v.shape[0], ...v.shape.slice(1).map(() => 1)];
        v.assign(tf.mul(v, tf.reshape(tf.tensor1d(s, 'float32'), bShape)));
      });
    }
    return events;
  }
}

function muonFactory(type: 'muon' | 'muonclip'): OptimizerFactory {
  return (params, cfg) => {
    const clipKeys = type === 'muonclip' ? ['qkClipThreshold', 'qkClipAlpha'] : [];
    checkKnownKeys(cfg, [...MUON_RULE_KEYS, 'fallback', ...clipKeys]);
    const rule = muonRuleOptions(cfg, OPTIMIZER_DEFAULTS[type]);
    const adamwCfg = fallbackConfig(cfg);
    // Only muonclip has qkClip, so callers can feature-test it.
    return type === 'muonclip' ? new MuonClip(params, rule, adamwCfg, qkClipOptions(cfg)) : new MuonFamily(type, params, rule, adamwCfg);
  };
}

const hybridFactory: OptimizerFactory = (params, cfg) => {
  checkKnownKeys(cfg, ['muon', 'adamw']);
  const muonSub = subConfig(cfg, 'muon');
  checkKnownKeys(muonSub, MUON_RULE_KEYS, 'muon');
  const rule = muonRuleOptions(muonSub, OPTIMIZER_DEFAULTS.hybrid.muon, 'muon');
  const adamwSub = subConfig(cfg, 'adamw');
  const adamwCfg: OptimizerConfig = {
    ...adamwSub,
    type: 'adamw',
    lr: lr(adamwSub, HYBRID_ADAMW_DEFAULTS.lr, 'adamw'),
    weightDecay: num(adamwSub, 'weightDecay', HYBRID_ADAMW_DEFAULTS.weightDecay, { min: 0 }, 'adamw'),
  };
  return new MuonFamily('hybrid', params, rule, adamwCfg);
};

export const muonFactories: Record<string, OptimizerFactory> = {
  muon: muonFactory('muon'),
  muonclip: muonFactory('muonclip'),
  hybrid: hybridFactory,
};
