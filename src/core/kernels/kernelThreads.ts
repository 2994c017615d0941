/**
 * A second thread for one job's largest kernels (the linear layers' and Newton–Schulz's GEMMs, causal
 * attention): when an experiment runs fewer training workers than the machine has cores, each worker may
 * split a kernel's output rows (attention: its sequences) with one helper thread. Measured here: two threads
 * each keep the full 128-bit SIMD mul+add roof (54 GFLOP/s each), so a single-job run would otherwise leave
 * half the machine idle while PyTorch's BLAS uses both cores.
 *
 * How: tfjs's wasm heap is an ordinary (unshared) memory — tfjs's threaded build does not start in Node — so
 * the helper works in a memory of its own, a shared WebAssembly.Memory. The calling thread copies the
 * helper's inputs into it, signals, computes its own rows in place on tfjs's heap, waits, and copies the
 * helper's rows back. Every output element is still computed by the same code in the same order, so results
 * are bit-identical with and without the helper (tested). How many rows the helper takes follows the two
 * threads' measured speeds (`balance`), so a core slowed by another process does not hold the step back.
 *
 * Signalling is by Atomics on a small shared control block (the helper blocks in Atomics.wait, the caller
 * too while it waits): no event loop, no message per call. Compiled modules reach the helper once each over
 * a MessagePort that it drains synchronously (receiveMessageOnPort) when a call names a module it lacks.
 */
import { encodeModule, type Asm } from './wasmAsm';
import { WA, type WasmMemory } from './wasmRuntime';

/** A kernel module's functions, as wasmFunctions takes them. */
type ModuleBuild = () => { name: string; asm: Asm }[];

/** Largest shared memory the helper may use (64 KiB pages): 1 GiB, reserved only as it grows. */
const MAX_PAGES = 16384;
const PAGE = 65536;
/** A helper that has not answered a call in this long is taken as lost: the call fails instead of hanging. */
const CALL_TIMEOUT_MS = 60_000;

/**
 * The control block (Int32, shared): the call number, the last finished call, its status (0 ok, 1 failed),
 * the module id, the argument count, which arguments are f32 (bit i: argument i, stored as float bits), the
 * helper's time in the kernel (f32, ms), then the arguments. The helper's program
 * (runner/kernelHelperThread.ts) reads the same slots.
 */
export const CONTROL = { seq: 0, done: 1, status: 2, module: 3, nargs: 4, floatMask: 5, elapsed: 6, args: 7, maxArgs: 16 } as const;

/** A block of floats on tfjs's heap (byte pointer): `rows` rows (default 1) of `floats`, `stride` floats apart. */
export interface HeapBlock {
  ptr: number;
  floats: number;
  rows?: number;
  stride?: number;
}

/**
 * An argument of a helper call: where input i, output i or scratch i sits in the helper's memory (a byte
 * offset), an f32, or an integer as is.
 */
export type HelperArg = number | { input: number } | { output: number } | { scratch: number } | { f32: number };

/** What a call reads and writes: inputs copied in (compacted), outputs copied back, scratch sizes (floats). */
export interface HelperIo {
  inputs: HeapBlock[];
  outputs: HeapBlock[];
  scratch: number[];
}

const blockFloats = (b: HeapBlock): number => b.floats * (b.rows ?? 1);
const align64 = (bytes: number): number => Math.ceil(bytes / 64) * 64;

/** A compiled kernel module for the helper: instantiate `module` on the shared memory, call export `name` for `id`. */
export interface HelperModule {
  id: number;
  name: string;
  module: object;
}

/**
 * Starts the helper thread on the shared memory and control block and returns how to hand it modules. The
 * runner provides it (threads are the runner's: the core imports no worker_threads).
 */
export type HelperLauncher = (memory: WasmMemory, control: SharedArrayBuffer) => { send(m: HelperModule): void };

interface SharedMemory extends WasmMemory {
  grow(pages: number): number;
}

/** One helper thread and its shared memory. Calls are strictly one at a time: start, then finish. */
export class KernelHelper {
  private readonly memory: SharedMemory;
  private readonly control = new Int32Array(new SharedArrayBuffer(4 * (CONTROL.args + CONTROL.maxArgs)));
  private readonly controlF32 = new Float32Array(this.control.buffer);
  private readonly send: (m: HelperModule) => void;
  private readonly moduleIds = new Map<string, number>();
  private seq = 0;
  private pending = false;
  /** Calls the helper has run (for tests and the bench's profile). */
  calls = 0;
  /** The helper's share of a split kernel's work, following the two threads' measured speeds. */
  private helperShare = 0.5;
  private view: Float32Array;

