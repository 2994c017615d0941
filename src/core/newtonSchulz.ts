/**
 * The Newton–Schulz orthogonalisation used by Muon (and shown by the spectrum panel): an odd quintic
 * p(σ) = aσ + bσ³ + cσ⁵ applied N times to the singular values of a normalised matrix, pushing them towards 1
 * without an SVD. One implementation for the optimizer and the panel so that what users inspect is exactly
 * what trains.
 *
 * Rule (Muon, Keller Jordan 2024): X ← u/(‖u‖_F + 1e-7), transposed if rows > cols (so XXᵀ is the small Gram
 * matrix); N times: A ← XXᵀ; B ← bA + cA²; X ← aX + BX; transpose back.
 */
import { tf } from './tf';
import { newtonSchulzKernel, newtonSchulzKernelAvailable } from './kernels/newtonSchulz';

/** One (a, b, c) triple of p(σ) = aσ + bσ³ + cσ⁵. */
export type NsTriple = [number, number, number];
/** A single triple for every step, or per-step triples (the last one repeats when there are fewer than steps). */
export type NsCoefficients = NsTriple | NsTriple[];
/**
 * How X is scaled before the iteration so that σ_max ≤ 1:
 * - `frobenius`: X/(‖X‖_F + 1e-7) (Muon);
 * - `polar_express`: X/(‖X‖_F·1.02 + 1e-7) — the 2 % safety margin the Polar Express coefficients were
 *   computed for (modded-nanogpt).
 */
export type NsNormalize = 'frobenius' | 'polar_express';

/**
 * Arithmetic of the iteration. `bfloat16` emulates torch's bf16 ops on CPU: every op is computed in float32
 * and its result rounded to bfloat16 (8 significant bits, round-to-nearest-even); scalar coefficients are
 * rounded to bf16 first, as torch 1.13 casts a Python scalar to the tensor's dtype. The matmul accumulates in
 * float32 like torch's. Slower (each op round-trips through JS); `float32` is the fast path Muon trains with.
 */
export type NsDtype = 'float32' | 'bfloat16';
export const NS_DTYPES: readonly NsDtype[] = ['float32', 'bfloat16'];

interface NewtonSchulzOptions {
  coefficients: NsCoefficients;
  steps: number;
  normalize?: NsNormalize;
  /** Default float32. */
  dtype?: NsDtype;
  /** Added to the (scaled) norm before dividing; default 1e-7 (Muon). dion's NorMuon passes its `epsilon`. */
  eps?: number;
}

interface NsPreset {
  label: string;
  coefficients: NsCoefficients;
  steps: number;
  normalize: NsNormalize;
  /** Where the numbers come from. */
  reference: string;
}

/**
 * Coefficient presets.
 * - `jordan`: the fixed quintic of the original Muon (Keller Jordan, "Muon: An optimizer for hidden layers in
 *   neural networks", 2024), 5 steps; chosen to maximise the slope at 0, so σ lands in ≈[0.7, 1.2] rather
 *   than exactly 1.
 * - `polar_express`: per-step optimal quintics of Amsel, Persson, Musco & Gower, "The Polar Express: Optimal
 *   Matrix Sign Methods and Their Application to the Muon Algorithm" (arXiv 2505.16932, 2025), as shipped in
 *   modded-nanogpt (num_iters=5, safety factor 2e-2, cushion 2), with its 1.02 normalisation.
 * - `jiacheng6`: the 6-iteration per-step set by Jiacheng You (found by optimisation with a stability loss;
 *   used e.g. by the Modula docs' Newton–Schulz page), Frobenius normalisation.
 */
