/**
 * Fused elementwise kernels for optimizer updates. An update rule (Adam's moments, step and parameter write,
 * say) is declared once as an expression over same-shape input tensors and per-step JS scalars; it then runs
 *
 * - on the wasm backend as ONE pass of a small SIMD WebAssembly function compiled from the expression and
 *   sharing tfjs's wasm memory: every input is read once and every output written once, instead of one
 *   tfjs kernel (and one 4 MB temporary per 1M parameters) per operation — 10–25× fewer bytes moved for
 *   Adam-like rules, which is what made them cost 8–20 SGD steps;
 * - on every other backend (and when `OPTLAB_FUSED=0`) as the equivalent chain of tfjs ops, node by node.
 *
 * Both evaluate the same float32 operations in the same order (IEEE add/sub/mul/div/sqrt are correctly
 * rounded in both), so results agree to the last bit on ordinary values; the wasm `min`/`max` propagate NaN
 * like `torch.minimum`/`torch.maximum`.
 *
 * Cost model (measured, 1M floats, wasm SIMD on a 2-core AMD EPYC): the loop is four 4-float blocks per
 * iteration; plain arithmetic is nearly free next to the memory streams, but a pass with one `sqrt` costs
 * 0.36 ms, with one `div` 0.22–0.25, with both 0.58–0.61 against 0.13–0.17 for a plain one: they share one
 * divider unit and set the floor of the Adam-like rules (bench/optimizers.ts prints it: ≈ 3.4 SGD steps).
 * So the rules divide by a per-step scalar as a product with its reciprocal, share one reciprocal between
 * quotients with the same denominator, and take √(a/b) for √a/√b: each such rewrite is ≤ 1–2 ulp from
 * PyTorch's order, far inside the fixture tolerance, and identical on both paths.
 *
 * An output named like an input (Adam's `p`, `m`, `v`) replaces that input. On wasm it is written into the
 * input's own buffer when nothing else holds that buffer (backend reference count 1: no clone, reshape or
 * saved copy shares it), and `run` returns the input tensor itself; callers skip the `assign` then
 * (`commit`). In place the pass touches no fresh 4 MB arrays per 1M parameters, whose first writes cost cache
 * misses and whose frees churn the heap (Adam's step 1.2 → 0.9 ms). Otherwise, and on every other backend,
 * outputs are new tensors tracked by the caller's `tf.tidy`.
 */
import { tf } from '../tf';
import { F32, I32, V128, f32Bytes, section, sleb, uleb, vec } from '../kernels/wasmAsm';
import { WA } from '../kernels/wasmRuntime';
import type { WasmBackendLike, WasmMemory } from '../kernels/wasmRuntime';

type Binary = 'add' | 'sub' | 'mul' | 'div' | 'max' | 'min';
type Unary = 'sqrt' | 'abs' | 'neg' | 'sign' | 'positive';

type Node =
  | { op: 'in'; index: number }
  | { op: 'scalar'; index: number }
  | { op: 'const'; value: number }
  | { op: Binary; a: Expr; b: Expr }
  | { op: Unary; a: Expr };

/** A node of an elementwise float32 expression; build with the methods, numbers become constants. */
export class Expr {
  /** @internal */
  constructor(readonly node: Node) {}
  add(b: Expr | number): Expr {
    return bin('add', this, b);
  }
  sub(b: Expr | number): Expr {
    return bin('sub', this, b);
  }
  mul(b: Expr | number): Expr {
    return bin('mul', this, b);
  }
  div(b: Expr | number): Expr {
    return bin('div', this, b);
  }
  /** Elementwise maximum (NaN-propagating, as torch.maximum). */
  max(b: Expr | number): Expr {
    return bin('max', this, b);
  }
  min(b: Expr | number): Expr {
    return bin('min', this, b);
  }
  /** 1 / this: one division whose result several products can share. */
  recip(): Expr {
    return bin('div', lift(1), this);
  }
  sqrt(): Expr {
    return new Expr({ op: 'sqrt', a: this });
  }
  abs(): Expr {
    return new Expr({ op: 'abs', a: this });
  }
  neg(): Expr {
    return new Expr({ op: 'neg', a: this });
  }
  /** −1, 0 or 1 (the wasm path maps NaN to 0). */
  sign(): Expr {
    return new Expr({ op: 'sign', a: this });
  }
  /** 1 where this > 0, else 0 (NaN gives 0): torch's `(x > 0).to(x.dtype)`, the cautious masks. */
  positive(): Expr {
    return new Expr({ op: 'positive', a: this });
  }
}