  /** `maxPages`: how far the helper's memory may grow (64 KiB pages; tests use a small one). */
  constructor(launch: HelperLauncher, private readonly maxPages = MAX_PAGES) {
    const Memory = WA.Memory as unknown as new (d: { initial: number; maximum: number; shared: boolean }) => SharedMemory;
    this.memory = new Memory({ initial: Math.min(16, maxPages), maximum: maxPages, shared: true });
    this.view = new Float32Array(this.memory.buffer);
    this.send = launch(this.memory, this.control.buffer as SharedArrayBuffer).send;
  }

  /**
   * The shared memory as floats, at least `bytes` long (grows it; a grown memory gets a new view), or
   * undefined when it cannot grow that far (over MAX_PAGES, or the system refuses the pages).
   */
  private floats(bytes: number): Float32Array | undefined {
    const have = this.memory.buffer.byteLength;
    if (bytes > have) {
      const pages = Math.ceil((bytes - have) / PAGE);
      if (have / PAGE + pages > this.maxPages) return undefined;
      try {
        this.memory.grow(pages);
      } catch {
        return undefined;
      }
    }
    if (this.view.buffer !== this.memory.buffer || this.view.length * 4 !== this.memory.buffer.byteLength) this.view = new Float32Array(this.memory.buffer);
    return this.view;
  }

  /**
   * Starts `name` of the module `key` (`build`'s functions, as for wasmFunctions; encoded here for the shared
   * memory on first use) on the helper with
   * integer arguments (byte offsets into the shared memory and sizes). `finish` must follow.
   */
  start(key: string, build: ModuleBuild, name: string, args: number[], floatMask = 0): void {
    if (this.pending) throw new Error('kernel thread: a call is already running');
    if (args.length > CONTROL.maxArgs) throw new Error(`kernel thread: ${args.length} arguments (at most ${CONTROL.maxArgs})`);
    // One id per (module, export): the helper keeps one function per id.
    const fn = `${key}/${name}`;
    let id = this.moduleIds.get(fn);
    if (id === undefined) {
      id = this.moduleIds.size + 1;
      this.send({ id, name, module: new WA.Module(encodeModule(build(), this.maxPages)) });
      this.moduleIds.set(fn, id);
    }
    const c = this.control;
    c[CONTROL.module] = id;
    c[CONTROL.nargs] = args.length;
    c[CONTROL.floatMask] = floatMask;
    args.forEach((v, i) => {
      if ((floatMask >> i) & 1) this.controlF32[CONTROL.args + i] = v;
      else c[CONTROL.args + i] = v;
    });
    this.seq++;
    this.calls++;
    this.pending = true;
    Atomics.store(c, CONTROL.seq, this.seq);
    Atomics.notify(c, CONTROL.seq);
  }

  /**
   * Starts `name` on copies: every input block of tfjs's heap (`heap`, a view taken after the call's last
   * allocation) is copied compactly into the helper's memory, outputs and scratch get room there, and `args`
   * name those places. Returns the call's end: it waits for the helper and copies each output back into its
   * heap block (take `heap` again if the heap may have grown since). Undefined, and nothing started, when the
   * helper's memory cannot hold the call: the caller then does all of the work itself.
   */
  startOnCopies(heap: Float32Array, key: string, build: ModuleBuild, name: string, io: HelperIo, args: HelperArg[]): ((heapAfter: Float32Array) => void) | undefined {
    let end = 0;
    const place = (floats: number): number => {
      const at = end;
      end = align64(end + 4 * floats);
      return at;
    };
    const inputs = io.inputs.map((b) => place(blockFloats(b)));
    const outputs = io.outputs.map((b) => place(blockFloats(b)));
    const scratch = io.scratch.map((f) => place(f));
    const sh = this.floats(end);
    if (!sh) return undefined;
    io.inputs.forEach((b, i) => copyBlock(heap, b, sh, inputs[i], false));
    let floatMask = 0;
    const values = args.map((a, i) => {
      if (typeof a === 'number') return a;
      if ('f32' in a) {
        floatMask |= 1 << i;
        return a.f32;
      }
      return 'input' in a ? inputs[a.input] : 'output' in a ? outputs[a.output] : scratch[a.scratch];
    });
    this.start(key, build, name, values, floatMask);
    return (heapAfter) => {
      this.finish();
      const out = this.floats(0) as Float32Array;
      io.outputs.forEach((b, i) => copyBlock(heapAfter, b, out, outputs[i], true));
    };
  }

