/**
 * A minimal WebAssembly assembler for small SIMD kernels that run inside the tfjs wasm backend's memory.
 *
 * A kernel is one exported function whose parameters are i32 byte offsets into the imported `env.memory`
 * (tfjs's heap) plus shape integers and f32 scalars. Code is emitted through the `Asm` methods, which mirror
 * WebAssembly's stack instructions one to one (https://webassembly.github.io/spec/core/binary/); structured
 * helpers (`forRange`) keep loops readable. Nothing here knows about tensors.
 */

export const I32 = 0x7f;
export const F32 = 0x7d;
export const V128 = 0x7b;
type ValType = typeof I32 | typeof F32 | typeof V128;

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

export function f32Bytes(v: number): number[] {
  return [...new Uint8Array(new Float32Array([v]).buffer)];
}

export function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

export function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(s: string): number[] {
  const b = [...new TextEncoder().encode(s)];
  return [...uleb(b.length), ...b];
}

/** A local variable index (parameters first, then declared locals). */
export type Local = number;

const simd = (op: number): number[] => [0xfd, ...uleb(op)];

/** One function body under construction. */
export class Asm {
  readonly code: number[] = [];
  private readonly localTypes: ValType[] = [];
  private readonly prologue: number[] = [];
  private readonly consts = new Map<string, Local>();

  constructor(readonly params: readonly ValType[]) {}

  /** A fresh local of type t. */
  local(t: ValType): Local {
    this.localTypes.push(t);
    return this.params.length + this.localTypes.length - 1;
  }

  private emit(...b: number[]): this {
    this.code.push(...b);
    return this;
  }

  get(l: Local): this { return this.emit(0x20, ...uleb(l)); }
  set(l: Local): this { return this.emit(0x21, ...uleb(l)); }
  tee(l: Local): this { return this.emit(0x22, ...uleb(l)); }
  i32(v: number): this { return this.emit(0x41, ...sleb(v)); }
  f32(v: number): this { return this.emit(0x43, ...f32Bytes(v)); }
  drop(): this { return this.emit(0x1a); }

  // i32 arithmetic and comparisons
  iadd(): this { return this.emit(0x6a); }
  isub(): this { return this.emit(0x6b); }
  imul(): this { return this.emit(0x6c); }
  iand(): this { return this.emit(0x71); }
  ishl(): this { return this.emit(0x74); }
  ilt(): this { return this.emit(0x48); }
  ige(): this { return this.emit(0x4e); }
  igt(): this { return this.emit(0x4a); }
  /** i32.eqz: 1 when the i32 on the stack is 0. */
  ieqz(): this { return this.emit(0x45); }

  // f32 scalar
  fadd(): this { return this.emit(0x92); }
  fsub(): this { return this.emit(0x93); }
  fmul(): this { return this.emit(0x94); }
  fdiv(): this { return this.emit(0x95); }
  fmax(): this { return this.emit(0x97); }
  fsqrt(): this { return this.emit(0x91); }
  /** f32.convert_i32_s */
  fconvert(): this { return this.emit(0xb2); }
  /** f32.load from the address on the stack plus a constant byte offset. */
  fload(offset = 0): this { return this.emit(0x2a, 0x02, ...uleb(offset)); }
  fstore(offset = 0): this { return this.emit(0x38, 0x02, ...uleb(offset)); }
  iload(offset = 0): this { return this.emit(0x28, 0x02, ...uleb(offset)); }
  /** if (i32 on the stack) { body } */
  ifThen(body: () => void): this {
    this.emit(0x04, 0x40);
    body();
    return this.emit(0x0b);
  }