/**
 * torch's `lerp(a, b, w)` with the same float32 formula (ATen's CPU kernel): a + w(b − a) when |w| < 0.5, else
 * b − (b − a)(1 − w). The branch is chosen here from the JS weight, so a weight that changes per step needs one
 * kernel per branch (schedule-free's c_{k+1}).
 */
export function lerp(a: Expr, b: Expr, w: number, weight: Expr | number = w): Expr {
  const d = b.sub(a);
  if (Math.abs(w) < 0.5) return a.add(d.mul(weight));
  return b.sub(d.mul(typeof weight === 'number' ? 1 - Math.fround(weight) : lift(1).sub(weight)));
}

function lift(x: Expr | number): Expr {
  return typeof x === 'number' ? new Expr({ op: 'const', value: x }) : x;
}

function bin(op: Binary, a: Expr, b: Expr | number): Expr {
  return new Expr({ op, a, b: lift(b) });
}

/** Outputs of a body: required keys become tensors, optional ones (left out with some options) may be absent. */
export type FusedOutputs<R> = { [K in keyof R]-?: R[K] extends Expr ? tf.Tensor : tf.Tensor | undefined };

/** A compiled update rule: `run` maps input tensors and this step's scalars to the output tensors. */
export interface FusedKernel<I extends string, S extends string, R> {
  readonly name: string;
  run(inputs: Readonly<Record<I, tf.Tensor>>, scalars: Readonly<Record<S, number>>): FusedOutputs<R>;
}

/** Topologically ordered distinct nodes of the outputs (shared sub-expressions evaluated once). */
function topo(outputs: Expr[]): Expr[] {
  const order: Expr[] = [];
  const seen = new Set<Expr>();
  const visit = (e: Expr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    const n = e.node;
    if ('a' in n) visit(n.a);
    if ('b' in n) visit(n.b);
    order.push(e);
  };
  outputs.forEach(visit);
  return order;
}

/**
 * Declares a fused update. `body` receives one expression per input and per scalar and returns the outputs;
 * it runs once here, so structure that depends on options (weight decay on/off, amsgrad, …) is fixed by the
 * caller when it builds the kernel. `nonzeroScalars` names scalars that are always finite and nonzero (checked
 * at every run): min/max against them compile to one pmin/pmax, as against a nonzero constant (ADOPT's clip).
 */
export function fusedKernel<I extends string, S extends string, R extends { [k: string]: Expr | undefined }>(
  name: string,
  inputs: readonly I[],
  scalars: readonly S[],
  body: (x: Record<I, Expr>, s: Record<S, Expr>) => R,
  opts: { nonzeroScalars?: readonly S[] } = {},
): FusedKernel<I, S, R> {
  const inExprs = Object.fromEntries(inputs.map((k, index) => [k, new Expr({ op: 'in', index })])) as Record<I, Expr>;
  const scExprs = Object.fromEntries(scalars.map((k, index) => [k, new Expr({ op: 'scalar', index })])) as Record<S, Expr>;
  const out = body(inExprs, scExprs);
  const outNames = Object.keys(out).filter((k) => out[k] !== undefined);
  const outExprs = outNames.map((k) => out[k] as Expr);
  const order = topo(outExprs);
  const replaces = outNames.map((k) => inputs.indexOf(k as I));
  const nonzero = (opts.nonzeroScalars ?? []).map((k) => scalars.indexOf(k));
  const program: Program = { name, nIn: inputs.length, nScalars: scalars.length, order, outputs: outExprs, replaces, plainScalars: nonzero };
  return {
    name,
    run(x, s) {
      const ins = inputs.map((k) => x[k]);
      const sv = scalars.map((k) => s[k]);
      for (const i of nonzero) {
        if (!Number.isFinite(sv[i]) || sv[i] === 0) throw new Error(`${name}: scalar "${scalars[i]}" must be finite and nonzero, got ${sv[i]}`);
      }
      const results = useWasm(ins) ? runWasm(program, ins, sv) : runChain(program, ins, sv);
      return Object.fromEntries(outNames.map((k, i) => [k, results[i]])) as FusedOutputs<R>;
    },
  };
}

