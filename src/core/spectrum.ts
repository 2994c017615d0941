/**
 * Singular values before and after Newton–Schulz (SPEC §1 spectrum panel, §5 `optlab spectrum`).
 *
 * - Singular values come from ml-matrix's SVD in float64 (values only), sorted descending. An SVD rather than
 *   √eig(XᵀX): the condition-number source reaches σ ≈ 1e-8·σ₁, where squaring loses the small values, and on
 *   this machine the Gram + symmetric eigensolver is no faster (both ≈ 0.1 s at 256×128, ≈ 1.5 s at 512²).
 * - Orthogonality error of the NS output X (m×n, k = min(m, n)): with G the k×k Gram matrix of the short side
 *   (G = XᵀX when m ≥ n, XXᵀ when m < n), err = ‖G − I_k‖_F / √k. G's eigenvalues are σᵢ², so this equals
 *   √(Σᵢ(σᵢ² − 1)² / k), the RMS of σᵢ² − 1, and is computed that way from the float64 singular values: 0 for
 *   an exactly semi-orthogonal X, and comparable across shapes.
 * - Matrix sources for the panel: a seeded Gaussian matrix, or U·diag(σ)·Vᵀ with a prescribed spectrum (power
 *   law σᵢ = i^−α, or log-spaced from 1 down to 1/κ) and random orthogonal U, V (products of Householder
 *   reflections).
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { tf } from './tf';
import { NS_DTYPES, NS_PRESETS, coefficientsProblem, newtonSchulz, phi } from './newtonSchulz';
import type { NsCoefficients, NsDtype, NsNormalize } from './newtonSchulz';
import type { SpectrumSetResult } from './spectrumTypes';
import { isObj } from '../guards';

/** Largest side accepted (the float64 SVD of a 2048² matrix already takes tens of seconds). */
const MAX_SPECTRUM_DIM = 2048;
/** Most steps accepted by `optlab spectrum` (the panel offers 1–10). */
const MAX_SPECTRUM_STEPS = 100;

/** A row-major matrix. */
interface SpectrumMatrix {
  shape: [number, number];
  values: ArrayLike<number>;
}

/** Validated `optlab spectrum` input (SPEC §5). */
interface SpectrumInput {
  matrix: SpectrumMatrix;
  nsSteps: number;
  nsCoefficients: NsCoefficients;
  normalize: NsNormalize;
  dtype: NsDtype;
}

/** `optlab spectrum` output: the SPEC §5 keys first, then extras. */
interface SpectrumOutput {
  /** Singular values of the input matrix as given, descending. */
  before: number[];
  /** Singular values of the NS output, descending. */
  after: number[];
  /** ‖G − I‖_F / √k of the NS output (see the module comment). */
  orthogonalityError: number;
  minAfter: number;
  maxAfter: number;
  /** Wall time of the Newton–Schulz iteration alone (ms). */
  nsMs: number;
}

/** Thrown for malformed `optlab spectrum` input; the message is one line naming the field. */
class SpectrumInputError extends Error {}

const INPUT_KEYS = ['matrix', 'nsSteps', 'nsCoefficients', 'normalize', 'dtype'];
const PRESET_NAMES = Object.keys(NS_PRESETS) as (keyof typeof NS_PRESETS)[];

function checkShape(shape: unknown, where: string): [number, number] {
  if (!Array.isArray(shape) || shape.length !== 2 || !shape.every((d) => Number.isInteger(d) && d >= 1 && d <= MAX_SPECTRUM_DIM)) {
    throw new SpectrumInputError(`${where} must be [rows, cols] with integers in [1, ${MAX_SPECTRUM_DIM}], got ${JSON.stringify(shape)}`);
  }
  return [shape[0] as number, shape[1] as number];
}

/**
 * Validates `optlab spectrum` input. `nsCoefficients` is [a, b, c], a per-step list of triples or a preset
 * name (jordan, polar_express, jiacheng6 — which also sets `normalize`); default Jordan's quintic. `nsSteps`
 * defaults to 5, `dtype` to float32, `normalize` to frobenius (or the preset's).
 */
