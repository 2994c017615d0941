/**
 * The one JSON Schema (draft-07) of `*.optlab.json` (SPEC §2). It serves two readers: `validate.ts`, which runs
 * it (precompiled) and adds positions and semantic rules, and VS Code, through the `jsonValidation`
 * contribution of `media/optlab.completion.schema.json` — a lenient copy derived from this one by
 * `src/host/completionSchema.ts` that keeps descriptions, defaults and enums for hovers and completion but
 * cannot fail, so schema problems are reported once, by our diagnostics. `schemas/optlab.schema.json` is this
 * schema as a file for other tools; unit tests fail when either committed file differs from `OPTLAB_SCHEMA`.
 *
 * Objects with a `type` (task, schedule, optimizer) dispatch with `if`/`then` per type rather than `oneOf`:
 * errors then come only from the branch the user meant, and every branch is closed
 * (`additionalProperties: false`) so typos are errors, never a silent fallback to a default.
 *
 * Optimizer defaults are PyTorch 1.13's (`torch/optim/*.py`) for the classic family and SPEC §3 for the rest.
 */
import type { ScheduleType } from './types';
import { OPTIMIZER_DEFAULTS } from '../optimizers/defaults';
import { SCHEDULE_DEFAULTS, SCHEDULE_KEYS, SCHEDULE_TYPES, WSD_DECAY_TYPES } from '../schedules';
import { TORCH_SCHEDULE_DEFAULTS } from '../torchSchedules';

/** The subset of JSON Schema draft-07 used here, plus VS Code's `enumDescriptions`/`markdownDescription`. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $comment?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: Array<string | number | boolean>;
  enumDescriptions?: string[];
  const?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  minProperties?: number;
  default?: unknown;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
}

/** Where the full schema is committed (for other tools; VS Code gets the lenient completion copy). */
export const SCHEMA_FILE = 'schemas/optlab.schema.json';

// ---------------------------------------------------------------------------------------------------------
// Option fragments (one place for ranges, defaults and wording)

const withDefault = (s: JsonSchema, def: unknown, what: string): JsonSchema =>
  def === undefined ? { ...s, description: what } : { ...s, description: `${what} Default ${JSON.stringify(def)}.`, default: def };

const O = {
  lr: (def: number | undefined): JsonSchema =>
    withDefault({ type: 'number', minimum: 0 }, def, 'Base learning rate; each step uses lr × λ(t) of the schedule.'),
  momentum: (def: number): JsonSchema => withDefault({ type: 'number', minimum: 0 }, def, 'Momentum factor μ.'),
  dampening: (def: number): JsonSchema => withDefault({ type: 'number', minimum: 0, maximum: 1 }, def, 'Dampening for momentum (buffer ← μ·buf + (1 − dampening)·g).'),
  nesterov: (def: boolean): JsonSchema =>
    withDefault({ type: 'boolean' }, def, 'Nesterov momentum (needs momentum > 0 and dampening 0 for SGD).'),
  weightDecayL2: (def: number): JsonSchema =>
    withDefault({ type: 'number', minimum: 0 }, def, 'Weight decay as L2: g ← g + wd·p.'),
  weightDecayDecoupled: (def: number | undefined): JsonSchema =>
    withDefault({ type: 'number', minimum: 0 }, def, 'Decoupled weight decay: p ← p·(1 − lr·wd).'),
  lrDecay: (def: number): JsonSchema => withDefault({ type: 'number', minimum: 0 }, def, 'Adagrad learning-rate decay: lr / (1 + (t − 1)·lrDecay).'),
  initialAccumulatorValue: (def: number): JsonSchema =>
    withDefault({ type: 'number', minimum: 0 }, def, 'Initial value of the Adagrad sum of squared gradients.'),
  eps: (def: number): JsonSchema => withDefault({ type: 'number', minimum: 0 }, def, 'Term added to the denominator for numerical stability.'),
  rhoAdadelta: (def: number): JsonSchema =>
    withDefault({ type: 'number', minimum: 0, maximum: 1 }, def, 'Coefficient of the running averages of squared gradients and updates.'),
  rhoSophia: (def: number): JsonSchema =>
    withDefault({ type: 'number', minimum: 0 }, def, 'Clipping scale ρ: step = sign(m)·min(|m| / (ρ·h + 1e-15), 1).'),
  alpha: (def: number): JsonSchema => withDefault({ type: 'number', minimum: 0 }, def, 'Smoothing constant of the squared-gradient average.'),
  centered: (def: boolean): JsonSchema =>
    withDefault({ type: 'boolean' }, def, 'Centered RMSprop: normalise by the estimated variance of the gradient.'),
  betas: (def: readonly number[]): JsonSchema =>
    withDefault(
      { type: 'array', items: { type: 'number', minimum: 0, exclusiveMaximum: 1 }, minItems: 2, maxItems: 2 },
      def,
      'Coefficients [β₁, β₂] of the running averages, each in [0, 1).',
    ),
  amsgrad: (def: boolean): JsonSchema => withDefault({ type: 'boolean' }, def, 'Use the AMSGrad variant (max of past second moments).'),
  momentumDecay: (def: number): JsonSchema => withDefault({ type: 'number', minimum: 0 }, def, 'NAdam momentum decay ψ.'),
  hessianInterval: (def: number): JsonSchema =>
    withDefault({ type: 'integer', minimum: 1 }, def, 'Refresh the Hessian-diagonal estimate every k steps.'),
  nsSteps: (def: number): JsonSchema =>
    withDefault({ type: 'integer', minimum: 1, maximum: 100 }, def, 'Newton–Schulz iterations per step.'),
  nsCoefficients: (def: readonly number[]): JsonSchema => ({
    description:
      `Newton–Schulz coefficients (a, b, c) of X ← aX + (bA + cA²)X: one triple for every iteration, or a list of per-iteration triples. Default [${def.join(', ')}].`,
    default: [...def],
    anyOf: [
      { type: 'array', items: { type: 'number' }, minItems: 3, maxItems: 3, description: 'One triple [a, b, c].' },
      {
        type: 'array',
        minItems: 1,
        description: 'A list of per-iteration triples [[a, b, c], …].',
        items: { type: 'array', items: { type: 'number' }, minItems: 3, maxItems: 3 },
      },
    ],
  }),
  adjustLr: (def: string): JsonSchema => ({
    ...withDefault({ type: 'string', enum: ['original', 'match_rms_adamw'] }, def, 'Scale of the orthogonalised update.'),
    enumDescriptions: ['√max(1, rows/cols) (Keller Jordan’s Muon)', '0.2·√max(rows, cols) (Moonlight: update RMS matches AdamW)'],
  }),
  qkClipThreshold: (def: number): JsonSchema =>
    withDefault({ type: 'number', exclusiveMinimum: 0 }, def, 'QK-clip threshold τ on the max pre-softmax attention logit per head.'),
  qkClipAlpha: (def: number): JsonSchema =>
    withDefault({ type: 'number', minimum: 0, maximum: 1 }, def, 'Share α of the clip applied to W_q (η^α) vs W_k (η^(1−α)).'),
};

function group(description: string, properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', description, additionalProperties: false, properties };
}

