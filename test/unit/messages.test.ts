/** Worker message guards (runner ⇄ trainer/spectrum workers): a message needs every field of its kind. */
import * as assert from 'assert';
import { isFromWorker, isToWorker } from '../../src/runner/messages';
import { isFromSpectrumWorker, isToSpectrumWorker } from '../../src/runner/spectrumMessages';

const job = { id: 'a__s0', run: 'a', seed: 0 };

describe('worker message guards', () => {
  it('trainer messages: the tag alone is not enough; well-formed messages pass', () => {
    for (const bad of [{ type: 'event' }, { type: 'event', event: { kind: 'metrics', job } }, { type: 'event', event: { kind: 'metrics', job: { id: 1 }, rows: [] } },
      { type: 'event', event: { kind: 'end', job, result: {} } }, { type: 'init-failed' }, { type: 'ready' }, { type: 'nope' }, null, 'idle']) {
      assert.strictEqual(isFromWorker(bad), false, JSON.stringify(bad));
    }
    assert.ok(isFromWorker({ type: 'event', event: { kind: 'metrics', job, rows: [{ step: 0, loss: 1 }] } }));
    assert.ok(isFromWorker({ type: 'event', event: { kind: 'end', job, result: { job, status: 'done', stepsDone: 3 } } }));
    assert.ok(isFromWorker({ type: 'idle' }));
    assert.strictEqual(isToWorker({ type: 'job' }), false);
    assert.strictEqual(isToWorker({ type: 'init', version: 2, backend: 'cpu', cancelFlag: new ArrayBuffer(4), runDir: '/x', kernelThreads: 1 }), false);
    assert.ok(isToWorker({ type: 'init', version: 2, backend: 'cpu', cancelFlag: new SharedArrayBuffer(4), runDir: '/x', kernelThreads: 2 }));
    assert.strictEqual(isToWorker({ type: 'init', version: 2, backend: 'cpu', cancelFlag: new SharedArrayBuffer(4), runDir: '/x' }), false, 'kernelThreads is required');
    assert.ok(isToWorker({ type: 'job', spec: { key: job, task: {}, optimizer: {}, steps: 5, evalEvery: 1 } }));
  });

  it('spectrum messages: full requests only', () => {
    const request = { source: { kind: 'gaussian', rows: 4, cols: 3, seed: 1 }, sets: [{ preset: 'jordan', coefficients: [3.4445, -4.775, 2.0315] }], steps: 5, dtype: 'float32' };
    assert.ok(isToSpectrumWorker({ type: 'compute', id: 1, version: 1, backend: 'cpu', request }));
    assert.strictEqual(isToSpectrumWorker({ type: 'compute', id: 1 }), false);
    assert.strictEqual(isToSpectrumWorker({ type: 'compute', id: 1, version: 1, backend: 'cpu', request: { ...request, dtype: 'fp8' } }), false);
    assert.strictEqual(isFromSpectrumWorker({ type: 'error', id: 1 }), false);
    assert.ok(isFromSpectrumWorker({ type: 'error', id: 1, message: 'x' }));
  });
});
