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

export type WasmFn = (...args: number[]) => void;

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