const D = OPTIMIZER_DEFAULTS;

/** Option schemas of a family, each with its default read from the defaults table (the only copy). */
function fromDefaults<K extends string>(defaults: NoInfer<Readonly<Record<K, unknown>>>, schemas: Record<K, (def: never) => JsonSchema>): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const key of Object.keys(schemas) as K[]) out[key] = (schemas[key] as (def: unknown) => JsonSchema)(defaults[key]);
  return out;
}

const SGD_SCHEMAS = { lr: O.lr, momentum: O.momentum, dampening: O.dampening, nesterov: O.nesterov, weightDecay: O.weightDecayL2 };
const muonCore = (d: typeof D.muon | typeof D.hybrid.muon): Record<string, JsonSchema> => {
  const s = fromDefaults(d, { lr: O.lr, momentum: O.momentum, nesterov: O.nesterov, nsSteps: O.nsSteps, nsCoefficients: O.nsCoefficients, adjustLr: O.adjustLr, weightDecay: O.weightDecayDecoupled });
  return { ...s, momentum: { ...s.momentum, exclusiveMaximum: 1 } };
};
const ADAMW_SCHEMAS = { lr: O.lr, betas: O.betas, eps: O.eps, weightDecay: O.weightDecayDecoupled, amsgrad: O.amsgrad };

const fallback = (d: typeof D.muon.fallback): JsonSchema =>
  group(
    'AdamW for embeddings, output head, norms, biases and 1-D parameters (the parameters Muon does not orthogonalise).',
    fromDefaults(d, { lr: O.lr, betas: O.betas, eps: O.eps, weightDecay: O.weightDecayDecoupled }),
  );

/** Shared wording of the options of the optimizers reproduced from their authors' code (SPEC §11). */
const A = {
  betas3: (def: [number, number, number], what: string): JsonSchema =>
    withDefault({ type: 'array', items: { type: 'number', minimum: 0, exclusiveMaximum: 1 }, minItems: 3, maxItems: 3 }, def, what),
  warmup: (what: string): JsonSchema => ({ type: 'integer', minimum: 0, description: `${what} No warmup when absent (or 0).` }),
  flag: (def: boolean, what: string): JsonSchema => withDefault({ type: 'boolean' }, def, what),
  nonNegative: (def: number, what: string): JsonSchema => withDefault({ type: 'number', minimum: 0 }, def, what),
};

const scheduleFreeCommon = (d: typeof D.schedule_free_adamw | typeof D.schedule_free_sgd): Record<string, JsonSchema> => ({
  warmupSteps: withDefault({ type: 'integer', minimum: 0 }, d.warmupSteps, 'Linear LR warmup over this many steps, inside the optimizer (the run’s schedule stays constant).'),
  r: A.nonNegative(d.r, 'Polynomial weighting power r of the average: step k weighs (k + 1)^r.'),
  weightLrPower: A.nonNegative(d.weightLrPower, 'The average weighs each step by lr_max^weightLrPower too (0 = no LR weighting).'),
});

/** The element-wise optimizers of SPEC §11, each with its reference constructor's arguments and defaults. */
const ELEMENTWISE_DEFS: Record<string, OptimizerDef> = {
  adopt: {
    description: 'ADOPT (Taniguchi et al. 2024; iShohei220/adopt): normalise g by the previous √v, clip at (t−1)^¼, then momentum; the first step only initialises v.',
    options: {
      lr: O.lr(D.adopt.lr),
      betas: O.betas(D.adopt.betas),
      eps: O.eps(D.adopt.eps),
      weightDecay: A.nonNegative(D.adopt.weightDecay, 'Weight decay: L2 added to the gradient, or decoupled p ← p − lr·wd·p with decouple.'),
      decouple: A.flag(D.adopt.decouple, 'Decoupled (AdamW-style) weight decay instead of L2.'),
    },
  },
  ademamix: {
    description: 'AdEMAMix (Pagliardini et al. 2024; apple/ml-ademamix): Adam whose numerator adds α × a slow EMA (β₃) of the gradient to the bias-corrected fast one.',
    options: {
      lr: O.lr(D.ademamix.lr),
      betas: A.betas3(D.ademamix.betas, 'Coefficients [β₁, β₂, β₃]: fast EMA, second moment, slow EMA; each in [0, 1). β₁ = 0 keeps no fast EMA.'),
      alpha: A.nonNegative(D.ademamix.alpha, 'Weight α of the slow EMA in the numerator.'),
      beta3Warmup: A.warmup('Steps over which β₃ grows from β₁ to β₃, linearly in half-life.'),
      alphaWarmup: A.warmup('Steps over which α grows linearly from 0.'),
      eps: O.eps(D.ademamix.eps),
      weightDecay: A.nonNegative(D.ademamix.weightDecay, 'Weight decay added to the update: p ← p − lr·(u + wd·p).'),
    },
  },
  cautious_adamw: {
    description: 'Cautious AdamW (Liang et al. 2024; kyleliang919/C-Optim c_adamw.py): AdamW applied only where m·g > 0, divided by the mean of that mask (≥ 1e-3).',
    options: { lr: O.lr(D.cautious_adamw.lr), betas: O.betas(D.cautious_adamw.betas), eps: O.eps(D.cautious_adamw.eps), weightDecay: O.weightDecayDecoupled(D.cautious_adamw.weightDecay) },
  },
  cautious_lion: {
    description: 'Cautious Lion (Liang et al. 2024; kyleliang919/C-Optim c_lion.py): Lion applied only where its sign agrees with g, scaled by n / (kept + 1).',
    options: { lr: O.lr(D.cautious_lion.lr), betas: O.betas(D.cautious_lion.betas), weightDecay: O.weightDecayDecoupled(D.cautious_lion.weightDecay) },
  },
  laprop: {
    description: 'LaProp (Ziyin et al. 2020; Z-T-WANG/LaProp-Optimizer): momentum of RMSprop-normalised gradients, bias corrections that follow the LR history.',
    options: {
      lr: O.lr(D.laprop.lr),
      betas: O.betas(D.laprop.betas),
      eps: O.eps(D.laprop.eps),
      weightDecay: A.nonNegative(D.laprop.weightDecay, 'Weight decay after the step, not scaled by the LR (as the reference): p ← p − wd·p.'),
      amsgrad: O.amsgrad(D.laprop.amsgrad),
      centered: A.flag(D.laprop.centered, 'Subtract the squared mean gradient from the second moment (from step 11 on, as the reference).'),
    },
  },
  adan: {
    description: 'Adan (Xie et al. 2022; sail-sg/Adan): Nesterov-style momentum from EMAs of the gradient, of its difference and of the squared extrapolated gradient.',
    options: {
      lr: O.lr(D.adan.lr),
      betas: A.betas3(D.adan.betas, 'Coefficients [β₁, β₂, β₃] of the gradient, gradient-difference and second-moment averages; each in [0, 1).'),
      eps: O.eps(D.adan.eps),
      weightDecay: A.nonNegative(D.adan.weightDecay, 'Weight decay: proximal p ← p / (1 + lr·wd) after the step, or p ← p(1 − lr·wd) before it with noProx.'),
      maxGradNorm: A.nonNegative(D.adan.maxGradNorm, 'Clip the global gradient norm (over all parameters) to this value; 0 = no clipping.'),
      noProx: A.flag(D.adan.noProx, 'Decoupled decay p(1 − lr·wd) instead of the proximal division.'),
    },
  },
  mars: {
    description: 'MARS (Yuan et al. 2024; AGI-Arena/MARS): variance-reduced AdamW or Lion on 2-D weights with the previous step’s gradient; other parameters take its own AdamW.',
    options: {
      lr: withDefault({ type: 'number', exclusiveMinimum: 0 }, D.mars.lr, 'Base learning rate (> 0: the AdamW branch’s LR is lr1d/lr times it); each step uses lr × λ(t) of the schedule.'),
      betas: O.betas(D.mars.betas),
      eps: O.eps(D.mars.eps),
      weightDecay: O.weightDecayDecoupled(D.mars.weightDecay),
      amsgrad: O.amsgrad(D.mars.amsgrad),
      gamma: withDefault({ type: 'number' }, D.mars.gamma, 'Scale γ of the gradient correction c = g + γ·β₁/(1 − β₁)·(g − g_prev).'),
      isApprox: { ...A.flag(D.mars.isApprox, 'Use the previous step’s gradient for the correction (the approximate variant; the only one offered).'), const: true },
      marsType: {
        ...withDefault({ type: 'string', enum: ['mars-adamw', 'mars-lion'] }, D.mars.marsType, 'Update applied to the corrected momentum (mars-shampoo is not offered).'),
        enumDescriptions: ['AdamW on the corrected gradient', 'sign of the corrected momentum (Lion-like)'],
      },
      optimize1d: A.flag(D.mars.optimize1d, 'Use MARS for non-2-D parameters too, instead of its AdamW branch.'),
      lr1d: A.nonNegative(D.mars.lr1d, 'LR of the AdamW branch for non-2-D parameters (follows the run’s schedule: lr × lr1d / base LR).'),
      betas1d: O.betas(D.mars.betas1d),
      weightDecay1d: A.nonNegative(D.mars.weightDecay1d, 'Decoupled weight decay of the AdamW branch: p ← p − lr₁d·wd·p.'),
    },
  },
  schedule_free_adamw: {
    description: 'Schedule-free AdamW (Defazio et al. 2024; facebookresearch/schedule_free): no LR decay; trains at y, evaluates the average x. The run’s schedule must be constant (warm up with warmupSteps).',
    options: { lr: O.lr(D.schedule_free_adamw.lr), betas: O.betas(D.schedule_free_adamw.betas), eps: O.eps(D.schedule_free_adamw.eps), weightDecay: A.nonNegative(D.schedule_free_adamw.weightDecay, 'Weight decay added to the normalised gradient at y: ĝ ← ĝ + wd·y.'), ...scheduleFreeCommon(D.schedule_free_adamw), innerMomentum: withDefault({ type: 'number', minimum: 0, exclusiveMaximum: 1 }, D.schedule_free_adamw.innerMomentum, 'EMA of the gradient inside the Adam step (like AdamW’s β₁); 0 keeps none.') },
  },
  schedule_free_sgd: {
    description: 'Schedule-free SGD (Defazio et al. 2024; facebookresearch/schedule_free): no LR decay; trains at y, evaluates the average x. The run’s schedule must be constant (warm up with warmupSteps).',
    options: { lr: O.lr(D.schedule_free_sgd.lr), momentum: withDefault({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 }, D.schedule_free_sgd.momentum, 'Interpolation β of y between z and x (0 < β < 1).'), weightDecay: A.nonNegative(D.schedule_free_sgd.weightDecay, 'Weight decay added to the gradient at y: g ← g + wd·y.'), ...scheduleFreeCommon(D.schedule_free_sgd) },
  },
};