  /**
   * How much of `units` (rows, sequences) the helper should take: its share of the two threads' recent speed,
   * so that both finish together even when another process slows one core; at least 1 unit each side.
   */
  helperUnits(units: number, multiple = 1): number {
    const h = Math.round((units * this.helperShare) / multiple) * multiple;
    return Math.min(units - multiple, Math.max(multiple, h));
  }

  /**
   * After a split call: updates the helper's share from this call's speeds (work units per ms of each thread's
   * time in the kernel), smoothed over calls and kept within 10–90%.
   */
  balance(mainUnits: number, mainMs: number, helperUnits: number): void {
    const helperMs = this.controlF32[CONTROL.elapsed];
    if (!(mainMs > 0.05 && helperMs > 0.05)) return;
    const [rm, rh] = [mainUnits / mainMs, helperUnits / helperMs];
    this.helperShare = Math.min(0.9, Math.max(0.1, 0.8 * this.helperShare + 0.2 * (rh / (rm + rh))));
  }

  /** Waits for the call `start` began; throws if it failed or the helper did not answer in time. */
  finish(): void {
    if (!this.pending) return;
    this.pending = false;
    const c = this.control;
    const deadline = Date.now() + CALL_TIMEOUT_MS;
    for (;;) {
      const done = Atomics.load(c, CONTROL.done);
      if (done === this.seq) break;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('kernel thread did not answer');
      Atomics.wait(c, CONTROL.done, done, left);
    }
    if (Atomics.load(c, CONTROL.status) !== 0) throw new Error('kernel thread: the kernel failed');
  }
}

/** Copies a heap block to the compact run at byte `at` of `sh`, or back (`back`). */
function copyBlock(heap: Float32Array, b: HeapBlock, sh: Float32Array, at: number, back: boolean): void {
  const rows = b.rows ?? 1;
  const stride = b.stride ?? b.floats;
  for (let r = 0; r < rows; r++) {
    const h = b.ptr / 4 + r * stride;
    const s = at / 4 + r * b.floats;
    if (back) heap.set(sh.subarray(s, s + b.floats), h);
    else sh.set(heap.subarray(h, h + b.floats), s);
  }
}

/**
 * Runs this thread's part of a kernel (`own`); when the helper took the rest (`finish` from startOnCopies),
 * waits for it, copies its outputs back into `heap()` and feeds the balance with both threads' speeds.
 */
export function runSplit(finish: ((heap: Float32Array) => void) | undefined, heap: () => Float32Array, mainUnits: number, helperUnits: number, own: () => void): void {
  const t0 = performance.now();
  try {
    own();
  } finally {
    if (finish) {
      const ms = performance.now() - t0;
      finish(heap());
      helper?.balance(mainUnits, ms, helperUnits);
    }
  }
}

let threads = 1;
let launcher: HelperLauncher | undefined;
let helper: KernelHelper | undefined;
let failed = false;

/**
 * How many threads one job's kernels may use: 1 (this thread only) or 2 (one helper, started by `launch` on
 * first use). `OPTLAB_KERNEL_THREADS` overrides what the caller asks for (1 turns the helper off, e.g. for a
 * same-run A/B).
 */
export function setKernelThreads(n: number, launch?: HelperLauncher): void {
  if (launch) launcher = launch;
  const env = Number(process.env.OPTLAB_KERNEL_THREADS);
  const want = Number.isInteger(env) && env >= 1 ? env : n;
  // A helper already started stays (blocked in Atomics.wait it costs nothing) for when 2 is asked again.
  threads = Math.max(1, Math.min(2, Math.floor(want) || 1));
}

/**
 * Kernel threads for each of `workers` training workers on `cores` cores: a second thread only where a
 * worker would otherwise leave a core idle (one worker on two cores; none when the workers fill them).
 */
export function kernelThreadsFor(workers: number, cores: number): number {
  return Math.max(1, Math.min(2, Math.floor(cores / Math.max(1, workers))));
}

/** The threads setKernelThreads allows now. */
export function kernelThreads(): number {
  return threads;
}

/**
 * The helper when a second thread is allowed, started on first use; undefined otherwise, or once starting one
 * failed (the kernels then run on this thread alone).
 */
export function kernelHelper(): KernelHelper | undefined {
  if (threads < 2 || failed || !launcher) return undefined;
  if (!helper) {
    try {
      helper = new KernelHelper(launcher);
    } catch {
      failed = true;
    }
  }
  return helper;
}