/** A compiled sum over the elements of one expression: Cautious's mask counts, MARS's ‖c‖². */
export interface FusedSum<I extends string, S extends string> {
  readonly name: string;
  run(inputs: Readonly<Record<I, tf.Tensor>>, scalars: Readonly<Record<S, number>>): number;
}

/**
 * Declares a sum Σᵢ body(inputs[i], scalars). On wasm it is one pass that reads the inputs and stores nothing (a
 * tfjs `sum` of a temporary costs a pass over it plus tfjs's slower reduction, ≈ 2 ms per 1M); elsewhere it is
 * the op chain and `tf.sum`. Float32 lanes accumulate in a different order than `tf.sum` (or torch): exact for
 * counts below 2²⁴, within float32 rounding otherwise.
 */
export function fusedSum<I extends string, S extends string>(
  name: string,
  inputs: readonly I[],
  scalars: readonly S[],
  body: (x: Record<I, Expr>, s: Record<S, Expr>) => Expr,
): FusedSum<I, S> {
  const inExprs = Object.fromEntries(inputs.map((k, index) => [k, new Expr({ op: 'in', index })])) as Record<I, Expr>;
  const scExprs = Object.fromEntries(scalars.map((k, index) => [k, new Expr({ op: 'scalar', index })])) as Record<S, Expr>;
  const out = body(inExprs, scExprs);
  const program: Program = { name, nIn: inputs.length, nScalars: scalars.length, order: topo([out]), outputs: [out], replaces: [-1], reduce: true };
  return {
    name,
    run(x, s) {
      const ins = inputs.map((k) => x[k]);
      const sv = scalars.map((k) => s[k]);
      if (useWasm(ins)) return sumWasm(program, ins, sv);
      return tf.tidy(() => tf.sum(runChain(program, ins, sv)[0]).dataSync()[0]);
    },
  };
}

/** Σx² of one tensor in one fused pass (a tfjs square and sum cost ≈ 2 ms per 1M): Adan's clip, the trainer's norms. */
export const SUM_OF_SQUARES = fusedSum('sum-of-squares', ['x'], [], (x) => x.x.mul(x.x));

/** Σ(a − b)² of two same-shaped tensors in one fused pass: the trainer's update size. */
export const SUM_OF_SQUARED_DIFFERENCES = fusedSum('sum-of-squared-differences', ['a', 'b'], [], (x) => {
  const d = x.a.sub(x.b);
  return d.mul(d);
});

interface Program {
  name: string;
  nIn: number;
  nScalars: number;
  order: Expr[];
  outputs: Expr[];
  /** Per output: the index of the input it replaces (same name), or −1. */
  replaces: number[];
  /** A sum (fusedSum): the one output is added up over the elements and returned, nothing is stored. */
  reduce?: boolean;
  /** Indices of scalars declared finite and nonzero (min/max against them may use pmin/pmax). */
  plainScalars?: number[];
}

/**
 * Stores `value` in `target` unless the fused pass already wrote it there in place (`value === target`;
 * assigning a variable to itself would free its data first).
 */
export function commit(target: tf.Variable, value: tf.Tensor): void {
  if (value !== target) target.assign(value);
}

// ---------------------------------------------------------------------------------------------------------
// Portable path: the same expression as a chain of tfjs ops.