/** LR-free methods (SPEC §11): `lr` multiplies the estimated step size d, so its default is 1 and it must be > 0. */
const lrMultiplier = (): JsonSchema =>
  withDefault({ type: 'number', exclusiveMinimum: 0 }, 1, 'Multiplier of the estimated step size d (the step uses d·lr·λ(t)); leave at 1 unless training is unstable.');
const lrFreeCommon = (): Record<string, JsonSchema> => ({
  lr: lrMultiplier(),
  betas: O.betas([0.9, 0.999]),
  eps: withDefault({ type: 'number', exclusiveMinimum: 0 }, 1e-8, 'Term added to the denominator outside the square root.'),
  weightDecay: withDefault({ type: 'number', minimum: 0 }, 0, 'Weight decay: L2 on the gradient, or p ← p(1 − wd·d·lr) when decouple is true.'),
  useBiasCorrection: withDefault({ type: 'boolean' }, false, 'Adam bias correction folded into the step size: × √(1 − β₂^k) / (1 − β₁^k).'),
  d0: withDefault({ type: 'number', exclusiveMinimum: 0 }, 1e-6, 'Initial estimate d₀ of the distance to a solution.'),
  growthRate: {
    type: 'number',
    exclusiveMinimum: 0,
    description: 'Cap on the growth of d per step (d ← min(…, d·growthRate)); 1.02 gives a warmup-like ramp. Default ∞ (leave out: JSON cannot write it).',
  },
});

interface OptimizerDef {
  description: string;
  options: Record<string, JsonSchema>;
  /** Options that must be given. */
  required?: string[];
}

