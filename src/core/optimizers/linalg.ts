/**
 * Small dense linear algebra for the preconditioned optimizers (SOAP, Shampoo), on the CPU in float64 through
 * ml-matrix: the factor matrices are at most a few hundred wide and are decomposed every k steps, so a
 * round trip from the backend costs far less than the decomposition itself. Inputs and outputs are
 * row-major Float32Arrays (the tensors' data); results are rounded to float32 once, at the end, where torch
 * (float32 LAPACK) rounds at every step — the difference is a few float32 ulps on well-conditioned matrices.
 *
 * Eigenvectors of a repeated eigenvalue have no canonical basis (LAPACK and ml-matrix pick different ones),
 * and signs of eigenvectors and of QR columns are conventions; SOAP's and Shampoo's updates do not depend on
 * the signs, and the fixtures avoid repeated eigenvalues.
 */
import { EigenvalueDecomposition, Matrix, QrDecomposition } from 'ml-matrix';

function toMatrix(values: ArrayLike<number>, rows: number, cols: number): Matrix {
  const m = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) m.set(i, j, values[i * cols + j]);
  return m;
}

function toFloat32(m: Matrix): Float32Array {
  const out = new Float32Array(m.rows * m.columns);
  for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.columns; j++) out[i * m.columns + j] = m.get(i, j);
  return out;
}

/** Eigen-decomposition of a symmetric n×n matrix: eigenvalues ascending and eigenvectors as columns (float64). */
export function symEig(values: ArrayLike<number>, n: number): { values: number[]; vectors: Matrix } {
  const e = new EigenvalueDecomposition(toMatrix(values, n, n), { assumeSymmetric: true });
  const order = e.realEigenvalues.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const vectors = new Matrix(n, n);
  order.forEach(([, src], dst) => {
    for (let r = 0; r < n; r++) vectors.set(r, dst, e.eigenvectorMatrix.get(r, src));
  });
  return { values: order.map(([v]) => v), vectors };
}

/**
 * SOAP's eigenbasis: `torch.flip(torch.linalg.eigh(m + 1e-30·I).eigenvectors, [1])`, i.e. eigenvectors by
 * descending eigenvalue (the 1e-30 does not change a float32 matrix with entries of ordinary size).
 */
export function eigenbasisDescending(values: ArrayLike<number>, n: number): Float32Array {
  const { vectors } = symEig(values, n);
  const flipped = new Matrix(n, n);
  for (let c = 0; c < n; c++) for (let r = 0; r < n; r++) flipped.set(r, c, vectors.get(r, n - 1 - c));
  return toFloat32(flipped);
}

/** Q of the QR decomposition of a square matrix (Householder; column signs are a convention). */
export function qrQ(values: ArrayLike<number>, n: number): Float32Array {
  return toFloat32(new QrDecomposition(toMatrix(values, n, n)).orthogonalMatrix);
}

/** Row-major product of n×n matrices in float64. */
export function matMul64(a: ArrayLike<number>, b: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k];
      if (aik === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j] += aik * b[k * n + j];
    }
  }
  return out;
}

/** float32 unit roundoff: what a float32 SVD can resolve of a singular value, relative to the largest. */
const F32_ROUNDOFF = 2 ** -24;

/**
 * A^(−1/p) of a symmetric positive semi-definite n×n matrix as torch's SVD route computes it
 * (u·diag(s^(−1/p))·vh): with A = QΛQᵀ, s = |λ|, u = Q, vh = sign(Λ)Qᵀ, so the result is
 * Q·diag(sign(λ)·s^(−1/p))·Qᵀ. Singular values below float32 resolution (2⁻²⁴·s_max) are raised to it: a
 * float32 SVD never returns them exactly (its smallest ones are rounding noise of that size), while float64
 * on the rounded matrix can give 0 or a sign flip, i.e. an infinite or exploding root. An all-zero matrix
 * still gives inf (then NaN), as torch does.
 */
export function inverseRoot(values: ArrayLike<number>, n: number, p: number): Float32Array {
  const { values: lambda, vectors: q } = symEig(values, n);
  const floor = Math.max(...lambda.map(Math.abs)) * F32_ROUNDOFF;
  const scale = lambda.map((l) => (l < 0 ? -1 : 1) * Math.pow(Math.max(Math.abs(l), floor), -1 / p));
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += q.get(i, k) * scale[k] * q.get(j, k);
      out[i * n + j] = s;
    }
  }
  return out;
}