function runChain(p: Program, ins: tf.Tensor[], sv: number[]): tf.Tensor[] {
  const val = new Map<Expr, tf.Tensor>();
  const scalarT = sv.map((v) => tf.scalar(v, 'float32'));
  for (const e of p.order) {
    const n = e.node;
    const a = 'a' in n ? (val.get(n.a) as tf.Tensor) : undefined;
    const b = 'b' in n ? (val.get(n.b) as tf.Tensor) : undefined;
    let r: tf.Tensor;
    switch (n.op) {
      case 'in': r = ins[n.index]; break;
      case 'scalar': r = scalarT[n.index]; break;
      case 'const': r = tf.scalar(n.value, 'float32'); break;
      case 'add': r = tf.add(a!, b!); break;
      case 'sub': r = tf.sub(a!, b!); break;
      case 'mul': r = tf.mul(a!, b!); break;
      case 'div': r = tf.div(a!, b!); break;
      case 'max': r = tf.maximum(a!, b!); break;
      case 'min': r = tf.minimum(a!, b!); break;
      case 'sqrt': r = tf.sqrt(a!); break;
      case 'abs': r = tf.abs(a!); break;
      case 'neg': r = tf.neg(a!); break;
      case 'sign': r = tf.sign(a!); break;
      case 'positive': r = tf.cast(tf.greater(a!, 0), 'float32'); break;
    }
    val.set(e, r);
  }
  const shape = ins[0].shape;
  // An output that is a bare input or scalar still has to be a tensor of the inputs' shape.
  return p.outputs.map((e) => {
    const t = val.get(e) as tf.Tensor;
    return tf.util.arraysEqual(t.shape, shape) ? t : tf.broadcastTo(t, shape);
  });
}

// ---------------------------------------------------------------------------------------------------------
// wasm path: one SIMD loop (4 floats per iteration, scalar tail) per expression, in tfjs's own memory.

const KERNEL = 'OptLabFusedElementwise';

type Compiled = (...args: number[]) => void;

/**
 * Compiled functions per wasm memory (a re-initialised backend has a new one) and module bytes: optimizers
 * with the same rule and constants share one function, so V8's tier-up to optimised code happens once per
 * process rather than once per optimizer instance.
 */
const compiled = new WeakMap<WasmMemory, Map<string, Compiled>>();
const programKeys = new WeakMap<Program, { key: string; bytes: Uint8Array }>();
let wasmState: 'unknown' | 'ready' | 'off' = 'unknown';

function wasmMemory(): WasmMemory | undefined {
  const b = tf.backend() as unknown as Partial<WasmBackendLike>;
  const mem = b.wasm?.asm?.memory;
  return mem instanceof WA.Memory ? mem : undefined;
}

function useWasm(ins: tf.Tensor[]): boolean {
  if (tf.getBackend() !== 'wasm' || process.env.OPTLAB_FUSED === '0') return false;
  if (!ins.every((t) => t.dtype === 'float32' && tf.util.arraysEqual(t.shape, ins[0].shape))) return false;
  if (wasmState === 'unknown') {
    wasmState = 'off';
    try {
      if (wasmMemory() && WA.validate(encodeModule(PROBE))) {
        tf.registerKernel({ kernelName: KERNEL, backendName: 'wasm', kernelFunc: wasmKernel as unknown as tf.KernelFunc });
        wasmState = 'ready';
      }
    } catch {
      wasmState = 'off';
    }
  }
  return wasmState === 'ready';
}

/** Attributes of one call: which program, the step's scalars (in declaration order), and per output the
 * input whose buffer it is written into (−1: a new tensor). */
interface CallAttrs {
  program: Program;
  scalars: number[];
  target: number[];
}

function wasmKernel(args: { inputs: Record<string, tf.TensorInfo>; backend: WasmBackendLike; attrs: unknown }): tf.TensorInfo[] {
  const { program, scalars, target } = args.attrs as CallAttrs;
  const backend = args.backend;
  const ins = Array.from({ length: program.nIn }, (_, i) => args.inputs[`x${i}`]);
  const fn = compiledFn(program, backend.wasm.asm?.memory as WasmMemory);
  const shape = ins[0].shape;
  // Only the new outputs are returned to the engine; in-place ones are the callers' own tensors.
  const fresh: tf.TensorInfo[] = [];
  const dests = target.map((i) => (i >= 0 ? ins[i] : fresh[fresh.push(backend.makeOutput(shape, 'float32')) - 1]));
  const ptr = (t: tf.TensorInfo): number => (backend.dataIdMap.get(t.dataId) as { memoryOffset: number }).memoryOffset;
  // Safe in place: every lane of every input is loaded before the lane's outputs are stored.
  fn(...ins.map(ptr), ...dests.map(ptr), tf.util.sizeFromShape(shape), ...scalars);
  return fresh;
}