/** Every optimizer type and its options (SPEC §3), in the order users meet them; defaults from optimizers/defaults.ts. */
// The entries look alike on purpose: one row of data per optimizer, each naming its own options.
export const OPTIMIZER_DEFS: Readonly<Record<string, OptimizerDef>> = Object.freeze({
  sgd: { description: 'Stochastic gradient descent (torch.optim.SGD).', options: fromDefaults(D.sgd, SGD_SCHEMAS) },
  bgd: { description: 'Batch gradient descent: SGD on the full training set each step.', options: fromDefaults(D.bgd, SGD_SCHEMAS) },
  momentum: { description: 'SGD with heavy-ball momentum (default 0.9).', options: fromDefaults(D.momentum, SGD_SCHEMAS) },
  nag: {
    description: 'SGD with Nesterov momentum (default 0.9).',
    options: fromDefaults(D.nag, { lr: O.lr, momentum: O.momentum, weightDecay: O.weightDecayL2 }),
  },
  adagrad: {
    description: 'Adagrad (torch.optim.Adagrad).',
    options: fromDefaults(D.adagrad, { lr: O.lr, lrDecay: O.lrDecay, weightDecay: O.weightDecayL2, initialAccumulatorValue: O.initialAccumulatorValue, eps: O.eps }),
  },
  adadelta: {
    description: 'Adadelta (torch.optim.Adadelta).',
    options: fromDefaults(D.adadelta, { lr: O.lr, rho: O.rhoAdadelta, eps: O.eps, weightDecay: O.weightDecayL2 }),
  },
  rmsprop: {
    description: 'RMSprop (torch.optim.RMSprop).',
    options: fromDefaults(D.rmsprop, { lr: O.lr, alpha: O.alpha, eps: O.eps, weightDecay: O.weightDecayL2, momentum: O.momentum, centered: O.centered }),
  },
  adam: {
    description: 'Adam (torch.optim.Adam); weightDecay is L2 added to the gradient.',
    options: fromDefaults(D.adam, { ...ADAMW_SCHEMAS, weightDecay: O.weightDecayL2 }),
  },
  adamw: {
    description: 'AdamW (torch.optim.AdamW): Adam with decoupled weight decay.',
    options: fromDefaults(D.adamw, ADAMW_SCHEMAS),
  },
  adamax: {
    description: 'Adamax (torch.optim.Adamax): Adam with the infinity norm.',
    options: fromDefaults(D.adamax, { lr: O.lr, betas: O.betas, eps: O.eps, weightDecay: O.weightDecayL2 }),
  },
  nadam: {
    description: 'NAdam (torch.optim.NAdam): Adam with Nesterov momentum.',
    options: fromDefaults(D.nadam, { lr: O.lr, betas: O.betas, eps: O.eps, weightDecay: O.weightDecayL2, momentumDecay: O.momentumDecay }),
  },
  lion: {
    description: 'Lion: sign of an interpolated momentum (Chen et al. 2023).',
    options: fromDefaults(D.lion, { lr: O.lr, betas: O.betas, weightDecay: O.weightDecayDecoupled }),
  },
  sophia: {
    description: 'SophiaG: clipped, Hessian-preconditioned momentum (Liu et al. 2023).',
    options: fromDefaults(D.sophia, { lr: O.lr, betas: O.betas, rho: O.rhoSophia, weightDecay: O.weightDecayDecoupled, hessianInterval: O.hessianInterval }),
  },
  muon: {
    description: 'Muon: Newton–Schulz-orthogonalised momentum for hidden matrices, AdamW fallback for the rest.',
    options: { ...muonCore(D.muon), fallback: fallback(D.muon.fallback) },
  },
  muonclip: {
    description: 'MuonClip (Kimi K2): Muon plus per-head QK-clip of attention logits.',
    options: {
      ...muonCore(D.muonclip),
      fallback: fallback(D.muonclip.fallback),
      ...fromDefaults(D.muonclip, { qkClipThreshold: O.qkClipThreshold, qkClipAlpha: O.qkClipAlpha }),
    },
  },
  hybrid: {
    description: 'Muon for hidden 2-D weights and AdamW for the rest, each with its own base LR and the run’s schedule shape.',
    options: {
      muon: group('The Muon group (hidden 2-D weights).', muonCore(D.hybrid.muon)),
      adamw: group('The AdamW group (embeddings, head, norms, biases).', fromDefaults(D.hybrid.adamw, ADAMW_SCHEMAS)),
    },
  },
  ...ELEMENTWISE_DEFS,
  normuon: {
    description: 'NorMuon (microsoft/dion): Muon with per-neuron second-moment normalisation of the orthogonalised update; AdamW for the rest.',
    options: {
      lr: O.lr(0.01),
      mu: withDefault({ type: 'number', minimum: 0 }, 0.95, 'Momentum μ of M ← μM + G.'),
      muonBeta2: withDefault({ type: 'number', minimum: 0, maximum: 1 }, 0.95, 'Decay of the per-neuron (per-row) second moment of the orthogonalised update.'),
      betas: withDefault(O.betas([0.9, 0.95]), [0.9, 0.95], 'AdamW [β₁, β₂] of the non-matrix parameters, each in [0, 1).'),
      weightDecay: O.weightDecayDecoupled(0.01),
      cautiousWd: withDefault({ type: 'boolean' }, false, 'Cautious weight decay: decay only where the parameter and its update agree in sign.'),
      epsilon: withDefault({ type: 'number', minimum: 0 }, 1e-8, 'Added to the norm before Newton–Schulz and to the AdamW denominator.'),
      nesterov: O.nesterov(false),
      adjustLr: {
        description: 'Scale of the NorMuon update: spectral_norm √(rows/cols), rms_norm 0.2·√max(rows, cols), null none. Default "spectral_norm".',
        default: 'spectral_norm',
        anyOf: [
          { type: 'string', enum: ['spectral_norm', 'rms_norm'], enumDescriptions: ['√(rows/cols): LR transfer across widths', '0.2·√max(rows, cols): update RMS like AdamW'] },
          { type: 'null', description: 'No shape-dependent scale.' },
        ],
      },
      flatten: withDefault({ type: 'boolean' }, false, 'Orthogonalise a ≥ 3-D weight as one [shape[0], rest] matrix (false: as a batch of its trailing matrices).'),
      usePolarExpress: withDefault({ type: 'boolean' }, true, 'Polar Express coefficients with the 1.02 normalisation (false: dion’s 5-step Newton–Schulz quintics).'),
      fallback: group('AdamW group of embeddings, head, norms, biases and 1-D parameters; each option defaults to the optimizer’s own (lr, betas, weightDecay, epsilon).', {
        lr: { type: 'number', minimum: 0, description: 'Base LR of the AdamW group (× λ(t)). Default: the optimizer’s lr.' },
        betas: {
          type: 'array',
          items: { type: 'number', minimum: 0, exclusiveMaximum: 1 },
          minItems: 2,
          maxItems: 2,
          description: 'AdamW [β₁, β₂], each in [0, 1). Default: the optimizer’s betas.',
        },
        weightDecay: { type: 'number', minimum: 0, description: 'Decoupled weight decay of the AdamW group. Default: the optimizer’s weightDecay.' },
        epsilon: withDefault({ type: 'number', minimum: 0 }, undefined, 'AdamW eps. Default: the optimizer’s epsilon.'),
      }),
    },
  },
  soap: {
    description: 'SOAP (Vyas et al. 2024, nikhilvyas/SOAP): Adam in the eigenbasis of Shampoo’s Kronecker factors, refreshed by a QR power step.',
    options: {
      lr: O.lr(3e-3),
      betas: O.betas([0.95, 0.95]),
      shampooBeta: withDefault({ type: 'number', exclusiveMaximum: 1 }, -1, 'Decay of the Kronecker factors L_d; a negative value uses β₂.'),
      eps: O.eps(1e-8),
      weightDecay: withDefault({ type: 'number', minimum: 0 }, 0.01, 'Decoupled weight decay, applied after the step: p ← p − lr·wd·p.'),
      preconditionFrequency: withDefault({ type: 'integer', minimum: 1 }, 10, 'Refresh the eigenbases (one power iteration + QR) every k steps.'),
      maxPrecondDim: withDefault({ type: 'integer', minimum: 1 }, 10000, 'Dimensions larger than this get no factor (identity basis).'),
      mergeDims: withDefault({ type: 'boolean' }, false, 'Merge neighbouring dimensions while their product stays ≤ maxPrecondDim.'),
      precondition1d: withDefault({ type: 'boolean' }, false, 'Also precondition 1-D parameters (biases, norm gains).'),
      normalizeGrads: withDefault({ type: 'boolean' }, false, 'Divide each update by its RMS (helps at large preconditionFrequency).'),
      dataFormat: {
        ...withDefault({ type: 'string', enum: ['channels_first', 'channels_last'] }, 'channels_first', 'Layout of 4-D weights when merging dimensions.'),
        enumDescriptions: ['NCHW', 'NHWC: permuted to NCHW before merging'],
      },
      correctBias: withDefault({ type: 'boolean' }, true, 'Adam bias correction: step lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ).'),
    },
  },
  shampoo: {
    description: 'Shampoo (Gupta et al. 2018, kozistr/pytorch_optimizer): one Kronecker statistic per dimension, update multiplied by their inverse r-th roots.',
    options: {
      lr: O.lr(1e-3),
      momentum: withDefault({ type: 'number', minimum: 0, maximum: 1 }, 0, 'Momentum μ: g ← (1 − μ)g + μ·(last preconditioned update).'),
      weightDecay: withDefault({ type: 'number', minimum: 0 }, 0, 'Weight decay: L2 on the gradient, or decoupled with weightDecouple.'),
      weightDecouple: withDefault({ type: 'boolean' }, false, 'Decoupled weight decay p ← p(1 − wd·lr) as in AdamW.'),
      fixedDecay: withDefault({ type: 'boolean' }, false, 'With weightDecouple: p ← p(1 − wd), independent of the LR.'),
      preconditioningComputeSteps: withDefault({ type: 'integer', minimum: 1 }, 1, 'Recompute the inverse roots every k steps (they start at 0: the first k − 1 steps do not move p).'),
      matrixEps: withDefault({ type: 'number', minimum: 0 }, 1e-6, 'Initial statistics matrixEps·I (keeps the inverse roots finite).'),
      maximize: withDefault({ type: 'boolean' }, false, 'Maximize the objective (negate the gradient).'),
    },
  },
  prodigy: {
    description: 'Prodigy (Mishchenko & Defazio 2023, konstmish/prodigy): Adam whose step size d is estimated on the fly; lr is a multiplier of d.',
    options: {
      ...lrFreeCommon(),
      beta3: {
        type: 'number',
        minimum: 0,
        exclusiveMaximum: 1,
        description: 'Decay β₃ of the running sums behind the d estimate. Default √β₂ (leave out).',
      },
      decouple: withDefault({ type: 'boolean' }, true, 'AdamW-style decoupled weight decay (false: L2 added to the gradient).'),
      safeguardWarmup: withDefault({ type: 'boolean' }, false, 'Leave lr out of the denominator of the d estimate (helps under LR warmup).'),
      dCoef: withDefault({ type: 'number', exclusiveMinimum: 0 }, 1, 'Coefficient of the d estimate: the preferred knob (0.5 or 2 also work).'),
      sliceP: withDefault({ type: 'integer', minimum: 1 }, 1, 'Estimate d from every p-th entry only (≈ 11 saves memory; 1 = exact Prodigy).'),
    },
  },
  dadapt_adam: {
    description: 'D-Adapt Adam (Defazio & Mishchenko 2023, facebookresearch/dadaptation): Adam with a D-Adaptation step size; lr is a multiplier of d.',
    options: {
      ...lrFreeCommon(),
      decouple: withDefault({ type: 'boolean' }, false, 'AdamW-style decoupled weight decay (false: L2 added to the gradient).'),
    },
  },
});

