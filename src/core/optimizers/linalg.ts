/**
 * Small dense linear algebra for the preconditioned optimizers (SOAP, Shampoo), on the CPU in float64 (the
 * symmetric eigensolver on flat arrays below, ml-matrix's Householder QR): the factor matrices are at most a few hundred wide and are decomposed every k steps, so a
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

/**
 * Symmetric eigensolver on flat float64 arrays: Householder tridiagonalisation and the implicit QL iteration
 * (the EISPACK tred2/tql2 algorithm, as in JAMA and ml-matrix's EigenvalueDecomposition), written over a
 * column-major Float64Array because the per-element accessors of a Matrix made a 256×256 decomposition cost
 * ~0.4 s. Returns eigenvalues (unsorted) and the eigenvectors as columns, column-major.
 */
function tridiagonalQl(values: ArrayLike<number>, n: number): { d: Float64Array; v: Float64Array } {
  const v = new Float64Array(n * n); // v[c * n + r] = V[r][c]
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) v[c * n + r] = values[r * n + c];
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  tred2(v, d, e, n);
  tql2(v, d, e, n);
  return { d, v };
}

/**
 * tred2: reduces the symmetric matrix in v (column-major) to tridiagonal form in place, leaving the diagonal in d,
 * the subdiagonal in e[1..n-1] and the accumulated orthogonal transformation in v.
 */
function tred2(v: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) d[j] = v[j * n + (n - 1)];
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]);
    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = v[j * n + (i - 1)];
        v[j * n + i] = 0;
        v[i * n + j] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] /= scale;
        h += d[k] * d[k];
      }
      let f = d[i - 1];
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j];
        v[i * n + j] = f;
        g = e[j] + v[j * n + j] * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += v[j * n + k] * d[k];
          e[k] += v[j * n + k] * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] /= h;
        f += e[j] * d[j];
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] -= hh * d[j];
      for (let j = 0; j < i; j++) {
        f = d[j];
        g = e[j];
        for (let k = j; k <= i - 1; k++) v[j * n + k] -= f * e[k] + g * d[k];
        d[j] = v[j * n + (i - 1)];
        v[j * n + i] = 0;
      }
    }
    d[i] = h;
  }
  for (let i = 0; i < n - 1; i++) {
    v[i * n + (n - 1)] = v[i * n + i];
    v[i * n + i] = 1;
    const h = d[i + 1];
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = v[(i + 1) * n + k] / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += v[(i + 1) * n + k] * v[j * n + k];
        for (let k = 0; k <= i; k++) v[j * n + k] -= g * d[k];
      }
    }
    for (let k = 0; k <= i; k++) v[(i + 1) * n + k] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = v[j * n + (n - 1)];
    v[j * n + (n - 1)] = 0;
  }
  if (n > 0) v[(n - 1) * n + (n - 1)] = 1;
  e[0] = 0;
}

/**
 * tql2: implicit-shift QL iterations on the tridiagonal matrix (d, e) left by tred2, rotating v alongside;
 * leaves the eigenvalues in d and the eigenvectors as the columns of v.
 */
function tql2(v: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  if (n > 0) e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]) > eps * tst1) m++;
    if (m > l) {
      do {
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          const a = i * n;
          const b = (i + 1) * n;
          for (let k = 0; k < n; k++) {
            const t = v[b + k];
            v[b + k] = s * v[a + k] + c * t;
            v[a + k] = c * v[a + k] - s * t;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0;
  }
}

/** Eigen-decomposition of a symmetric n×n matrix: eigenvalues ascending and eigenvectors as columns (float64). */
export function symEig(values: ArrayLike<number>, n: number): { values: number[]; vectors: Matrix } {
  const { d, v } = tridiagonalQl(values, n);
  const order = Array.from(d, (x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const vectors = new Matrix(n, n);
  order.forEach(([, src], dst) => {
    for (let r = 0; r < n; r++) vectors.set(r, dst, v[src * n + r]);
  });
  return { values: order.map(([x]) => x), vectors };
}

/** ml-matrix's symmetric EigenvalueDecomposition (same algorithm, Matrix accessors): the cross-check in tests. */
export function symEigMlMatrix(values: ArrayLike<number>, n: number): number[] {
  return [...new EigenvalueDecomposition(toMatrix(values, n, n), { assumeSymmetric: true }).realEigenvalues].sort((a, b) => a - b);
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
  const { d: lambda, v } = tridiagonalQl(values, n);
  let top = 0;
  for (const l of lambda) top = Math.max(top, Math.abs(l));
  const floor = top * F32_ROUNDOFF;
  // Σ_k scale_k · q_k q_kᵀ over the eigenvector columns q_k (contiguous in the column-major v), in float64.
  const acc = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const l = lambda[k];
    const scale = (l < 0 ? -1 : 1) * Math.pow(Math.max(Math.abs(l), floor), -1 / p);
    const col = k * n;
    for (let i = 0; i < n; i++) {
      const a = scale * v[col + i];
      if (a === 0) continue;
      const row = i * n;
      for (let j = 0; j < n; j++) acc[row + j] += a * v[col + j];
    }
  }
  return Float32Array.from(acc);
}
