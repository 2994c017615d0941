import * as assert from 'assert';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import { StepStats } from '../../src/core/stepStats';

/**
 * The trainer's ‖g‖² and ‖Δp‖² (stepStats.ts) on wasm (fused sums, heap snapshots) and cpu (tfjs ops) against a
 * float64 sum of the same float32 values.
 */
describe('step statistics (gradient norm, update size)', () => {
  after(async () => {
    await initBackend('cpu');
  });
  const values = (n: number, seed: number): Float32Array => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.37 + seed) * (1 + (i % 7)));
  const sq64 = (xs: Float32Array[]): number => xs.reduce((a, x) => a + x.reduce((b, v) => b + v * v, 0), 0);

  for (const backend of ['wasm', 'cpu'] as const) {
    it(`${backend}: equal a float64 sum to float32 rounding, and Δp is measured from the values before the update`, async () => {
      await initBackend(backend);
      const shapes = [[130, 68], [68], [4100]];
      const params = shapes.map((s, i) => tf.variable(tf.tensor(values(s.reduce((a, b) => a * b, 1), i), s)));
      const grads = shapes.map((s, i) => tf.tensor(values(s.reduce((a, b) => a * b, 1), 10 + i), s));
      const stats = new StepStats(params);
      const loss = tf.scalar(2.5);
      const [l, gsq] = await stats.lossAndGradNormSq(loss, grads);
      assert.strictEqual(l, 2.5);
      const want = sq64(grads.map((g) => g.dataSync() as Float32Array));
      assert.ok(Math.abs(gsq - want) <= 1e-6 * want, `‖g‖² ${gsq} vs ${want}`);
      stats.takeBefore();
      const old = params.map((p) => Float32Array.from(p.dataSync()));
      // an "update": p ← p − 0.01·g, written the way the optimizers write (assign)
      params.forEach((p, i) => p.assign(tf.sub(p, tf.mul(grads[i], 0.01))));
      const usq = await stats.updateSq();
      const diffs = params.map((p, i) => Float32Array.from(p.dataSync(), (v, j) => v - old[i][j]));
      const wantU = sq64(diffs);
      assert.ok(Math.abs(usq - wantU) <= 1e-5 * wantU, `‖Δp‖² ${usq} vs ${wantU}`);
      // Negative control: without an update the size is 0.
      stats.takeBefore();
      assert.strictEqual(await stats.updateSq(), 0);
      stats.dispose();
      tf.dispose([...params, ...grads, loss]);
    });
  }
});