export const SCHEMA_OPTIMIZER_TYPES: readonly string[] = Object.freeze(Object.keys(OPTIMIZER_DEFS));

/** Option keys of an optimizer type (empty for an unknown type). */
export function optimizerOptionKeys(type: string): string[] {
  return Object.prototype.hasOwnProperty.call(OPTIMIZER_DEFS, type) ? Object.keys(OPTIMIZER_DEFS[type].options) : [];
}

function isNumeric(s: JsonSchema): boolean {
  return s.type === 'number' || s.type === 'integer';
}

/** Numeric options a `sweep` may vary for a type; nested group options are dotted (`muon.lr`, `fallback.lr`). */
export function sweepableOptions(type: string): string[] {
  if (!Object.prototype.hasOwnProperty.call(OPTIMIZER_DEFS, type)) return [];
  const out: string[] = [];
  for (const [k, s] of Object.entries(OPTIMIZER_DEFS[type].options)) {
    if (isNumeric(s)) out.push(k);
    else if (s.type === 'object' && s.properties) {
      for (const [k2, s2] of Object.entries(s.properties)) if (isNumeric(s2)) out.push(`${k}.${k2}`);
    }
  }
  return out;
}

/** Every key any optimizer can sweep (completion list for `sweep`). */
export const ALL_SWEEP_KEYS: readonly string[] = Object.freeze([...new Set(SCHEMA_OPTIMIZER_TYPES.flatMap(sweepableOptions))].sort());

/** Schema of one option, dotted paths allowed (`muon.lr`). */
export function optionSchema(type: string, key: string): JsonSchema | undefined {
  const def = OPTIMIZER_DEFS[type];
  if (!def) return undefined;
  const [head, tail] = key.split('.', 2) as [string, string | undefined];
  const s = Object.prototype.hasOwnProperty.call(def.options, head) ? def.options[head] : undefined;
  if (!s || tail === undefined) return s;
  return s.properties && Object.prototype.hasOwnProperty.call(s.properties, tail) ? s.properties[tail] : undefined;
}

/**
 * Base LR of each parameter group of an optimizer config, defaults applied (for LR previews: hybrid shows
 * one curve per group, Muon shows its AdamW fallback too). `lr` is undefined when required but missing.
 */
export function optimizerBaseLrs(cfg: { type: string; [k: string]: unknown }): Array<{ group: string; lr: number | undefined }> {
  const read = (obj: unknown, key: string): unknown => (obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[key] : undefined);
  const pick = (v: unknown, s: JsonSchema | undefined): number | undefined =>
    typeof v === 'number' ? v : typeof s?.default === 'number' ? s.default : undefined;
  if (cfg.type === 'hybrid') {
    return ['muon', 'adamw'].map((g) => ({ group: g, lr: pick(read(cfg[g], 'lr'), optionSchema('hybrid', `${g}.lr`)) }));
  }
  const main = { group: 'default', lr: pick(cfg.lr, optionSchema(cfg.type, 'lr')) };
  if (cfg.type === 'normuon') {
    // The AdamW group inherits the optimizer's lr unless fallback.lr is given (dion's per-group options).
    return [{ ...main, group: 'normuon' }, { group: 'fallback', lr: typeof read(cfg.fallback, 'lr') === 'number' ? (read(cfg.fallback, 'lr') as number) : main.lr }];
  }
  if (cfg.type === 'muon' || cfg.type === 'muonclip') {
    return [{ ...main, group: 'muon' }, { group: 'fallback', lr: pick(read(cfg.fallback, 'lr'), optionSchema(cfg.type, 'fallback.lr')) }];
  }
  return [main];
}

// ---------------------------------------------------------------------------------------------------------
// Schedules and tasks

