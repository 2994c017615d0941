import * as assert from 'assert';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';

describe('backend', () => {
  it('initialises wasm and cpu and computes the same matmul gradient', async () => {
    const results: number[][] = [];
    for (const b of ['wasm', 'cpu'] as const) {
      const info = await initBackend(b);
      assert.strictEqual(info.name, b);
      const g = tf.grad((x: tf.Tensor) => tf.sum(tf.matMul(x, x)))(tf.tensor2d([[1, 2], [3, 4]]));
      results.push(Array.from(g.dataSync()));
      g.dispose();
    }
    assert.deepStrictEqual(results[0], results[1]);
    assert.deepStrictEqual(results[0], [7, 11, 9, 13]);
  });
  it('auto falls back past tensorflow when it is not installed', async () => {
    const info = await initBackend('auto');
    assert.ok(['tensorflow', 'wasm', 'cpu'].includes(info.name));
  });
});