/** The compiled function of `program` in the active backend's memory (compiled on first use). */
function compiledFn(program: Program, memory: WasmMemory): Compiled {
  let fns = compiled.get(memory);
  if (!fns) compiled.set(memory, (fns = new Map()));
  let enc = programKeys.get(program);
  if (!enc) {
    const bytes = encodeModule(program);
    programKeys.set(program, (enc = { key: Buffer.from(bytes).toString('base64'), bytes }));
  }
  let fn = fns.get(enc.key);
  if (!fn) {
    const instance = new WA.Instance(new WA.Module(enc.bytes), { env: { memory } });
    fn = instance.exports.run as Compiled;
    fns.set(enc.key, fn);
  }
  return fn;
}

/** A sum pass reads tensors and writes nothing, so it needs no kernel registration: it runs on their buffers. */
function sumWasm(p: Program, ins: tf.Tensor[], sv: number[]): number {
  const backend = tf.backend() as unknown as WasmBackendLike;
  const fn = compiledFn(p, backend.wasm.asm?.memory as WasmMemory);
  const ptr = (t: tf.Tensor): number => (backend.dataIdMap.get(t.dataId) as { memoryOffset: number }).memoryOffset;
  return fn(...ins.map(ptr), ins[0].size, ...sv) as unknown as number;
}

function runWasm(p: Program, ins: tf.Tensor[], sv: number[]): tf.Tensor[] {
  const backend = tf.backend() as unknown as WasmBackendLike;
  const claimed = new Set<object>();
  const target = p.replaces.map((i) => {
    if (i < 0) return -1;
    const id = ins[i].dataId;
    // Two outputs into one buffer (the same tensor passed for both inputs) would overwrite each other.
    if (claimed.has(id) || backend.refCount(id) !== 1) return -1;
    claimed.add(id);
    return i;
  });
  const inputs = Object.fromEntries(ins.map((t, i) => [`x${i}`, t]));
  const attrs = { program: p, scalars: sv, target } as unknown as tf.NamedAttrMap;
  const out = tf.engine().runKernel(KERNEL, inputs, attrs) as tf.Tensor | tf.Tensor[];
  const fresh = Array.isArray(out) ? out : [out];
  let next = 0;
  return target.map((i) => (i >= 0 ? ins[i] : fresh[next++]));
}

/** Tiny program whose module must validate (SIMD support) before the wasm path is used. */
const PROBE: Program = (() => {
  const x = new Expr({ op: 'in', index: 0 });
  const y = x.mul(new Expr({ op: 'scalar', index: 0 })).sqrt().max(1).sign();
  return { name: 'probe', nIn: 1, nScalars: 1, order: topo([y]), outputs: [y], replaces: [-1] };
})();

// --- WebAssembly binary encoding (https://webassembly.github.io/spec/core/binary/) ---

const simd = (op: number): number[] => [0xfd, ...uleb(op)];
const OP = {
  localGet: 0x20, localSet: 0x21, i32Const: 0x41, f32Const: 0x43, i32Add: 0x6a, i32And: 0x71, i32Shl: 0x74, i32GeU: 0x4f,
  block: 0x02, loop: 0x03, br: 0x0c, brIf: 0x0d, end: 0x0b, void: 0x40, f32Load: 0x2a, f32Store: 0x38,
  f32Lt: 0x5d, f32Gt: 0x5e, f32ConvertI32S: 0xb2,
} as const;
const F32_OPS: Record<Binary | 'sqrt' | 'abs' | 'neg', number[]> = {
  abs: [0x8b], neg: [0x8c], sqrt: [0x91], add: [0x92], sub: [0x93], mul: [0x94], div: [0x95], min: [0x96], max: [0x97],
};
const V_OPS: Record<Binary | 'sqrt' | 'abs' | 'neg', number[]> = {
  abs: simd(0xe0), neg: simd(0xe1), sqrt: simd(0xe3), add: simd(0xe4), sub: simd(0xe5), mul: simd(0xe6), div: simd(0xe7), min: simd(0xe8), max: simd(0xe9),
};
// v128.load / v128.store opcodes; the memarg (alignment 2⁰, offset) follows at the use.
const V_LOAD = simd(0x00);
const V_STORE = simd(0x0b);
/** 4-float lane blocks per iteration of the main loop: fewer address adds and branches per element. */
const UNROLL = 4;
const V_SPLAT = simd(0x13);
const V_LT = simd(0x43);
const V_GT = simd(0x44);
const V_AND = simd(0x4e);
// pmin(a, b) = b < a ? b : a; pmax(a, b) = a < b ? b : a (a NaN in `a` comes through, one in `b` does not).
const V_PMIN = simd(0xea);
const V_PMAX = simd(0xeb);
/** f32x4.extract_lane (the lane index byte follows at the use). */
const V_LANE = simd(0x1f);