const SCHEDULE_OPTION_SCHEMAS: Record<string, JsonSchema> = {
  warmupSteps: withDefault({ type: 'integer', minimum: 0 }, SCHEDULE_DEFAULTS.warmupSteps, 'Linear warmup steps w: λ(t) = t / max(1, w) for t < w.'),
  numCycles: withDefault({ type: 'number', minimum: 0 }, SCHEDULE_DEFAULTS.numCycles, 'Cosine cycles over the decay (0.5 = one half-cosine from 1 down to the floor).'),
  minLrRatio: withDefault({ type: 'number', minimum: 0, maximum: 1 }, SCHEDULE_DEFAULTS.minLrRatio, 'Floor r of the multiplier (final LR = r × base LR).'),
  timescale: {
    type: 'number',
    exclusiveMinimum: 0,
    description: 'Timescale τ of 1/√((t + τ − w) / τ). Default: warmupSteps, or 10000 when warmupSteps is 0.',
  },
  stableSteps: withDefault({ type: 'integer', minimum: 0 }, SCHEDULE_DEFAULTS.stableSteps, 'Steps at the peak LR after warmup.'),
  decaySteps: withDefault({ type: 'integer', minimum: 0 }, SCHEDULE_DEFAULTS.decaySteps, 'Steps of the final decay to minLrRatio.'),
  decayType: {
    ...withDefault({ type: 'string', enum: [...WSD_DECAY_TYPES] }, SCHEDULE_DEFAULTS.decayType, 'Shape of the WSD decay.'),
    enumDescriptions: ['r + (1 − r)(1 − q)', 'r + (1 − r)·½(1 + cos πq)', 'r + (1 − r)(1 − √q)'],
  },
};

/** Options of the PyTorch schedules (SPEC §12); torch's names in camelCase, torch's defaults. */
const TD = TORCH_SCHEDULE_DEFAULTS;
const intMin = (min: number): JsonSchema => ({ type: 'integer', minimum: min });
Object.assign(SCHEDULE_OPTION_SCHEMAS, {
  stepSize: { ...intMin(1), description: 'StepLR step_size: multiply the LR by gamma every stepSize steps. Required.' },
  gamma: { type: 'number', exclusiveMinimum: 0, description: 'Multiplicative factor gamma.' },
  milestones: {
    type: 'array',
    minItems: 1,
    items: intMin(1),
    description: 'MultiStepLR milestones: steps (after warmup) at which the LR is multiplied by gamma; strictly increasing. Required.',
  },
  totalIters: { ...intMin(1), description: 'PolynomialLR total_iters: steps of the decay to 0. Default: the run’s steps − warmupSteps.' },
  power: withDefault({ type: 'number', minimum: 0 }, TD.power, 'PolynomialLR power.'),
  tMax: { ...intMin(1), description: 'CosineAnnealingLR T_max: half-period of the cosine. Default: the run’s steps − warmupSteps.' },
  etaMin: withDefault({ type: 'number', minimum: 0 }, TD.etaMin, 'Minimum LR eta_min (absolute).'),
  t0: { ...intMin(1), description: 'CosineAnnealingWarmRestarts T_0: steps of the first cycle. Required.' },
  tMult: withDefault(intMin(1), TD.tMult, 'CosineAnnealingWarmRestarts T_mult: each cycle is tMult× longer than the previous.'),
  maxLr: { type: 'number', minimum: 0, description: 'Peak LR max_lr (absolute). OneCycleLR default: the run’s lr; required for cyclic.' },
  baseLr: { type: 'number', minimum: 0, description: 'CyclicLR base_lr: the lower LR of the cycle (absolute). Required.' },
  pctStart: withDefault({ type: 'number', minimum: 0, maximum: 1 }, TD.pctStart, 'OneCycleLR pct_start: fraction of the cycle spent increasing the LR.'),
  annealStrategy: { ...withDefault({ type: 'string', enum: ['cos', 'linear'] }, TD.annealStrategy, 'OneCycleLR anneal_strategy.'), enumDescriptions: ['cosine annealing', 'linear annealing'] },
  divFactor: withDefault({ type: 'number', exclusiveMinimum: 0 }, TD.divFactor, 'OneCycleLR div_factor: initial LR = maxLr / divFactor.'),
  finalDivFactor: withDefault({ type: 'number', exclusiveMinimum: 0 }, TD.finalDivFactor, 'OneCycleLR final_div_factor: final LR = initial LR / finalDivFactor.'),
  threePhase: withDefault({ type: 'boolean' }, TD.threePhase, 'OneCycleLR three_phase: a third phase annihilates the LR after the symmetric cycle.'),
  cycleMomentum: withDefault({ type: 'boolean' }, TD.cycleMomentum, 'The optimizer’s momentum (or Adam’s β₁) cycles inversely to the LR.'),
  baseMomentum: { type: 'number', minimum: 0, maximum: 1, description: 'Lower momentum of the cycle. Default 0.85 (onecycle), 0.8 (cyclic).' },
  maxMomentum: { type: 'number', minimum: 0, maximum: 1, description: 'Upper momentum of the cycle. Default 0.95 (onecycle), 0.9 (cyclic).' },
  stepSizeUp: withDefault({ type: 'number', exclusiveMinimum: 0 }, TD.stepSizeUp, 'CyclicLR step_size_up: steps of the increasing half of a cycle.'),
  stepSizeDown: { type: 'number', minimum: 0, description: 'CyclicLR step_size_down: steps of the decreasing half. Default: stepSizeUp.' },
  mode: {
    ...withDefault({ type: 'string', enum: ['triangular', 'triangular2', 'exp_range'] }, TD.mode, 'CyclicLR mode.'),
    enumDescriptions: ['constant amplitude', 'amplitude halved every cycle', 'amplitude × gamma^step'],
  },
} satisfies Record<string, JsonSchema>);

/** Per-type wording where torch's defaults differ between schedulers. */
const SCHEDULE_OPTION_OVERRIDES: Partial<Record<ScheduleType, Record<string, JsonSchema>>> = {
  step: { gamma: withDefault({ type: 'number', exclusiveMinimum: 0 }, TD.stepGamma, 'Multiplicative factor gamma.') },
  multistep: { gamma: withDefault({ type: 'number', exclusiveMinimum: 0 }, TD.stepGamma, 'Multiplicative factor gamma.') },
  exponential: { gamma: { type: 'number', exclusiveMinimum: 0, description: 'ExponentialLR gamma: the LR is multiplied by gamma every step. Required.' } },
  cyclic: { gamma: withDefault({ type: 'number', exclusiveMinimum: 0 }, TD.cyclicGamma, 'CyclicLR gamma of exp_range: amplitude × gamma^step.') },
};