export const NS_PRESETS: Readonly<Record<'jordan' | 'polar_express' | 'jiacheng6', NsPreset>> = Object.freeze({
  jordan: {
    label: 'Jordan NS5',
    coefficients: [3.4445, -4.775, 2.0315] as NsTriple,
    steps: 5,
    normalize: 'frobenius' as NsNormalize,
    reference: 'Keller Jordan, Muon (2024)',
  },
  polar_express: {
    label: 'Polar Express',
    coefficients: [
      [8.156554524902461, -22.48329292557795, 15.878769915207462],
      [4.042929935166739, -2.808917465908714, 0.5000178451051316],
      [3.8916678022926607, -2.772484153217685, 0.5060648178503393],
      [3.285753657755655, -2.3681294933425376, 0.46449024233003106],
      [2.3465413258596377, -1.7097828382687081, 0.42323551169305323],
    ] as NsTriple[],
    steps: 5,
    normalize: 'polar_express' as NsNormalize,
    reference: 'Amsel et al., The Polar Express (arXiv 2505.16932), modded-nanogpt coefficients',
  },
  jiacheng6: {
    label: 'Per-step 6-iteration (J. You)',
    coefficients: [
      [3955 / 1024, -8306 / 1024, 5008 / 1024],
      [3735 / 1024, -6681 / 1024, 3463 / 1024],
      [3799 / 1024, -6499 / 1024, 3211 / 1024],
      [4019 / 1024, -6385 / 1024, 2906 / 1024],
      [2677 / 1024, -3029 / 1024, 1162 / 1024],
      [2172 / 1024, -1833 / 1024, 682 / 1024],
    ] as NsTriple[],
    steps: 6,
    normalize: 'frobenius' as NsNormalize,
    reference: 'Jiacheng You, six-step Newton–Schulz coefficients (2025)',
  },
});

/** True for a single (a, b, c) triple, false for a list of triples. */
function isSingleTriple(c: NsCoefficients): c is NsTriple {
  return c.length === 3 && c.every((v) => typeof v === 'number');
}

/** The triple of 0-based step i (the last triple repeats past the end of a per-step list). */
function coefficientsAt(c: NsCoefficients, i: number): NsTriple {
  if (isSingleTriple(c)) return c;
  return (c as NsTriple[])[Math.min(i, c.length - 1)];
}

/** Checks the shape of a coefficient spec; returns a reason, or undefined when valid. */
export function coefficientsProblem(c: unknown): string | undefined {
  const triple = (t: unknown): boolean => Array.isArray(t) && t.length === 3 && t.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!Array.isArray(c) || c.length === 0) return 'expected [a, b, c] or a non-empty list of [a, b, c]';
  if (c.every((v) => typeof v === 'number')) return triple(c) ? undefined : 'a single triple needs exactly 3 finite numbers';
  return c.every(triple) ? undefined : 'every entry of the list must be [a, b, c] with finite numbers';
}