/**
 * For min/max of an expression and a finite nonzero constant (or a scalar declared so): which side is which
 * (else undefined).
 */
function plainConstSide(a: Expr, b: Expr, plainScalars: readonly number[] = []): { x: Expr; c: Expr } | undefined {
  const plain = (e: Expr): boolean =>
    (e.node.op === 'const' && Number.isFinite(e.node.value) && e.node.value !== 0) || (e.node.op === 'scalar' && plainScalars.includes(e.node.index));
  if (plain(b) && !plain(a)) return { x: a, c: b };
  if (plain(a) && !plain(b)) return { x: b, c: a };
  return undefined;
}

/** Where encodeModule's function keeps things: its params (pointers, n, scalars) and locals. */
interface ModuleLayout {
  params: number[];
  /** Index of the param n. */
  nLocal: number;
  scalarParam(i: number): number;
  inPtr(i: number): number;
  outPtr(i: number): number;
  OFF: number;
  ENDU: number;
  END4: number;
  END: number;
  vLocal(e: Expr): number;
  fLocal(e: Expr): number;
  V_ACC: number;
  F_ACC: number;
  /** v128 locals holding splats of 0 and 1 (the masks of `positive` and `sign`), set once before the loops. */
  V_ZERO: number;
  V_ONE: number;
}

function moduleLayout(p: Program): ModuleLayout {
  const nOut = p.reduce ? 0 : p.outputs.length;
  const params = [...Array(p.nIn + nOut + 1).fill(I32), ...Array(p.nScalars).fill(F32)] as number[];
  const nLocal = p.nIn + nOut; // index of n
  const scalarParam = (i: number): number => nLocal + 1 + i;
  // Locals after the params: off, endU, end4, endAll (i32); one v128 per node (SIMD loops); one f32 per node (tail).
  const base = params.length;
  const OFF = base;
  const ENDU = base + 1;
  const END4 = base + 2;
  const END = base + 3;
  const nodeIndex = new Map<Expr, number>(p.order.map((e, i) => [e, i]));
  const vLocal = (e: Expr): number => base + 4 + (nodeIndex.get(e) as number);
  const fLocal = (e: Expr): number => base + 4 + p.order.length + (nodeIndex.get(e) as number);
  // Sums: UNROLL v128 accumulators (one per lane block of the unrolled loop, so that the adds do not wait on
  // each other: one shared accumulator made the pass latency-bound, ≈ 0.3 ms per 1M) and one f32 accumulator
  // after the node locals (wasm zero-initialises locals).
  const V_ACC = base + 4 + 2 * p.order.length;
  const F_ACC = V_ACC + UNROLL;
  const V_ZERO = V_ACC + UNROLL + 1;
  const V_ONE = V_ZERO + 1;
  const inPtr = (i: number): number => i;
  const outPtr = (i: number): number => p.nIn + i;
  return { params, nLocal, scalarParam, inPtr, outPtr, OFF, ENDU, END4, END, vLocal, fLocal, V_ACC, F_ACC, V_ZERO, V_ONE };
}