export function parseSpectrumInput(raw: unknown): SpectrumInput {
  if (!isObj(raw)) throw new SpectrumInputError('spectrum input must be an object {"matrix", "nsSteps", "nsCoefficients", "dtype"}');
  const unknown = Object.keys(raw).filter((k) => !INPUT_KEYS.includes(k));
  if (unknown.length) throw new SpectrumInputError(`unknown spectrum input key "${unknown[0]}" (known: ${INPUT_KEYS.join(', ')})`);
  const m = raw.matrix;
  if (!isObj(m)) throw new SpectrumInputError('"matrix" must be an object {"shape": [m, n], "values": [...]}');
  const shape = checkShape(m.shape, '"matrix.shape"');
  const values = m.values;
  if (!Array.isArray(values)) throw new SpectrumInputError('"matrix.values" must be an array of numbers (row-major)');
  if (values.length !== shape[0] * shape[1]) {
    throw new SpectrumInputError(`"matrix.values" has ${values.length} numbers, shape ${shape[0]}×${shape[1]} needs ${shape[0] * shape[1]}`);
  }
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] !== 'number' || !Number.isFinite(values[i])) throw new SpectrumInputError(`"matrix.values[${i}]" must be a finite number, got ${JSON.stringify(values[i])}`);
  }
  const nsSteps = raw.nsSteps === undefined ? 5 : raw.nsSteps;
  if (!Number.isInteger(nsSteps) || (nsSteps as number) < 0 || (nsSteps as number) > MAX_SPECTRUM_STEPS) {
    throw new SpectrumInputError(`"nsSteps" must be an integer in [0, ${MAX_SPECTRUM_STEPS}], got ${JSON.stringify(raw.nsSteps)}`);
  }
  let nsCoefficients: NsCoefficients = NS_PRESETS.jordan.coefficients;
  let normalize: NsNormalize = 'frobenius';
  if (typeof raw.nsCoefficients === 'string') {
    const preset = NS_PRESETS[raw.nsCoefficients as keyof typeof NS_PRESETS];
    if (!PRESET_NAMES.includes(raw.nsCoefficients as keyof typeof NS_PRESETS)) {
      throw new SpectrumInputError(`"nsCoefficients" preset must be one of ${PRESET_NAMES.join(', ')}, got "${raw.nsCoefficients}"`);
    }
    nsCoefficients = preset.coefficients;
    normalize = preset.normalize;
  } else if (raw.nsCoefficients !== undefined) {
    const problem = coefficientsProblem(raw.nsCoefficients);
    if (problem) throw new SpectrumInputError(`"nsCoefficients": ${problem}, got ${JSON.stringify(raw.nsCoefficients)}`);
    nsCoefficients = raw.nsCoefficients as NsCoefficients;
  }
  if (raw.normalize !== undefined) {
    if (raw.normalize !== 'frobenius' && raw.normalize !== 'polar_express') throw new SpectrumInputError(`"normalize" must be "frobenius" or "polar_express", got ${JSON.stringify(raw.normalize)}`);
    normalize = raw.normalize;
  }
  const dtype = raw.dtype === undefined ? 'float32' : raw.dtype;
  if (!NS_DTYPES.includes(dtype as NsDtype)) throw new SpectrumInputError(`"dtype" must be "float32" or "bfloat16", got ${JSON.stringify(raw.dtype)}`);
  return { matrix: { shape, values: values as number[] }, nsSteps: nsSteps as number, nsCoefficients, normalize, dtype: dtype as NsDtype };
}

