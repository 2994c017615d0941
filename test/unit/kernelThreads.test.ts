import * as assert from 'assert';
import { tf } from '../../src/core/tf';
import { attentionKernel, attentionKernelAvailable } from '../../src/core/kernels/attention';
import { Asm, I32 } from '../../src/core/kernels/wasmAsm';
import { initBackend } from '../../src/core/backend';
import { trainJob, type JobSpec } from '../../src/core/trainer';
import { launchKernelHelper } from '../../src/runner/kernelHelperThread';
import { CONTROL, KernelHelper, kernelHelper, kernelThreads, kernelThreadsFor, setKernelThreads } from '../../src/core/kernels/kernelThreads';
import type { MetricRow } from '../../src/core/events';

/**
 * The second kernel thread (kernels/kernelThreads.ts): when one is given, and that training with it changes no
 * bit of a run (the helper computes whole output rows with the same code and summation order).
 */
describe('kernel threads', () => {
  it('a second thread only where the workers leave a core idle', () => {
    assert.strictEqual(kernelThreadsFor(1, 2), 2);
    assert.strictEqual(kernelThreadsFor(2, 2), 1);
    assert.strictEqual(kernelThreadsFor(1, 1), 1);
    assert.strictEqual(kernelThreadsFor(7, 8), 1);
    assert.strictEqual(kernelThreadsFor(1, 8), 2, 'never more than one helper');
    assert.strictEqual(kernelThreadsFor(3, 8), 2);
  });

  it('the split follows the two threads\' measured speeds, within 10–90%, at least one unit each side', () => {
    let control: SharedArrayBuffer | undefined;
    const helper = new KernelHelper((_memory, c) => {
      control = c;
      return { send: () => undefined };
    });
    const elapsed = new Float32Array(control as SharedArrayBuffer);
    assert.strictEqual(helper.helperUnits(16), 8, 'half before anything is measured');
    // The helper needs 3× as long per unit (its core is shared): it should get a quarter.
    for (let i = 0; i < 40; i++) {
      elapsed[CONTROL.elapsed] = 30;
      helper.balance(100, 10, 100);
    }
    assert.strictEqual(helper.helperUnits(16), 4);
    assert.strictEqual(helper.helperUnits(2048, 4), 512);
    // A starved helper keeps 10%, and never less than one unit (a multiple of 4 rows) on either side.
    for (let i = 0; i < 40; i++) {
      elapsed[CONTROL.elapsed] = 1000;
      helper.balance(100, 1, 1);
    }
    assert.strictEqual(helper.helperUnits(100), 10);
    assert.strictEqual(helper.helperUnits(3), 1);
    assert.strictEqual(helper.helperUnits(8, 4), 4);
    // Timings too short to mean anything change nothing.
    elapsed[CONTROL.elapsed] = 0.01;
    helper.balance(100, 0.01, 100);
    assert.strictEqual(helper.helperUnits(100), 10);
  });

  it('a call the helper\'s memory cannot hold is not started (the caller then does all of the work)', () => {
    const helper = new KernelHelper(() => ({ send: () => undefined }), 16);
    const heap = new Float32Array(1 << 20);
    const build = (): { name: string; asm: Asm }[] => [{ name: 'f', asm: new Asm([I32]) }];
    const call = (floats: number): unknown => helper.startOnCopies(heap, 'k', build, 'f', { inputs: [{ ptr: 0, floats }], outputs: [], scratch: [] }, [{ input: 0 }]);
    assert.strictEqual(call(1 << 19), undefined, '2 MiB does not fit in 1 MiB');
    assert.strictEqual(helper.calls, 0);
    assert.strictEqual(typeof call(1 << 14), 'function', '64 KiB fits');
    assert.strictEqual(helper.calls, 1);
  });

  it('OPTLAB_KERNEL_THREADS=1 overrides what the caller asks for', () => {
    const saved = process.env.OPTLAB_KERNEL_THREADS;
    try {
      process.env.OPTLAB_KERNEL_THREADS = '1';
      setKernelThreads(2, launchKernelHelper);
      assert.strictEqual(kernelThreads(), 1);
      delete process.env.OPTLAB_KERNEL_THREADS;
      setKernelThreads(2, launchKernelHelper);
      assert.strictEqual(kernelThreads(), 2);
    } finally {
      if (saved === undefined) delete process.env.OPTLAB_KERNEL_THREADS;
      else process.env.OPTLAB_KERNEL_THREADS = saved;
      setKernelThreads(1);
    }
  });

  describe('char_lm training on wasm', () => {
    before(async () => {
      await initBackend('wasm');
    });
    after(async () => {
      setKernelThreads(1);
      await initBackend('cpu');
    });

    const spec = (type: 'adamw' | 'muon'): JobSpec => ({
      key: { id: 'j', run: 'r', seed: 3 },
      // d 128, context 128: the linear products (2048 × 128 × 384…512) and the attention (B·H·T²·dₕ = 33.5 M)
      // are large enough to be split.
      task: { type: 'char_lm', layers: 1, dModel: 128, heads: 4, context: 128, batchSize: 16 },
      optimizer: type === 'adamw' ? { type, lr: 3e-3, weightDecay: 0.1 } : { type, lr: 0.02 },
      steps: 4,
      evalEvery: 2,
    });
    const losses = async (s: JobSpec): Promise<number[]> => {
      const rows: MetricRow[] = [];
      await trainJob(s, { emit: (e) => e.kind === 'metrics' && rows.push(...e.rows), isCancelled: () => false, flushMs: 0 });
      return rows.flatMap((r) => [r.loss, r.gradNorm, r.updateRms, ...(r.valLoss === undefined ? [] : [r.valLoss])]);
    };

    it('causal attention forward and gradient are bit-identical with one and two kernel threads (odd batch)', () => {
      const [B, T, H, d] = [9, 128, 4, 128];
      assert.ok(attentionKernelAvailable(T, d, H));
      let s = 12345;
      const qkv = tf.tensor2d(Float32Array.from({ length: B * T * 3 * d }, () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 4 - 2), [B * T, 3 * d]);
      const dy = tf.randomNormal([B * T, d], 0, 1, 'float32', 7);
      const run = (): Int32Array[] => {
        let max = new Int32Array(0);
        const o = attentionKernel(qkv, B, T, H, (m) => (max = new Int32Array(Float32Array.from(m.dataSync()).buffer)));
        const g = tf.grad((x: tf.Tensor) => tf.sum(tf.mul(attentionKernel(x as tf.Tensor2D, B, T, H), dy)))(qkv);
        const out = [o, g].map((t) => new Int32Array(Float32Array.from(t.dataSync()).buffer));
        tf.dispose([o, g]);
        return [...out, max];
      };
      setKernelThreads(1);
      const one = run();
      setKernelThreads(2, launchKernelHelper);
      const before = kernelHelper()?.calls ?? 0;
      const two = run();
      assert.ok((kernelHelper()?.calls ?? 0) >= before + 3, 'forward, and forward + backward, ran on the helper');
      assert.deepStrictEqual(two, one);
      // Negative control: the helper's sequences were written (the last row of the output is not zero).
      assert.ok(two[0].subarray(-d).some((v) => v !== 0));
      tf.dispose([qkv, dy]);
    });

    for (const type of ['adamw', 'muon'] as const) {
      it(`${type}: every logged loss is bit-identical with one and two kernel threads`, async () => {
        setKernelThreads(1);
        const one = await losses(spec(type));
        setKernelThreads(2, launchKernelHelper);
        const before = kernelHelper()?.calls ?? 0;
        const two = await losses(spec(type));
        assert.ok((kernelHelper()?.calls ?? 0) > before, 'the helper took part');
        assert.ok(one.length >= 4);
        assert.deepStrictEqual(two, one);
      });
    }
  });
});