/** Emits node `e` of one lane block (4 floats when `vector`, else 1) into its local. */
function emitNode(emit: (...b: number[]) => void, p: Program, lay: ModuleLayout, e: Expr, vector: boolean, memarg: number[]): void {
  const local = vector ? lay.vLocal : lay.fLocal;
  const n = e.node;
  switch (n.op) {
    case 'in':
      emit(OP.localGet, ...uleb(lay.inPtr(n.index)), OP.localGet, ...uleb(lay.OFF), OP.i32Add);
      emit(...(vector ? V_LOAD : [OP.f32Load]), ...memarg);
      break;
    case 'scalar':
      emit(OP.localGet, ...uleb(lay.scalarParam(n.index)));
      if (vector) emit(...V_SPLAT);
      break;
    case 'const':
      emit(OP.f32Const, ...f32Bytes(n.value));
      if (vector) emit(...V_SPLAT);
      break;
    case 'positive': {
      // A comparison mask ANDed with 1.0 (SIMD), or the i32 comparison converted (scalar).
      const x = local(n.a);
      if (vector) emit(OP.localGet, ...uleb(x), OP.localGet, ...uleb(lay.V_ZERO), ...V_GT, OP.localGet, ...uleb(lay.V_ONE), ...V_AND);
      else emit(OP.localGet, ...uleb(x), OP.f32Const, ...f32Bytes(0), OP.f32Gt, OP.f32ConvertI32S);
      break;
    }
    case 'sign': {
      // (x > 0) − (x < 0): a comparison mask ANDed with 1.0 (SIMD), or an i32 converted (scalar).
      const x = local(n.a);
      if (vector) {
        emit(OP.localGet, ...uleb(x), OP.localGet, ...uleb(lay.V_ZERO), ...V_GT, OP.localGet, ...uleb(lay.V_ONE), ...V_AND);
        emit(OP.localGet, ...uleb(x), OP.localGet, ...uleb(lay.V_ZERO), ...V_LT, OP.localGet, ...uleb(lay.V_ONE), ...V_AND);
        emit(...V_OPS.sub);
      } else {
        emit(OP.localGet, ...uleb(x), OP.f32Const, ...f32Bytes(0), OP.f32Gt, OP.f32ConvertI32S);
        emit(OP.localGet, ...uleb(x), OP.f32Const, ...f32Bytes(0), OP.f32Lt, OP.f32ConvertI32S);
        emit(...F32_OPS.sub);
      }
      break;
    }
    case 'min':
    case 'max': {
      const c = vector ? plainConstSide(n.a, n.b, p.plainScalars) : undefined;
      if (c) {
        // x against a constant: pmin/pmax(x, c) is one instruction where NaN-propagating min/max takes
        // about seven, and it gives the same result — c is never NaN, and being nonzero, never ties x
        // (a declared scalar is checked to be so at every run).
        emit(OP.localGet, ...uleb(local(c.x)), OP.localGet, ...uleb(local(c.c)), ...(n.op === 'min' ? V_PMIN : V_PMAX));
        break;
      }
      emit(OP.localGet, ...uleb(local(n.a)), OP.localGet, ...uleb(local(n.b)), ...(vector ? V_OPS : F32_OPS)[n.op]);
      break;
    }
    default:
      emit(OP.localGet, ...uleb(local(n.a)));
      if ('b' in n) emit(OP.localGet, ...uleb(local(n.b)));
      emit(...(vector ? V_OPS : F32_OPS)[n.op]);
  }
  emit(OP.localSet, ...uleb(local(e)));
}

/** The module around the function body `code`: its locals, type, memory import and the export `run`. */
function wasmModule(p: Program, params: number[], code: number[]): Uint8Array {
  const locals = vec([
    [...uleb(4), I32],
    [...uleb(p.order.length), V128],
    [...uleb(p.order.length), F32],
    [...uleb(UNROLL), V128],
    [1, F32],
    [2, V128],
  ]);
  const body = [...locals, ...code];
  const type = section(1, vec([[0x60, ...vec(params.map((t) => [t])), ...(p.reduce ? vec([[F32]]) : [0x00])]]));
  const imports = section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, 0x00]]));
  const funcs = section(3, vec([[0x00]]));
  const exports = section(7, vec([[...name('run'), 0x00, 0x00]]));
  const codeSec = section(10, vec([[...uleb(body.length), ...body]]));
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...type, ...imports, ...funcs, ...exports, ...codeSec]);
}

/**
 * run(in₀…, out₀…, n, scalar₀…): for i < n, outₖ[i] = exprₖ(in₀[i], …, scalars). Pointers are byte offsets
 * into the imported memory (tfjs's heap).
 */