function checkOptions(opts: NewtonSchulzOptions): void {
  if (!Number.isInteger(opts.steps) || opts.steps < 0) throw new Error(`newtonSchulz: steps must be an integer ≥ 0, got ${opts.steps}`);
  const p = coefficientsProblem(opts.coefficients);
  if (p) throw new Error(`newtonSchulz: coefficients: ${p}`);
  if (opts.dtype !== undefined && !NS_DTYPES.includes(opts.dtype)) throw new Error(`newtonSchulz: dtype must be float32 or bfloat16, got ${String(opts.dtype)}`);
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Rounds one number to the nearest bfloat16 (ties to even), like torch's `.bfloat16()`; NaN stays NaN. */
export function toBfloat16(v: number): number {
  f32[0] = v;
  u32[0] = roundBits(u32[0]);
  return f32[0];
}

function roundBits(bits: number): number {
  if ((bits & 0x7f800000) === 0x7f800000 && (bits & 0x007fffff) !== 0) return ((bits | 0x00400000) & 0xffff0000) >>> 0; // quiet NaN
  return ((bits + 0x7fff + ((bits >>> 16) & 1)) & 0xffff0000) >>> 0;
}

/** Rounds every element of `values` to bfloat16 in place (ties to even) and returns it. */
export function roundToBfloat16(values: Float32Array): Float32Array {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  for (let i = 0; i < bits.length; i++) bits[i] = roundBits(bits[i]);
  return values;
}

/** A new tensor with the values of `t` rounded to bfloat16 (`t` is not disposed). */
function bf16(t: tf.Tensor2D): tf.Tensor2D {
  return tf.tensor2d(roundToBfloat16(Float32Array.from(t.dataSync())), t.shape, 'float32');
}

/**
 * The bf16 emulation: the same rule with every intermediate rounded, op by op in torch's order
 * (X = G.bfloat16(); X / (X.norm()·s + 1e-7); A = X@Xᵀ; B = b·A + c·(A@A); X = a·X + B@X).
 */
function newtonSchulzBf16(u: tf.Tensor2D, opts: NewtonSchulzOptions): tf.Tensor2D {
  const [rows, cols] = u.shape;
  const r = toBfloat16;
  return tf.tidy(() => {
    let x = bf16(u);
    let norm = r(tf.norm(x).dataSync()[0]);
    if (opts.normalize === 'polar_express') norm = r(norm * r(1.02));
    norm = r(norm + r(opts.eps ?? 1e-7));
    x = bf16(tf.div(x, norm));
    const tall = rows > cols;
    if (tall) x = tf.transpose(x);
    for (let i = 0; i < opts.steps; i++) {
      const [a, b, c] = coefficientsAt(opts.coefficients, i).map(r);
      const gram = bf16(tf.matMul(x, tf.transpose(x)));
      const poly = bf16(tf.add(bf16(tf.mul(gram, b)), bf16(tf.mul(bf16(tf.matMul(gram, gram)), c))));
      x = bf16(tf.add(bf16(tf.mul(x, a)), bf16(tf.matMul(poly, x))));
    }
    return tall ? tf.transpose(x) : x;
  });
}

/**
 * Orthogonalises a 2-D matrix with N Newton–Schulz steps (float32, or emulated bfloat16 with
 * `dtype: 'bfloat16'`). Returns a new tensor of the same shape;
 * the input is not disposed. Uses explicit transposes and plain matMul: the wasm matmul is ~10× slower with
 * the transposeA/transposeB flags.
 */
export function newtonSchulz(u: tf.Tensor2D, opts: NewtonSchulzOptions): tf.Tensor2D {
  checkOptions(opts);
  if (opts.dtype === 'bfloat16') return newtonSchulzBf16(u, opts);
  const [rows, cols] = u.shape;
  const normSafety = opts.normalize === 'polar_express' ? 1.02 : 1;
  // wasm: the whole iteration as one kernel (kernels/newtonSchulz.ts), no per-op bookkeeping.
  if (newtonSchulzKernelAvailable(u)) {
    const triples = Array.from({ length: opts.steps }, (_, i) => coefficientsAt(opts.coefficients, i));
    return newtonSchulzKernel(u, triples, normSafety, opts.eps ?? 1e-7);
  }
  return tf.tidy(() => {
    const norm = tf.norm(u);
    let x: tf.Tensor2D = tf.div(u, tf.add(tf.mul(norm, normSafety), opts.eps ?? 1e-7));
    const tall = rows > cols;
    if (tall) x = tf.transpose(x);
    for (let i = 0; i < opts.steps; i++) {
      const [a, b, c] = coefficientsAt(opts.coefficients, i);
      const gram = tf.matMul(x, tf.transpose(x));
      const poly = tf.add(tf.mul(gram, b), tf.mul(tf.matMul(gram, gram), c));
      x = tf.add(tf.mul(x, a), tf.matMul(poly, x));
    }
    return tall ? tf.transpose(x) : x;
  });
}

/**
 * The scalar map φᴺ(σ): p(σ) = aσ + bσ³ + cσ⁵ iterated N times with the step's coefficients — what N steps do
 * to one singular value of the normalised matrix (pure JS doubles).
 */
export function phi(sigma: number, coefficients: NsCoefficients, steps: number): number {
  let s = sigma;
  for (let i = 0; i < steps; i++) {
    const [a, b, c] = coefficientsAt(coefficients, i);
    const s2 = s * s;
    s = s * (a + s2 * (b + c * s2));
  }
  return s;
}
