/**
 * The machine's 128-bit SIMD mul+add roof as a WebAssembly kernel sees it: a loop of independent
 * `f32x4.mul` + `f32x4.add` pairs on registers only (10 accumulators: enough to hide the add latency, and all operands fit the 16 registers), built
 * with the kernels' own assembler (src/core/kernels/wasmAsm.ts). Whatever our GEMMs reach is measured against
 * this figure, taken in the same run (the VM's speed drifts with its neighbours' load).
 */
import { Asm, I32, V128, encodeModule } from '../src/core/kernels/wasmAsm';
import { WA } from '../src/core/kernels/wasmRuntime';

/** Independent add chains: enough to cover two adders' latency, few enough (with the operands) for 16 xmm registers. */
const ACCUMULATORS = 10;

/** roof(iters): acc_i += x·y_(i mod 2) for every accumulator, `iters` times; stores the sum so nothing is dead code. */
function roofAsm(): Asm {
  const a = new Asm([I32]);
  const iters = 0;
  const i = a.local(I32);
  const acc = Array.from({ length: ACCUMULATORS }, () => a.local(V128));
  const y = [a.local(V128), a.local(V128)];
  const x = a.local(V128);
  // Operands come from memory so that the compiler cannot fold them.
  a.i32(0).vload(0).set(x);
  y.forEach((v, k) => a.i32(0).vload(16 * k).set(v));
  acc.forEach((v) => a.vconst(0).set(v));
  a.forRange(i, () => a.i32(0), () => a.get(iters), 1, () => {
    acc.forEach((v, k) => a.get(v).get(x).get(y[k % 2]).vmul().vadd().set(v));
  });
  a.get(acc[0]);
  for (let k = 1; k < ACCUMULATORS; k++) a.get(acc[k]).vadd();
  a.set(x);
  a.i32(0).get(x).vstore(0);
  return a;
}

/** Best of `rounds` timings of the roof loop, in GFLOP/s (one mul and one add per lane count as 2 flops). */
export function simdRoofGflops(rounds = 5, iters = 2_000_000): number {
  const WebAssemblyMemory = (globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number }) => object } }).WebAssembly.Memory;
  const memory = new WebAssemblyMemory({ initial: 1 });
  new Float32Array((memory as { buffer: ArrayBuffer }).buffer, 0, 16).fill(1e-7);
  const inst = new WA.Instance(new WA.Module(encodeModule([{ name: 'roof', asm: roofAsm() }])), { env: { memory } });
  const roof = inst.exports.roof as (n: number) => void;
  roof(10_000);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    roof(iters);
    best = Math.min(best, performance.now() - t0);
  }
  return (iters * ACCUMULATORS * 8) / (best * 1e6);
}