function encodeModule(p: Program): Uint8Array {
  const lay = moduleLayout(p);
  const { params, nLocal, OFF, ENDU, END4, END, V_ACC, F_ACC, vLocal, fLocal, outPtr } = lay;
  const code: number[] = [];
  const emit = (...b: number[]): void => {
    code.push(...b);
  };
  // endU = (n & ~(4·UNROLL − 1)) * 4, end4 = (n & ~3) * 4, end = n * 4 (bytes)
  emit(OP.localGet, ...uleb(nLocal), OP.i32Const, ...sleb(-4 * UNROLL), OP.i32And, OP.i32Const, 2, OP.i32Shl, OP.localSet, ...uleb(ENDU));
  emit(OP.localGet, ...uleb(nLocal), OP.i32Const, ...sleb(-4), OP.i32And, OP.i32Const, 2, OP.i32Shl, OP.localSet, ...uleb(END4));
  emit(OP.localGet, ...uleb(nLocal), OP.i32Const, 2, OP.i32Shl, OP.localSet, ...uleb(END));
  emit(OP.i32Const, 0, OP.localSet, ...uleb(OFF));
  // Splats of constants and scalars once, before the loops, rather than in every lane block (a smaller loop body;
  // V8 seems to fold them already: the mask count passes measured the same either way).
  const invariant = (e: Expr): boolean => e.node.op === 'const' || e.node.op === 'scalar';
  for (const e of p.order) if (invariant(e)) emitNode(emit, p, lay, e, true, []);
  emit(OP.f32Const, ...f32Bytes(0), ...V_SPLAT, OP.localSet, ...uleb(lay.V_ZERO));
  emit(OP.f32Const, ...f32Bytes(1), ...V_SPLAT, OP.localSet, ...uleb(lay.V_ONE));

  /** One lane block (4 floats, or 1 in the tail) of every output, at byte `disp` past `off`. */
  const laneBlock = (vector: boolean, disp: number): void => {
    const local = vector ? vLocal : fLocal;
    const memarg = [vector ? 0x00 : 0x02, ...uleb(disp)];
    // The vector loops use the splats of constants and scalars set before them.
    for (const e of p.order) if (!(vector && invariant(e))) emitNode(emit, p, lay, e, vector, memarg);
    if (p.reduce) {
      const acc = vector ? V_ACC + disp / 16 : F_ACC;
      emit(OP.localGet, ...uleb(acc), OP.localGet, ...uleb(local(p.outputs[0])), ...(vector ? V_OPS : F32_OPS).add, OP.localSet, ...uleb(acc));
      return;
    }
    p.outputs.forEach((e, k) => {
      emit(OP.localGet, ...uleb(outPtr(k)), OP.localGet, ...uleb(OFF), OP.i32Add, OP.localGet, ...uleb(local(e)));
      emit(...(vector ? V_STORE : [OP.f32Store]), ...memarg);
    });
  };

  /** while (off < end) { `blocks` lane blocks; off += bytes }: the unrolled loop, then 4-wide, then scalar. */
  const loopOver = (vector: boolean, blocks: number, end: number): void => {
    emit(OP.block, OP.void, OP.loop, OP.void);
    emit(OP.localGet, ...uleb(OFF), OP.localGet, ...uleb(end), OP.i32GeU, OP.brIf, 1);
    for (let b = 0; b < blocks; b++) laneBlock(vector, b * 16);
    emit(OP.localGet, ...uleb(OFF), OP.i32Const, ...sleb(vector ? 16 * blocks : 4), OP.i32Add, OP.localSet, ...uleb(OFF));
    emit(OP.br, 0, OP.end, OP.end);
  };
  loopOver(true, UNROLL, ENDU);
  loopOver(true, 1, END4);
  loopOver(false, 1, END);
  if (p.reduce) {
    // The block accumulators, their four lanes, then the scalar tail, left on the stack as the result.
    for (let b = 1; b < UNROLL; b++) emit(OP.localGet, ...uleb(V_ACC), OP.localGet, ...uleb(V_ACC + b), ...V_OPS.add, OP.localSet, ...uleb(V_ACC));
    emit(OP.localGet, ...uleb(V_ACC), ...V_LANE, 0);
    for (let lane = 1; lane < 4; lane++) emit(OP.localGet, ...uleb(V_ACC), ...V_LANE, lane, ...F32_OPS.add);
    emit(OP.localGet, ...uleb(F_ACC), ...F32_OPS.add);
  }
  emit(OP.end);

  return wasmModule(p, params, code);
}

function name(s: string): number[] {
  const b = [...Buffer.from(s, 'utf8')];
  return [...uleb(b.length), ...b];
}
