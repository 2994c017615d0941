/**
 * Running generated WebAssembly kernels (wasmAsm.ts) as tfjs kernels of the wasm backend: the module imports
 * the backend's own memory, so kernels read their inputs and write their outputs in place on tfjs's heap
 * (no copies). Modules are compiled once per memory (a re-initialised backend has a new one) and key.
 */
import { tf } from '../tf';
import { encodeModule, type Asm } from './wasmAsm';

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface WasmApi {
  Memory: abstract new (...args: never[]) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}
export const WA = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** The parts of tfjs's wasm backend the kernels use. */
export interface WasmBackendLike {
  wasm: { asm?: { memory?: WasmMemory } };
  incRef(dataId: object): void;
  /** How many tensors share this buffer. */
  refCount(dataId: object): number;
  disposeData(dataId: object): boolean;
  dataIdMap: { get(id: object): { memoryOffset: number } | undefined };
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
}

type WasmFn = (...args: number[]) => void;

export interface KernelArgs {
  inputs: Record<string, tf.TensorInfo>;
  backend: WasmBackendLike;
  attrs: unknown;
}

const modules = new WeakMap<WasmMemory, Map<string, Record<string, WasmFn>>>();

function memoryOf(backend: WasmBackendLike): WasmMemory | undefined {
  const mem = backend.wasm?.asm?.memory;
  return mem instanceof WA.Memory ? mem : undefined;
}

/** The exported functions of the module `key`, built by `build` on first use for this backend's memory. */
export function wasmFunctions(backend: WasmBackendLike, key: string, build: () => { name: string; asm: Asm }[]): Record<string, WasmFn> {
  const memory = memoryOf(backend) as WasmMemory;
  let byKey = modules.get(memory);
  if (!byKey) modules.set(memory, (byKey = new Map()));
  let fns = byKey.get(key);
  if (!fns) {
    const inst = new WA.Instance(new WA.Module(encodeModule(build())), { env: { memory } });
    fns = inst.exports as Record<string, WasmFn>;
    byKey.set(key, fns);
  }
  return fns;
}

/** Tensors at least this large get cache-line-aligned buffers from `ownedVariable` (smaller ones gain nothing). */
const ALIGN_MIN_ELEMENTS = 4096;
const CACHE_LINE = 64;

interface HeapBackend extends WasmBackendLike {
  wasm: WasmBackendLike['wasm'] & { _malloc(bytes: number): number; HEAPU8: Uint8Array };
  dataIdMap: { get(id: object): { memoryOffset: number; refCount: number } | undefined };
  makeOutput(shape: number[], dtype: 'float32', memoryOffset?: number): tf.TensorInfo;
}

/** Aligned buffers: data id → the pointer malloc returned (what must be freed). */
const mallocBase = new WeakMap<object, number>();
const disposePatched = new WeakSet<object>();

/**
 * The wasm backend frees `memoryOffset` when a buffer's last tensor goes; for an aligned buffer that is an
 * interior pointer, so the malloc'd base is put back first.
 */
function patchDispose(backend: HeapBackend): void {
  if (disposePatched.has(backend)) return;
  disposePatched.add(backend);
  const original = backend.disposeData.bind(backend) as (dataId: object, force?: boolean) => boolean;
  (backend as { disposeData: (dataId: object, force?: boolean) => boolean }).disposeData = (dataId, force = false) => {
    const base = mallocBase.get(dataId);
    const data = backend.dataIdMap.get(dataId);
    if (base !== undefined && data && (force || data.refCount <= 1)) data.memoryOffset = base;
    return original(dataId, force);
  };
}

/**
 * A variable holding `init`'s values in a buffer it alone owns (`init` is disposed). On wasm a large float32
 * buffer also starts on a 64-byte cache line: tfjs's allocator guarantees only 8 bytes, and a 16-byte vector
 * stream that straddles cache lines slows the in-place optimizer passes (fused.ts) — measured on Adam+AMSGrad,
 * 1M parameters: 1.2–1.3 ms per step with one state buffer 8 bytes off a line, 0.85 ms with all aligned. Used
 * for weights and optimizer state, which live for the whole run; per-step tensors keep tfjs's allocation.
 */
