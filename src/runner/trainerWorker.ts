/** worker_threads entry: initialises a tfjs backend once, then runs jobs from the core and posts events. */
import { parentPort } from 'worker_threads';
import { initBackend } from '../core/backend';
import { trainJob } from '../core/trainer';
import { snapshotWriter } from '../core/snapshots';
import { setKernelThreads } from '../core/kernels/kernelThreads';
import { launchKernelHelper } from './kernelHelperThread';
import { isToWorker, WORKER_PROTOCOL_VERSION } from './messages';
import type { FromWorker } from './messages';

if (!parentPort) throw new Error('trainerWorker must run in a worker thread');
const port = parentPort;
let cancel: Int32Array | undefined;
let runDir = '';
let queue: Promise<void> = Promise.resolve();
const post = (m: FromWorker): void => port.postMessage(m);

port.on('message', (m: unknown) => {
  if (!isToWorker(m)) return;
  if (m.type === 'init') {
    if (m.version !== WORKER_PROTOCOL_VERSION) {
      post({ type: 'init-failed', message: `worker protocol ${WORKER_PROTOCOL_VERSION}, host sent ${m.version}` });
      return;
    }
    cancel = new Int32Array(m.cancelFlag);
    runDir = m.runDir;
    setKernelThreads(m.kernelThreads, launchKernelHelper);
    initBackend(m.backend).then(
      (backend) => post({ type: 'ready', backend }),
      (e: unknown) => post({ type: 'init-failed', message: e instanceof Error ? e.message : String(e) }),
    );
  } else if (m.type === 'job') {
    const spec = m.spec;
    queue = queue.then(async () => {
      await trainJob(spec, {
        emit: (event) => post({ type: 'event', event }),
        isCancelled: () => (cancel ? Atomics.load(cancel, 0) !== 0 : false),
        snapshot: snapshotWriter(runDir, spec.key.id),
      });
      post({ type: 'idle' });
    });
  } else {
    process.exit(0);
  }
});