  // v128 / f32x4
  vload(offset = 0): this { return this.emit(...simd(0x00), 0x04, ...uleb(offset)); }
  /** v128.load32_splat: one f32 from memory into all lanes (one broadcast load on x64). */
  vloadSplat(offset = 0): this { return this.emit(...simd(0x09), 0x02, ...uleb(offset)); }
  vstore(offset = 0): this { return this.emit(...simd(0x0b), 0x04, ...uleb(offset)); }
  /**
   * A v128 constant. V8 re-materialises `v128.const` on every use (costly inside loops), so each distinct
   * constant lives in a local set once in the function's prologue.
   */
  vconst(lanes: [number, number, number, number] | number): this {
    const l = typeof lanes === 'number' ? [lanes, lanes, lanes, lanes] : lanes;
    return this.constLocal(l.flatMap(f32Bytes));
  }
  vsplat(): this { return this.emit(...simd(0x13)); }
  /** i8x16.shuffle of the two v128 on the stack, given as 4 f32 lane indices (0–3 first operand, 4–7 second). */
  vshuffle(lanes: [number, number, number, number]): this {
    return this.emit(...simd(0x0d), ...lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]));
  }
  /** Every lane = lane l of local x. */
  vbroadcast(x: Local, l: number): this {
    return this.get(x).get(x).vshuffle([l, l, l, l]);
  }
  vlane(i: number): this { return this.emit(...simd(0x1f), i); }
  vadd(): this { return this.emit(...simd(0xe4)); }
  vsub(): this { return this.emit(...simd(0xe5)); }
  vmul(): this { return this.emit(...simd(0xe6)); }
  vdiv(): this { return this.emit(...simd(0xe7)); }
  vmax(): this { return this.emit(...simd(0xe9)); }
  vmin(): this { return this.emit(...simd(0xe8)); }
  /** f32x4.pmin / pmax: b < a ? b : a and a < b ? b : a — one minps/maxps each (vmin/vmax propagate NaN at extra cost). */
  vpmin(): this { return this.emit(...simd(0xea)); }
  vpmax(): this { return this.emit(...simd(0xeb)); }
  vsqrt(): this { return this.emit(...simd(0xe3)); }
  vgt(): this { return this.emit(...simd(0x44)); }
  vand(): this { return this.emit(...simd(0x4e)); }
  vnearest(): this { return this.emit(...simd(0x6a)); }
  /** i32x4.trunc_sat_f32x4_s */
  vtoInt(): this { return this.emit(...simd(0xf8)); }
  /** i32x4.add / i32x4.shl (by an i32 on the stack) */
  viadd(): this { return this.emit(...simd(0xae)); }
  vishl(): this { return this.emit(...simd(0xab)); }
  vi32const(v: number): this {
    return this.constLocal([...new Uint8Array(new Int32Array([v, v, v, v]).buffer)]);
  }

  private constLocal(bytes: number[]): this {
    const key = bytes.join(',');
    let l = this.consts.get(key);
    if (l === undefined) {
      l = this.local(V128);
      this.consts.set(key, l);
      this.prologue.push(...simd(0x0c), ...bytes, 0x21, ...uleb(l));
    }
    return this.get(l);
  }

  /** Sum of the four lanes of the v128 on the stack, as f32 (uses a scratch local). */
  hsum(scratch: Local): this {
    this.set(scratch);
    return this.get(scratch).vlane(0).get(scratch).vlane(1).fadd().get(scratch).vlane(2).fadd().get(scratch).vlane(3).fadd();
  }

  /** memory.fill(dest, value, bytes) with the three operands on the stack. */
  memFill(): this { return this.emit(0xfc, ...uleb(11), 0x00); }

  /**
   * for (v = start; v < end; v += step) body — start/end emitted by the callbacks (i32), v a local; the body
   * is skipped when start ≥ end.
   */
  forRange(v: Local, start: () => void, end: () => void, step: number, body: () => void): this {
    start();
    this.set(v);
    this.emit(0x02, 0x40, 0x03, 0x40); // block, loop
    this.get(v);
    end();
    this.ige().emit(0x0d, 1); // br_if 1 (exit)
    body();
    this.get(v).i32(step).iadd().set(v);
    this.emit(0x0c, 0, 0x0b, 0x0b); // br 0, end loop, end block
    return this;
  }

  /** for (v = start; v < end; v += step) body, with a step computed at run time (pointer walks). */
  forStep(v: Local, start: () => void, end: () => void, step: () => void, body: () => void): this {
    start();
    this.set(v);
    this.emit(0x02, 0x40, 0x03, 0x40);
    this.get(v);
    end();
    this.ige().emit(0x0d, 1);
    body();
    this.get(v);
    step();
    this.iadd().set(v);
    this.emit(0x0c, 0, 0x0b, 0x0b);
    return this;
  }

  /** The function body (local declarations + constant prologue + code + end). */
  body(): number[] {
    const groups: number[][] = [];
    for (const t of this.localTypes) groups.push([...uleb(1), t]);
    return [...vec(groups), ...this.prologue, ...this.code, 0x0b];
  }
}

/**
 * exp of the f32x4 on the stack, result on the stack (Cephes expf: clamp to [−87.34, 88.38], n = round(x/ln 2),
 * r = x − n·ln 2 in two parts, degree-5 minimax polynomial; ≤ 2 ulp). n is rounded by adding 1.5·2²³ (the
 * integer lands in the low mantissa bits, whose shift by 23 is 2ⁿ's exponent field): cheaper than
 * nearest + float→int conversion, which V8 lowers to long sequences. Uses three v128 scratch locals.
 */
export function emitVexp(a: Asm, x: Local, kf: Local, r: Local): void {
  const MAGIC = 12582912; // 1.5·2²³
  a.vconst(-87.33654).vpmax().vconst(88.3762626647949).vpmin().set(x);
  a.get(x).vconst(1.44269504088896341).vmul().vconst(MAGIC).vadd().set(kf);
  // r = x − n·C1 − n·C2 with n = kf − MAGIC (exact)
  a.get(kf).vconst(MAGIC).vsub().set(r);
  a.get(x).get(r).vconst(0.693359375).vmul().vsub().get(r).vconst(-2.12194440e-4).vmul().vsub().set(r);
  a.vconst(1.9875691500e-4).get(r).vmul().vconst(1.3981999507e-3).vadd();
  for (const c of [8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1]) a.get(r).vmul().vconst(c).vadd();
  a.get(r).vmul().get(r).vmul().get(r).vadd().vconst(1).vadd();
  // 2ⁿ = bits(kf) << 23 + bits(1.0)
  a.get(kf).i32(23).vishl().vi32const(0x3f800000).viadd().vmul();
}

/**
 * A module importing `env.memory` and exporting each function under its name. With `sharedMaxPages` the
 * imported memory is a shared one of at most that many 64 KiB pages (what kernelThreads.ts's memory is).
 */
export function encodeModule(fns: { name: string; asm: Asm }[], sharedMaxPages?: number): Uint8Array {
  const types = section(1, vec(fns.map((f) => [0x60, ...vec(f.asm.params.map((t) => [t])), 0x00])));
  const limits = sharedMaxPages === undefined ? [0x00, 0x00] : [0x03, 0x00, ...uleb(sharedMaxPages)];
  const imports = section(2, vec([[...name('env'), ...name('memory'), 0x02, ...limits]]));
  const funcs = section(3, vec(fns.map((_, i) => uleb(i))));
  const exports = section(7, vec(fns.map((f, i) => [...name(f.name), 0x00, ...uleb(i)])));
  const code = section(10, vec(fns.map((f) => {
    const b = f.asm.body();
    return [...uleb(b.length), ...b];
  })));
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...types, ...imports, ...funcs, ...exports, ...code]);
}