/** Singular values of a row-major rows×cols matrix (float64 SVD), descending. */
export function singularValues(values: ArrayLike<number>, rows: number, cols: number): number[] {
  if (values.length !== rows * cols) throw new Error(`singularValues: ${values.length} values for a ${rows}×${cols} matrix`);
  const data: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const row = new Array<number>(cols);
    for (let j = 0; j < cols; j++) row[j] = values[i * cols + j];
    data[i] = row;
  }
  const svd = new SingularValueDecomposition(new Matrix(data), { computeLeftSingularVectors: false, computeRightSingularVectors: false, autoTranspose: true });
  const s = svd.diagonal.slice(0, Math.min(rows, cols)).map((v) => Math.max(0, v));
  return s.sort((a, b) => b - a);
}

/** ‖G − I_k‖_F / √k from the singular values of X (see the module comment). */
export function orthogonalityError(sigma: readonly number[]): number {
  if (sigma.length === 0) return 0;
  let s = 0;
  for (const v of sigma) s += (v * v - 1) * (v * v - 1);
  return Math.sqrt(s / sigma.length);
}

/** Newton–Schulz on a plain matrix: output values (row-major) and the wall time of the iteration. */
export function runNewtonSchulz(
  m: SpectrumMatrix,
  opts: { coefficients: NsCoefficients; steps: number; normalize: NsNormalize; dtype: NsDtype },
): { values: Float32Array; ms: number } {
  const u = tf.tensor2d(Float32Array.from(m.values), m.shape, 'float32');
  try {
    const t0 = performance.now();
    const x = newtonSchulz(u, opts);
    const values = x.dataSync() as Float32Array;
    const ms = performance.now() - t0;
    x.dispose();
    return { values: Float32Array.from(values), ms };
  } finally {
    u.dispose();
  }
}

/** SPEC §5 `optlab spectrum`: validates `raw` and returns σ before/after NS and the orthogonality error. */
export function runSpectrum(raw: unknown): SpectrumOutput {
  const input = parseSpectrumInput(raw);
  const [rows, cols] = input.matrix.shape;
  const before = singularValues(input.matrix.values, rows, cols);
  const ns = runNewtonSchulz(input.matrix, { coefficients: input.nsCoefficients, steps: input.nsSteps, normalize: input.normalize, dtype: input.dtype });
  const after = singularValues(ns.values, rows, cols);
  return {
    before,
    after,
    orthogonalityError: orthogonalityError(after),
    minAfter: after[after.length - 1],
    maxAfter: after[0],
    nsMs: ns.ms,
  };
}

// ---------------------------------------------------------------------------------------- matrix sources