const SCHEDULE_DESCRIPTIONS: Record<ScheduleType, string> = {
  constant: 'Constant multiplier 1 (after the optional warmup).',
  linear: 'Linear warmup, then linear decay to 0 at the last step: max(0, (T − t) / max(1, T − w)).',
  warmup_cosine: 'Linear warmup, then cosine decay to minLrRatio at the last step.',
  inverse_sqrt: 'Linear warmup, then 1/√((t + τ − w) / τ).',
  wsd: 'Warmup–stable–decay: warmup, a flat stretch at the peak, then a decay to minLrRatio (needs no total).',
  step: 'PyTorch StepLR: the LR is multiplied by gamma every stepSize steps (torch 1.13, exact).',
  multistep: 'PyTorch MultiStepLR: the LR is multiplied by gamma at each milestone (torch 1.13, exact).',
  exponential: 'PyTorch ExponentialLR: the LR is multiplied by gamma every step (torch 1.13, exact).',
  polynomial: 'PyTorch PolynomialLR: polynomial decay to 0 over totalIters steps (torch 1.13, exact).',
  cosine_annealing: 'PyTorch CosineAnnealingLR: cosine from the base LR to etaMin over tMax steps, chainable form (torch 1.13, exact).',
  cosine_restarts: 'PyTorch CosineAnnealingWarmRestarts (SGDR): cosine cycles of t0, t0·tMult, … steps (torch 1.13, exact).',
  onecycle: 'PyTorch OneCycleLR: up to maxLr and down to maxLr/(divFactor·finalDivFactor) over the run; momentum cycles (torch 1.13, exact).',
  cyclic: 'PyTorch CyclicLR: the LR cycles between baseLr and maxLr; momentum cycles (torch 1.13, exact).',
};

function dispatch(types: readonly string[], ref: (t: string) => string, typeSchema: JsonSchema, description: string): JsonSchema {
  return {
    type: 'object',
    description,
    required: ['type'],
    properties: { type: typeSchema },
    allOf: types.map((t) => ({
      if: { type: 'object', properties: { type: { const: t } }, required: ['type'] },
      then: { $ref: ref(t) },
    })),
  };
}

function scheduleDefinitions(): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = {};
  for (const t of SCHEDULE_TYPES) {
    const properties: Record<string, JsonSchema> = { type: { const: t } };
    for (const k of SCHEDULE_KEYS[t]) properties[k] = SCHEDULE_OPTION_OVERRIDES[t]?.[k] ?? SCHEDULE_OPTION_SCHEMAS[k];
    if (t === 'onecycle' || t === 'cyclic') {
      const on = t === 'onecycle';
      properties.baseMomentum = withDefault({ type: 'number', minimum: 0, maximum: 1 }, on ? TD.onecycleBaseMomentum : TD.cyclicBaseMomentum, 'Lower momentum of the cycle.');
      properties.maxMomentum = withDefault({ type: 'number', minimum: 0, maximum: 1 }, on ? TD.onecycleMaxMomentum : TD.cyclicMaxMomentum, 'Upper momentum of the cycle.');
    }
    defs[`schedule_${t}`] = { type: 'object', description: SCHEDULE_DESCRIPTIONS[t], additionalProperties: false, properties };
  }
  defs.schedule = dispatch(
    SCHEDULE_TYPES,
    (t) => `#/definitions/schedule_${t}`,
    { type: 'string', enum: [...SCHEDULE_TYPES], enumDescriptions: SCHEDULE_TYPES.map((t) => SCHEDULE_DESCRIPTIONS[t]), description: 'Schedule shape (SPEC §4; the PyTorch schedulers SPEC §12).' },
    'LR schedule: a multiplier λ(t) of each group’s base LR (PyTorch LambdaLR convention: step t uses base·λ(t)).',
  );
  return defs;
}

function optimizerDefinitions(): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = {};
  for (const [t, def] of Object.entries(OPTIMIZER_DEFS)) {
    defs[`optimizer_${t}`] = {
      type: 'object',
      description: def.description,
      additionalProperties: false,
      ...(def.required ? { required: def.required } : {}),
      properties: { type: { const: t }, ...def.options },
    };
  }
  defs.optimizer = dispatch(
    SCHEMA_OPTIMIZER_TYPES,
    (t) => `#/definitions/optimizer_${t}`,
    {
      type: 'string',
      enum: [...SCHEMA_OPTIMIZER_TYPES],
      enumDescriptions: SCHEMA_OPTIMIZER_TYPES.map((t) => OPTIMIZER_DEFS[t].description),
      description: 'Optimizer family (SPEC §3).',
    },
    'Optimizer and its options; omitted options take the defaults shown.',
  );
  return defs;
}

const pos = (what: string, def?: number, min = 1): JsonSchema => withDefault({ type: 'integer', minimum: min }, def, what);

