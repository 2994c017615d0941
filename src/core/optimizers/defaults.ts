/**
 * Every optimizer's defaults, in one table: tensor-free and deeply frozen. The JSON Schema (hover docs,
 * completion, validation), the resolver, the optimizer families and the export read them from here and nowhere
 * else; test/unit/defaults.test.ts checks that the schema's `default`s are exactly these values.
 *
 * Values follow PyTorch 1.13 (torch.optim) for the classic family and the authors' code for the others.
 */

/** Jordan's quintic Newton–Schulz coefficients (Muon's default). */
const JORDAN_NS_COEFFICIENTS: readonly [number, number, number] = Object.freeze([3.4445, -4.775, 2.0315]) as readonly [number, number, number];

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o as Record<string, unknown>)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

const SGD = { lr: 1e-3, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 };
const MUON_RULE = { lr: 0.02, momentum: 0.95, nesterov: true, nsSteps: 5, nsCoefficients: JORDAN_NS_COEFFICIENTS, adjustLr: 'original' as 'original' | 'match_rms_adamw', weightDecay: 0 };
const ADAM = { lr: 1e-3, betas: [0.9, 0.999] as [number, number], eps: 1e-8, weightDecay: 0, amsgrad: false };
/** The AdamW fallback of muon/muonclip (embeddings, head, norms, biases). */
const MUON_FALLBACK = { lr: 3e-4, betas: [0.9, 0.95] as [number, number], eps: 1e-8, weightDecay: 0.01 };

export const OPTIMIZER_DEFAULTS = deepFreeze({
  sgd: { ...SGD },
  bgd: { ...SGD },
  momentum: { ...SGD, momentum: 0.9 },
  // NAG is SGD with nesterov = true and dampening = 0 by definition: those are not options.
  nag: { lr: SGD.lr, momentum: 0.9, weightDecay: SGD.weightDecay },
  adagrad: { lr: 1e-2, lrDecay: 0, weightDecay: 0, initialAccumulatorValue: 0, eps: 1e-10 },
  adadelta: { lr: 1.0, rho: 0.9, eps: 1e-6, weightDecay: 0 },
  rmsprop: { lr: 1e-2, alpha: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0, centered: false },
  adam: { ...ADAM },
  adamw: { ...ADAM, weightDecay: 0.01 },
  adamax: { lr: 2e-3, betas: [0.9, 0.999] as [number, number], eps: 1e-8, weightDecay: 0 },
  nadam: { lr: 2e-3, betas: [0.9, 0.999] as [number, number], eps: 1e-8, weightDecay: 0, momentumDecay: 4e-3 },
  lion: { lr: 1e-4, betas: [0.9, 0.99] as [number, number], weightDecay: 0 },
  sophia: { lr: 1e-4, betas: [0.965, 0.99] as [number, number], rho: 0.04, weightDecay: 0.1, hessianInterval: 10 },
  muon: { ...MUON_RULE, fallback: { ...MUON_FALLBACK } },
  muonclip: { ...MUON_RULE, fallback: { ...MUON_FALLBACK }, qkClipThreshold: 100, qkClipAlpha: 0.5 },
  hybrid: { muon: { ...MUON_RULE, weightDecay: 0.01 }, adamw: { ...ADAM, weightDecay: 0.01 } },
  // SPEC §11, element-wise: the authors' constructor defaults (optimizers/<family>.ts names each reference).
  adopt: {
    lr: 1e-3,
    betas: [0.9, 0.9999] as [number, number],
    eps: 1e-6,
    weightDecay: 0,
    decouple: false,
  },
  ademamix: {
    lr: 1e-3,
    betas: [0.9, 0.999, 0.9999] as [number, number, number],
    alpha: 2.0,
    eps: 1e-8,
    weightDecay: 0,
  },
  cautious_adamw: {
    lr: 1e-3,
    betas: [0.9, 0.999] as [number, number],
    eps: 1e-6,
    weightDecay: 0,
  },
  cautious_lion: {
    lr: 1e-4,
    betas: [0.95, 0.98] as [number, number],
    weightDecay: 0,
  },
  laprop: {
    lr: 4e-4,
    betas: [0.9, 0.999] as [number, number],
    eps: 1e-15,
    weightDecay: 0,
    amsgrad: false,
    centered: false,
  },
  adan: {
    lr: 1e-3,
    betas: [0.98, 0.92, 0.99] as [number, number, number],
    eps: 1e-8,
    weightDecay: 0,
    maxGradNorm: 0,
    noProx: false,
  },
  mars: {
    lr: 3e-3,
    betas: [0.95, 0.99] as [number, number],
    eps: 1e-8,
    weightDecay: 0,
    amsgrad: false,
    gamma: 0.025,
    isApprox: true,
    marsType: 'mars-adamw' as 'mars-adamw' | 'mars-lion',
    optimize1d: false,
    lr1d: 3e-3,
    betas1d: [0.9, 0.95] as [number, number],
    weightDecay1d: 0.1,
  },
  schedule_free_adamw: {
    lr: 0.0025,
    betas: [0.9, 0.999] as [number, number],
    eps: 1e-8,
    weightDecay: 0,
    warmupSteps: 0,
    r: 0,
    weightLrPower: 2,
    innerMomentum: 0,
  },
  schedule_free_sgd: {
    lr: 1.0,
    momentum: 0.9,
    weightDecay: 0,
    warmupSteps: 0,
    r: 0,
    weightLrPower: 2,
  },
  // SPEC §11, the authors' constructors. NorMuon's AdamW group inherits lr, betas, weightDecay and epsilon
  // (fallback: {} — no values of its own). Defaults JSON cannot write stay out of the table and the schema:
  // prodigy's beta3 (√β₂) and growthRate (∞), dadapt_adam's growthRate (∞); lrfree.ts applies them.
  normuon: {
    lr: 0.01, mu: 0.95, muonBeta2: 0.95, betas: [0.9, 0.95] as [number, number], weightDecay: 0.01, cautiousWd: false, epsilon: 1e-8,
    nesterov: false, adjustLr: 'spectral_norm' as 'spectral_norm' | 'rms_norm' | null, flatten: false, usePolarExpress: true, fallback: {},
  },
  soap: {
    lr: 3e-3, betas: [0.95, 0.95] as [number, number], shampooBeta: -1, eps: 1e-8, weightDecay: 0.01, preconditionFrequency: 10,
    maxPrecondDim: 10000, mergeDims: false, precondition1d: false, normalizeGrads: false,
    dataFormat: 'channels_first' as 'channels_first' | 'channels_last', correctBias: true,
  },
  shampoo: {
    lr: 1e-3, momentum: 0, weightDecay: 0, weightDecouple: false, fixedDecay: false, preconditioningComputeSteps: 1, matrixEps: 1e-6,
    maximize: false,
  },
  prodigy: {
    lr: 1, betas: [0.9, 0.999] as [number, number], eps: 1e-8, weightDecay: 0, decouple: true, useBiasCorrection: false,
    safeguardWarmup: false, d0: 1e-6, dCoef: 1, sliceP: 1,
  },
  dadapt_adam: { lr: 1, betas: [0.9, 0.999] as [number, number], eps: 1e-8, weightDecay: 0, decouple: false, useBiasCorrection: false, d0: 1e-6 },
});

export type OptimizerDefaults = typeof OPTIMIZER_DEFAULTS;

/** Optimizers that orthogonalise hidden matrices (they need a task with 2-D hidden weights). */
export const MUON_TYPES: readonly string[] = Object.freeze(['muon', 'muonclip', 'hybrid', 'normuon']);