/** Seeded uniform [0, 1) generator (mulberry32). */
function uniform(seed: number): () => number {
  let a = (seed >>> 0) ^ 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded N(0, 1) samples (mulberry32 + Box–Muller); deterministic across platforms. */
function gaussianSampler(seed: number): () => number {
  const u = uniform(seed);
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** A rows×cols matrix of seeded N(0, 1) entries, row-major. */
export function gaussianMatrix(rows: number, cols: number, seed: number): SpectrumMatrix {
  checkShape([rows, cols], 'shape');
  const g = gaussianSampler(seed);
  const values = new Float32Array(rows * cols);
  for (let i = 0; i < values.length; i++) values[i] = g();
  return { shape: [rows, cols], values };
}

type SpectrumProfile = { kind: 'powerlaw'; exponent: number } | { kind: 'condition'; condition: number };

/** k target singular values, descending, σ₁ = 1: power law σᵢ = i^−α, or log-spaced from 1 to 1/κ. */
export function prescribedSpectrum(profile: SpectrumProfile, k: number): number[] {
  if (profile.kind === 'powerlaw') {
    if (!(profile.exponent >= 0 && Number.isFinite(profile.exponent))) throw new Error(`power-law exponent must be a finite number ≥ 0, got ${profile.exponent}`);
    return Array.from({ length: k }, (_, i) => Math.pow(i + 1, -profile.exponent));
  }
  if (!(profile.condition >= 1 && Number.isFinite(profile.condition))) throw new Error(`condition number must be a finite number ≥ 1, got ${profile.condition}`);
  return Array.from({ length: k }, (_, i) => Math.pow(profile.condition, -(k === 1 ? 0 : i / (k - 1))));
}

/** Reflections applied on each side by `matrixWithSpectrum`. */
const REFLECTIONS = 8;

/** A unit vector of seeded Gaussian entries. */
function randomUnit(n: number, g: () => number): Float64Array {
  const v = new Float64Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) s += (v[i] = g()) ** 2;
  const inv = 1 / Math.sqrt(s);
  for (let i = 0; i < n; i++) v[i] *= inv;
  return v;
}

/**
 * U·diag(σ)·Vᵀ, row-major float32, with U and V products of 8 random Householder reflections each (seeded):
 * exactly orthogonal, dense, and O(8·rows·cols) instead of the O(n³) QR of Gaussian matrices (seconds at
 * 512² in JS). Newton–Schulz is orthogonally equivariant, NS(UΣVᵀ) = U·φᴺ(Σ)·Vᵀ, so only the spectrum matters,
 * not how Haar-distributed U and V are.
 */
export function matrixWithSpectrum(rows: number, cols: number, sigma: readonly number[], seed: number): SpectrumMatrix {
  checkShape([rows, cols], 'shape');
  const k = Math.min(rows, cols);
  if (sigma.length !== k) throw new Error(`matrixWithSpectrum: ${sigma.length} singular values for a ${rows}×${cols} matrix (needs ${k})`);
  const g = gaussianSampler(seed);
  const a = new Float64Array(rows * cols);
  for (let i = 0; i < k; i++) a[i * cols + i] = sigma[i];
  const tmp = new Float64Array(Math.max(rows, cols));
  for (let r = 0; r < REFLECTIONS; r++) {
    // Left: A ← (I − 2vvᵀ)A.
    const v = randomUnit(rows, g);
    tmp.fill(0, 0, cols);
    for (let i = 0; i < rows; i++) {
      const vi = v[i];
      for (let j = 0; j < cols; j++) tmp[j] += vi * a[i * cols + j];
    }
    for (let i = 0; i < rows; i++) {
      const vi = 2 * v[i];
      for (let j = 0; j < cols; j++) a[i * cols + j] -= vi * tmp[j];
    }
    // Right: A ← A(I − 2wwᵀ).
    const w = randomUnit(cols, g);
    for (let i = 0; i < rows; i++) {
      let d = 0;
      for (let j = 0; j < cols; j++) d += a[i * cols + j] * w[j];
      d *= 2;
      for (let j = 0; j < cols; j++) a[i * cols + j] -= d * w[j];
    }
  }
  return { shape: [rows, cols], values: Float32Array.from(a) };
}

// ------------------------------------------------------------------------------------------- spectrum lab

/** Where the panel's matrix comes from. */
export type SpectrumSource =
  | { kind: 'gaussian'; rows: number; cols: number; seed: number }
  | { kind: 'powerlaw'; rows: number; cols: number; seed: number; exponent: number }
  | { kind: 'condition'; rows: number; cols: number; seed: number; condition: number }
  | { kind: 'matrix'; matrix: SpectrumMatrix; label: string };

export interface SpectrumLabSet {
  label: string;
  coefficients: NsCoefficients;
  normalize: NsNormalize;
}

/** One panel computation: a matrix, up to a few coefficient sets, shared steps and dtype. */
export interface SpectrumLabRequest {
  source: SpectrumSource;
  sets: SpectrumLabSet[];
  steps: number;
  dtype: NsDtype;
  /** Points of the φᴺ curve on [0, 1.2] (default 1201: φᴺ oscillates fast near 0, fewer points alias). */
  phiPoints?: number;
}

type SpectrumLabSetResult = SpectrumSetResult;

export interface SpectrumLabResult {
  shape: [number, number];
  /** σ of the matrix as built/loaded, descending. */
  before: number[];
  /** σ/‖A‖_F: the spectrum the Frobenius normalisation hands to NS. */
  beforeNormalized: number[];
  frobeniusNorm: number;
  sets: SpectrumLabSetResult[];
  svdMs: number;
  /** One line describing the source. */
  source: string;
}

/** Builds the matrix of a source (random sources are deterministic in their seed). */
function buildSourceMatrix(source: SpectrumSource): { matrix: SpectrumMatrix; label: string } {
  switch (source.kind) {
    case 'gaussian':
      return { matrix: gaussianMatrix(source.rows, source.cols, source.seed), label: `Gaussian ${source.rows}×${source.cols}, seed ${source.seed}` };
    case 'powerlaw': {
      const s = prescribedSpectrum({ kind: 'powerlaw', exponent: source.exponent }, Math.min(source.rows, source.cols));
      return { matrix: matrixWithSpectrum(source.rows, source.cols, s, source.seed), label: `power law σᵢ = i^−${source.exponent}, ${source.rows}×${source.cols}, seed ${source.seed}` };
    }
    case 'condition': {
      const s = prescribedSpectrum({ kind: 'condition', condition: source.condition }, Math.min(source.rows, source.cols));
      return { matrix: matrixWithSpectrum(source.rows, source.cols, s, source.seed), label: `condition number ${source.condition}, ${source.rows}×${source.cols}, seed ${source.seed}` };
    }
    case 'matrix':
      checkShape(source.matrix.shape, 'matrix shape');
      if (source.matrix.values.length !== source.matrix.shape[0] * source.matrix.shape[1]) throw new Error(`matrix has ${source.matrix.values.length} values for shape ${source.matrix.shape.join('×')}`);
      return { matrix: source.matrix, label: source.label };
  }
}

/** φᴺ sampled on [0, 1.2]. */
function phiCurve(coefficients: NsCoefficients, steps: number, points = 1201): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < points; i++) {
    const s = (1.2 * i) / (points - 1);
    const v = phi(s, coefficients, steps);
    x.push(s);
    y.push(Number.isFinite(v) ? Math.max(-1e3, Math.min(1e3, v)) : v > 0 ? 1e3 : -1e3);
  }
  return { x, y };
}