export function ownedVariable(init: tf.Tensor, trainable: boolean): tf.Variable {
  const backend = tf.backend() as unknown as HeapBackend;
  let data = init;
  if (tf.getBackend() === 'wasm' && init.dtype === 'float32' && init.size >= ALIGN_MIN_ELEMENTS && backend.wasm?._malloc && backend.dataIdMap.get(init.dataId)) {
    const bytes = init.size * 4;
    const from = (backend.dataIdMap.get(init.dataId) as { memoryOffset: number }).memoryOffset;
    if (from % CACHE_LINE !== 0) {
      patchDispose(backend);
      const base = backend.wasm._malloc(bytes + CACHE_LINE);
      const at = Math.ceil(base / CACHE_LINE) * CACHE_LINE;
      backend.wasm.HEAPU8.copyWithin(at, from, from + bytes);
      const info = backend.makeOutput(init.shape, 'float32', at);
      mallocBase.set(info.dataId, base);
      data = tf.engine().makeTensorFromTensorInfo(info);
    }
  }
  const v = tf.variable(data, trainable);
  tf.dispose(data === init ? [init] : [data, init]);
  return v;
}

/** The whole heap as floats (take it again after any allocation: the heap may have grown). */
export function heapFloats(backend: WasmBackendLike): Float32Array {
  return new Float32Array((memoryOf(backend) as WasmMemory).buffer);
}

/** Byte offset of a tensor's data on the heap. */
export function ptrOf(backend: WasmBackendLike, t: tf.TensorInfo): number {
  return (backend.dataIdMap.get(t.dataId) as { memoryOffset: number }).memoryOffset;
}

const registered = new Map<string, boolean>();
let identityShared = false;

/**
 * Makes the wasm backend's `Identity` share its input's buffer (reference count + same data id, like its own
 * `Reshape` and like the cpu backend's `Identity`) instead of copying it. Every tensor a gradient saves goes
 * through `Identity` (engine.saveTensorsForBackwardMode clones), so the copy cost ~1.5 ms per char_lm step
 * (≈ 15 MB). Sharing is safe because tfjs kernels never write into their inputs, and the one kernel here that
 * does (fused optimizer updates) only writes into a buffer whose reference count is 1; string tensors keep the
 * original kernel.
 */
function shareIdentity(): void {
  if (identityShared) return;
  identityShared = true;
  const original = tf.getKernel('Identity', 'wasm');
  if (!original) return;
  const kernelFunc = (args: { inputs: Record<string, tf.TensorInfo>; backend: WasmBackendLike; attrs: unknown }): tf.TensorInfo => {
    const x = args.inputs.x;
    if (x.dtype === 'string') return (original.kernelFunc as unknown as (a: typeof args) => tf.TensorInfo)(args);
    args.backend.incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
  };
  tf.unregisterKernel('Identity', 'wasm');
  tf.registerKernel({ kernelName: 'Identity', backendName: 'wasm', kernelFunc: kernelFunc as unknown as tf.KernelFunc });
}

/**
 * Whether the kernels of `group` can run now: wasm backend active, `OPTLAB_FUSED` not 0, and `probe` (a
 * module of the group) validates (SIMD, bulk memory). Registers `kernels` (and the sharing `Identity`) on
 * first success.
 */
export function wasmKernelsReady(group: string, probe: () => { name: string; asm: Asm }[], kernels: Record<string, (a: KernelArgs) => tf.TensorInfo[]>): boolean {
  if (tf.getBackend() !== 'wasm' || process.env.OPTLAB_FUSED === '0') return false;
  let ok = registered.get(group);
  if (ok === undefined) {
    ok = false;
    try {
      if (memoryOf(tf.backend() as unknown as WasmBackendLike) && WA.validate(encodeModule(probe()))) {
        shareIdentity();
        for (const [kernelName, f] of Object.entries(kernels)) {
          tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc: f as unknown as tf.KernelFunc });
        }
        ok = true;
      }
    } catch {
      ok = false;
    }
    registered.set(group, ok);
  }
  return ok;
}

/** engine().runKernel, always as a list of outputs. */
export function runKernel(name: string, inputs: Record<string, tf.Tensor>, attrs: object): tf.Tensor[] {
  const out = tf.engine().runKernel(name, inputs as unknown as tf.NamedTensorMap, attrs as tf.NamedAttrMap) as tf.Tensor | tf.Tensor[];
  return Array.isArray(out) ? out : [out];
}