function taskDefinitions(): Record<string, JsonSchema> {
  const tasks: Record<string, JsonSchema> = {
    task_function2d: {
      type: 'object',
      description: '2-D test function; the trajectory is plotted. No matrices: Muon-family optimizers do not apply.',
      additionalProperties: false,
      required: ['fn'],
      properties: {
        type: { const: 'function2d' },
        fn: {
          type: 'string',
          enum: ['rosenbrock', 'rastrigin', 'beale', 'quadratic'],
          enumDescriptions: ['(1 − x)² + 100(y − x²)²', 'Rastrigin (many local minima)', 'Beale', '½(x² + condition·y²)'],
          description: 'Test function.',
        },
        condition: withDefault({ type: 'number', minimum: 1 }, 100, 'Condition number of `quadratic`.'),
        start: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2, description: 'Start point [x, y] (default per function).' },
      },
    },
    task_matrix: {
      type: 'object',
      description: 'Ill-conditioned matrix regression or low-rank factorisation (where orthogonalised updates matter).',
      additionalProperties: false,
      required: ['problem'],
      properties: {
        type: { const: 'matrix' },
        problem: {
          type: 'string',
          enum: ['regression', 'lowrank'],
          enumDescriptions: ['min ‖XW − Y‖² with ill-conditioned X', 'min ‖UV − M‖² for a rank-r target'],
          description: 'Problem kind.',
        },
        rows: pos('Rows of the learned matrix.', 64),
        cols: pos('Columns of the learned matrix.', 32),
        rank: pos('Rank of the target (lowrank).', 4),
        condition: withDefault({ type: 'number', minimum: 1 }, 1000, 'Condition number of the data.'),
        batchSize: pos('Samples per step.'),
      },
    },
    task_mlp: {
      type: 'object',
      description: 'MLP classifier on a 2-D dataset with a train/validation split (reports accuracy).',
      additionalProperties: false,
      required: ['dataset'],
      properties: {
        type: { const: 'mlp' },
        dataset: { type: 'string', enum: ['spirals', 'moons', 'blobs'], description: 'Dataset.' },
        hidden: withDefault({ type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1 }, [64, 64], 'Hidden layer widths.'),
        samples: pos('Samples generated (20% held out for validation).', 2000, 10),
        noise: { type: 'number', minimum: 0, description: 'Label noise / jitter (default per dataset).' },
        classes: pos('Number of classes (spirals/blobs).', 3, 2),
        batchSize: pos('Samples per step.'),
      },
    },
    task_char_lm: {
      type: 'object',
      description: 'Decoder-only character transformer (pre-norm blocks, causal multi-head attention, GELU MLP).',
      additionalProperties: false,
      properties: {
        type: { const: 'char_lm' },
        layers: pos('Transformer blocks.', 2),
        dModel: pos('Model width (must be divisible by heads).', 64),
        heads: pos('Attention heads per block.', 4),
        context: pos('Context length in characters.', 64, 2),
        batchSize: pos('Sequences per step.', 16),
        tiedHead: withDefault({ type: 'boolean' }, false, 'Tie the output head to the embedding.'),
        corpus: {
          type: 'object',
          description: 'Training text: the built-in deterministic corpus (default) or a text file inside the workspace.',
          additionalProperties: false,
          properties: {
            file: { type: 'string', minLength: 1, description: 'Text file, relative to the workspace folder; must be inside it.' },
            builtin: withDefault({ type: 'string', enum: ['grammar'] }, 'grammar', 'Built-in synthetic corpus.'),
            chars: pos('Characters of the built-in corpus to generate.', undefined, 100),
          },
        },
      },
    },
  };
  const types = ['function2d', 'matrix', 'mlp', 'char_lm'];
  return {
    ...tasks,
    task: dispatch(
      types,
      (t) => `#/definitions/task_${t}`,
      {
        type: 'string',
        enum: types,
        enumDescriptions: types.map((t) => tasks[`task_${t}`].description ?? ''),
        description: 'Task kind (SPEC §6).',
      },
      'The training task; every run and seed trains on the same task.',
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Tuning (SPEC §10; semantic rules in tuning.ts)

function tuneDefinitions(): Record<string, JsonSchema> {
  const range = (what: string): JsonSchema => ({ type: 'array', items: { type: 'number' }, description: what });
  return {
    tuneRange: {
      type: 'object',
      description: 'One key of the space: { "log": [lo, hi] }, { "linear": [lo, hi] } (with "gridPoints" for the grid method) or { "values": [v, …] }.',
      additionalProperties: false,
      properties: {
        log: range('Log-uniform range [lo, hi], lo > 0: exp(ln lo + u·(ln hi − ln lo)).'),
        linear: range('Linear range [lo, hi]: lo + u·(hi − lo).'),
        values: range('Values to choose from: v[floor(u·n)].'),
        gridPoints: withDefault({ type: 'integer', minimum: 2 }, 5, 'Grid method: evenly spaced points of the range, both ends included (log-spaced for "log").'),
      },
    },
    tune: {
      type: 'object',
      description: 'Tune within a budget on tuning seeds, then compare the chosen values on the experiment’s seeds (SPEC §10).',
      additionalProperties: false,
      required: ['space'],
      properties: {
        space: {
          type: 'object',
          description: 'Option paths of the run’s optimizer ("lr", "muon.lr", "betas[1]", …) → range, in the order trials use them.',
          minProperties: 1,
          additionalProperties: { $ref: '#/definitions/tuneRange' },
        },
        trials: withDefault({ type: 'integer', minimum: 1, maximum: 1000 }, 8, 'Trials for halton and random (grid ignores it).'),
        method: {
          ...withDefault({ type: 'string', enum: ['halton', 'grid', 'random'] }, 'halton', 'How trials are placed in the space.'),
          enumDescriptions: ['Unscrambled Halton points, trial i = 1, 2, …', 'Every combination of values and gridPoints (≤ 1,000)', 'Seeded uniform draws'],
        },
        seeds: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 1, description: 'Tuning seeds; must not overlap the experiment’s "seeds". Default: the first of 1000, 1001, … not among them.' },
        select: {
          type: 'string',
          enum: ['target', 'final', 'best'],
          enumDescriptions: ['Mean steps to the target (not reached: ranked after, by final metric)', 'Mean target metric at the last evaluation (training loss without a target)', 'Mean best value of that metric'],
          description: 'How trials are ranked (diverged last; ties go to the lower trial index). Default "target" with a target, else "final".',
        },
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The document

function buildSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Optimizer Lab experiment',
    description: 'An Optimizer Lab experiment (*.optlab.json, JSON with comments): one task, several runs compared.',
    type: 'object',
    additionalProperties: false,
    required: ['name', 'task', 'steps', 'runs'],
    properties: {
      $schema: { type: 'string', description: 'Optional schema reference (ignored).' },
      name: { type: 'string', minLength: 1, description: 'Experiment name (also the results folder name).' },
      task: { $ref: '#/definitions/task' },
      steps: { type: 'integer', minimum: 1, description: 'Training steps of every run (T of the schedules).' },
      seeds: {
        type: 'array',
        items: { type: 'integer', minimum: 0 },
        minItems: 1,
        default: [0],
        description: 'Seeds: every run is repeated per seed (mean ± band in the charts). Default [0].',
      },
      evalEvery: { type: 'integer', minimum: 1, description: 'Evaluate every N steps. Default max(1, steps / 20).' },
      target: {
        type: 'object',
        description: 'Target for steps-to-target and speedup vs the baseline.',
        additionalProperties: false,
        required: ['metric', 'value'],
        properties: {
          metric: {
            type: 'string',
            enum: ['loss', 'valLoss', 'valAccuracy', 'valPerplexity'],
            enumDescriptions: ['Training loss', 'Validation loss', 'Validation accuracy (mlp)', 'Validation perplexity (char_lm)'],
            description: 'Metric compared with the value (accuracy: reached when ≥ value; others: when ≤ value).',
          },
          value: { type: 'number', description: 'Target value of the metric.' },
        },
      },
      schedule: { $ref: '#/definitions/schedule', description: 'Default schedule of every run (default constant).' },
      baseline: { type: 'string', minLength: 1, description: 'Name of the run that speedups are measured against.' },
      runs: { type: 'array', minItems: 1, items: { $ref: '#/definitions/run' }, description: 'The runs to compare.' },
      snapshotEvery: {
        type: 'integer',
        minimum: 0,
        default: 0,
        description: 'Muon/MuonClip/NorMuon: snapshot each hidden matrix’s Newton–Schulz input every K steps, SOAP: its update direction (0 = off). Default 0.',
      },
      tune: { $ref: '#/definitions/tune', description: 'Tuning for every run without its own "tune" or a "sweep" (SPEC §10).' },
    },
    definitions: {
      run: {
        type: 'object',
        description: 'One optimizer configuration to train and compare.',
        additionalProperties: false,
        required: ['name', 'optimizer'],
        properties: {
          name: { type: 'string', minLength: 1, description: 'Unique run name.' },
          optimizer: { $ref: '#/definitions/optimizer' },
          schedule: { $ref: '#/definitions/schedule', description: 'Overrides the experiment’s default schedule.' },
          sweep: {
            type: 'object',
            description: 'Values to try for one optimizer option (e.g. "lr"; dotted for groups: "muon.lr"); the best by the target metric is reported.',
            propertyNames: { enum: [...ALL_SWEEP_KEYS] },
            additionalProperties: { type: 'array', minItems: 1, items: { type: 'number' } },
          },
          tune: { $ref: '#/definitions/tune', description: 'Tune this run before comparing it (overrides the experiment’s "tune").' },
        },
      },
      ...tuneDefinitions(),
      ...taskDefinitions(),
      ...scheduleDefinitions(),
      ...optimizerDefinitions(),
    },
  };
}

/** The schema object (frozen deeply by convention: treat as read-only). */
export const OPTLAB_SCHEMA: JsonSchema = buildSchema();

/** The committed file's exact text (2-space indent, trailing newline). */
export function schemaFileText(): string {
  return JSON.stringify(OPTLAB_SCHEMA, null, 2) + '\n';
}