/** Everything the spectrum panel draws for one request (runs in a worker: SVDs and NS are heavy). */
export function spectrumLab(req: SpectrumLabRequest): SpectrumLabResult {
  if (!Number.isInteger(req.steps) || req.steps < 0 || req.steps > MAX_SPECTRUM_STEPS) throw new Error(`steps must be an integer in [0, ${MAX_SPECTRUM_STEPS}], got ${req.steps}`);
  if (!NS_DTYPES.includes(req.dtype)) throw new Error(`dtype must be float32 or bfloat16, got ${String(req.dtype)}`);
  for (const s of req.sets) {
    const p = coefficientsProblem(s.coefficients);
    if (p) throw new Error(`${s.label}: coefficients: ${p}`);
  }
  const { matrix, label } = buildSourceMatrix(req.source);
  const [rows, cols] = matrix.shape;
  const t0 = performance.now();
  const before = singularValues(matrix.values, rows, cols);
  let svdMs = performance.now() - t0;
  let fro2 = 0;
  for (const s of before) fro2 += s * s;
  const fro = Math.sqrt(fro2);
  const sets = req.sets.map((set): SpectrumLabSetResult => {
    const ns = runNewtonSchulz(matrix, { coefficients: set.coefficients, steps: req.steps, normalize: set.normalize, dtype: req.dtype });
    const t1 = performance.now();
    const after = singularValues(ns.values, rows, cols);
    svdMs += performance.now() - t1;
    const d = fro * (set.normalize === 'polar_express' ? 1.02 : 1) + 1e-7;
    return {
      label: set.label,
      after,
      orthogonalityError: orthogonalityError(after),
      minAfter: after[after.length - 1],
      maxAfter: after[0],
      nsMs: ns.ms,
      phi: phiCurve(set.coefficients, req.steps, req.phiPoints),
      inputRange: [before[before.length - 1] / d, before[0] / d],
    };
  });
  return { shape: [rows, cols], before, beforeNormalized: before.map((s) => s / (fro + 1e-7)), frobeniusNorm: fro, sets, svdMs, source: label };
}
