/**
 * Newton–Schulz orthogonalisation (src/core/newtonSchulz.ts, float32) as ONE tfjs kernel on the wasm backend:
 * the products run through the blocked SIMD GEMM (gemm.ts) on heap buffers and the scalings in plain loops
 * over the heap, so a whole iteration costs a handful of wasm calls instead of ~45 tfjs ops with their
 * bookkeeping (on the char_lm matrices, 64×64 to 64×256, the bookkeeping was most of Muon's step).
 *
 * Same rule and the same float32 roundings op by op as the tfjs path: X = u/(‖u‖·s + eps), transposed when
 * rows > cols; per step A = XXᵀ, B = b·A + c·(A·A), X = a·X + B·X (each product summed over k in order, each
 * elementwise result rounded to float32 as tfjs does); transposed back. ‖u‖ is summed in double (tfjs sums in
 * float32: the two differ by float32 rounding of the norm).
 */
import { tf } from '../tf';
import { gemmOnHeap, gemmReady } from './gemm';
import { ptrOf, runKernel, wasmKernelsReady, type KernelArgs, type WasmBackendLike } from './wasmRuntime';

const NS = 'OptLabNewtonSchulz';

interface NsAttrs {
  /** a, b, c of each step, flattened. */
  abc: number[];
  normScale: number;
  eps: number;
}

type HeapBackend = WasmBackendLike & { wasm: { HEAPU8: Uint8Array } };

/** A float32 view of a tensor's buffer (taken again after every allocation: the heap may have grown). */
function view(backend: HeapBackend, t: tf.TensorInfo, n: number): Float32Array {
  return new Float32Array(backend.wasm.HEAPU8.buffer, ptrOf(backend, t), n);
}

function nsKernel({ inputs, backend: be, attrs }: KernelArgs): tf.TensorInfo[] {
  const backend = be as HeapBackend;
  const { abc, normScale, eps } = attrs as NsAttrs;
  const u = inputs.u;
  const [rows, cols] = u.shape;
  const tall = rows > cols;
  const [r, c] = tall ? [cols, rows] : [rows, cols];
  const n = r * c;
  let x = backend.makeOutput([r, c], 'float32');
  {
    const uv = view(backend, u, n);
    const xv = view(backend, x, n);
    let ss = 0;
    for (let i = 0; i < n; i++) ss += uv[i] * uv[i];
    const denom = Math.fround(Math.fround(Math.fround(Math.sqrt(ss)) * normScale) + eps);
    if (tall) for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) xv[j * rows + i] = uv[i * cols + j] / denom;
    else for (let i = 0; i < n; i++) xv[i] = uv[i] / denom;
  }
  const f = Math.fround;
  for (let s = 0; s < abc.length; s += 3) {
    const [a, b, cc] = [abc[s], abc[s + 1], abc[s + 2]];
    const gram = gemmOnHeap(backend, x, x, undefined, false, true);
    const sq = gemmOnHeap(backend, gram, gram, undefined, false, false);
    {
      const gv = view(backend, gram, r * r);
      const qv = view(backend, sq, r * r);
      for (let i = 0; i < r * r; i++) gv[i] = f(f(gv[i] * b) + f(qv[i] * cc));
    }
    const px = gemmOnHeap(backend, gram, x, undefined, false, false);
    {
      const xv = view(backend, x, n);
      const pv = view(backend, px, n);
      for (let i = 0; i < n; i++) pv[i] = f(xv[i] * a) + pv[i];
    }
    for (const t of [gram, sq, x]) backend.disposeData(t.dataId);
    x = px;
  }
  if (!tall) return [x];
  const out = backend.makeOutput([rows, cols], 'float32');
  const xv = view(backend, x, n);
  const ov = view(backend, out, n);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) ov[i * cols + j] = xv[j * rows + i];
  backend.disposeData(x.dataId);
  return [out];
}

/** Whether the kernel serves u now: wasm kernels on, float32, both sides multiples of 4 (the GEMM's N). */
export function newtonSchulzKernelAvailable(u: tf.Tensor2D): boolean {
  const [rows, cols] = u.shape;
  return u.dtype === 'float32' && rows % 4 === 0 && cols % 4 === 0 && gemmReady() && wasmKernelsReady('newtonSchulz', () => [], { [NS]: nsKernel });
}

/** The float32 iteration on u (not disposed) with per-step triples; call only when newtonSchulzKernelAvailable. */
export function newtonSchulzKernel(u: tf.Tensor2D, triples: [number, number, number][], normScale: number, eps: number): tf.Tensor2D {
  const attrs: NsAttrs = { abc: triples.flat(), normScale, eps };
  return runKernel(NS, { u }, attrs)[0] as tf.Tensor2D;
}
