/**
 * The kernel helper thread (core/kernels/kernelThreads.ts): a worker that instantiates the kernel modules it
 * is sent on the shared memory and runs one call at a time as the control block asks. It blocks in
 * Atomics.wait between calls, so it needs no event loop and no message per call; modules arrive over a port
 * that it drains synchronously (receiveMessageOnPort) when a call names one it lacks.
 */
import { MessageChannel, Worker } from 'worker_threads';
import { CONTROL, type HelperLauncher } from '../core/kernels/kernelThreads';

const C = CONTROL;

/** The helper's whole program (evaluated in the worker; it ends with its parent thread). */
const HELPER_SOURCE = `
const { workerData, receiveMessageOnPort } = require('worker_threads');
const { memory, control, port } = workerData;
const ctl = new Int32Array(control);
const f32 = new Float32Array(control);
const fns = new Map();
let seen = 0;
for (;;) {
  Atomics.wait(ctl, ${C.seq}, seen);
  seen = Atomics.load(ctl, ${C.seq});
  let status = 0;
  try {
    const id = ctl[${C.module}];
    while (!fns.has(id)) {
      const m = receiveMessageOnPort(port);
      if (!m) throw new Error('module ' + id + ' was not sent');
      fns.set(m.message.id, new WebAssembly.Instance(m.message.module, { env: { memory } }).exports[m.message.name]);
    }
    const args = [];
    const mask = ctl[${C.floatMask}];
    for (let i = 0; i < ctl[${C.nargs}]; i++) args.push((mask >> i) & 1 ? f32[${C.args} + i] : ctl[${C.args} + i]);
    const t0 = performance.now();
    fns.get(id)(...args);
    f32[${C.elapsed}] = performance.now() - t0;
  } catch (e) {
    status = 1;
  }
  Atomics.store(ctl, ${C.status}, status);
  Atomics.store(ctl, ${C.done}, seen);
  Atomics.notify(ctl, ${C.done});
}
`;

/** Starts the helper; neither the thread nor its port keeps a finished process alive. */
export const launchKernelHelper: HelperLauncher = (memory, control) => {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(HELPER_SOURCE, { eval: true, workerData: { memory, control, port: port2 }, transferList: [port2] });
  worker.unref();
  port1.unref();
  return { send: (m) => port1.postMessage(m) };
};
