import * as assert from 'assert';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import { Expr, commit, fusedKernel, fusedSum } from '../../src/core/optimizers/fused';
import { createOptimizer } from '../../src/core/optimizers/registry';
import { ownedVariable } from '../../src/core/kernels/wasmRuntime';
import type { NamedParam } from '../../src/core/optimizers/types';

/** Values 1…n (plus offset), small enough that every product below is exact in float32. */
const ramp = (n: number, offset = 0): number[] => Array.from({ length: n }, (_, i) => i + 1 + offset);

/** A variable that owns its buffer alone (the initial tensor is freed), as optimizer state and task weights do. */
const owned = (values: number[], shape: number[] = [values.length]): tf.Variable => tf.tidy(() => tf.variable(tf.tensor(values, shape), false));

// An odd length exercises the unrolled loop (16 floats), the 4-wide loop and the scalar tail.
const N = 16 * 3 + 4 + 3;

describe('fused elementwise kernels (in-place outputs)', () => {
  // p ← p − lr·g and m ← m + g: outputs named like inputs replace them.
  const kernel = fusedKernel('test-inplace', ['p', 'g', 'm'], ['lr'], (x, s) => ({ p: x.p.sub(x.g.mul(s.lr)), m: x.m.add(x.g), q: x.p.add(1) }));

  for (const backend of ['wasm', 'cpu'] as const) {
    describe(`on ${backend}`, () => {
      before(async () => {
        await initBackend(backend);
      });

      it('computes every output over the whole length', () => {
        const p = owned(ramp(N));
        const m = owned(ramp(N, 100));
        const g = tf.tensor1d(ramp(N, 10));
        const before = tf.memory().numTensors;
        const q = tf.tidy(() => {
          const out = kernel.run({ p, g, m }, { lr: 0.5 });
          commit(p, out.p);
          commit(m, out.m);
          return out.q;
        });
        assert.strictEqual(tf.memory().numTensors, before + 1, 'only the new output q survives the tidy');
        assert.deepStrictEqual(Array.from(p.dataSync()), ramp(N).map((v, i) => v - 0.5 * (i + 11)));
        assert.deepStrictEqual(Array.from(m.dataSync()), ramp(N, 100).map((v, i) => v + i + 11));
        assert.deepStrictEqual(Array.from(q.dataSync()), ramp(N).map((v) => v + 1), 'q reads p before it is overwritten');
        tf.dispose([p, m, g, q]);
      });

      it('writes into an unshared buffer in place on wasm only, never into a shared one', () => {
        const p = owned(ramp(N));
        const m = owned(ramp(N));
        const g = tf.tensor1d(ramp(N));
        // A view that shares p's buffer (reshape shares data on every backend), as a saved copy would.
        const view = tf.reshape(p, [N, 1]);
        const out = kernel.run({ p, g, m }, { lr: 1 });
        assert.strictEqual(out.m === m, backend === 'wasm', 'm (unshared) is written in place exactly on wasm');
        assert.notStrictEqual(out.p, p, 'p is shared with a view: it gets a new tensor');
        assert.deepStrictEqual(Array.from(view.dataSync()), ramp(N), 'the view still holds the old values');
        assert.deepStrictEqual(Array.from(out.p.dataSync()), ramp(N).map(() => 0));
        assert.deepStrictEqual(Array.from(m.dataSync()), ramp(N).map((v) => (backend === 'wasm' ? 2 * v : v)));
        commit(m, out.m);
        assert.deepStrictEqual(Array.from(m.dataSync()), ramp(N).map((v) => 2 * v));
        tf.dispose([p, m, g, view, out.p, out.q]);
        if (out.m !== m) out.m.dispose();
      });

      it('does not let two outputs overwrite one buffer passed for both inputs', () => {
        const twin = fusedKernel('test-twin', ['a', 'b'], [], (x) => ({ a: x.a.add(x.b), b: x.b.mul(3) }));
        const t = owned(ramp(N));
        const out = twin.run({ a: t, b: t }, {});
        assert.deepStrictEqual(Array.from(out.a.dataSync()), ramp(N).map((v) => 2 * v));
        assert.deepStrictEqual(Array.from(out.b.dataSync()), ramp(N).map((v) => 3 * v));
        tf.dispose([t, out.a, out.b].filter((x, i, all) => all.indexOf(x) === i));
      });

      it('ownedVariable keeps the values exactly, frees its input and (on wasm) starts large buffers on a cache line', () => {
        const before = tf.memory().numTensors;
        const made: tf.Variable[] = [];
        // Sizes whose chunks shift the allocator by different amounts; -0 and NaN must survive the copy.
        for (const n of [4096, 5000, 65537, 100_003]) {
          const values = Float32Array.from({ length: n }, (_, i) => (i === 0 ? -0 : i === 1 ? NaN : Math.fround(Math.sin(i) * 1e-3)));
          const v = ownedVariable(tf.tensor1d(values), false);
          made.push(v);
          const got = v.dataSync();
          assert.ok(Object.is(got[0], -0) && Number.isNaN(got[1]), 'sign of zero and NaN kept');
          assert.deepStrictEqual(Array.from(got.subarray(2)), Array.from(values.subarray(2)));
          const backend = tf.backend() as unknown as { refCount(id: object): number; dataIdMap: { get(id: object): { memoryOffset: number } } };
          if (tf.getBackend() === 'wasm') {
            assert.strictEqual(backend.refCount(v.dataId), 1, 'the variable alone owns its buffer');
            assert.strictEqual(backend.dataIdMap.get(v.dataId).memoryOffset % 64, 0, `n=${n}: buffer on a cache line`);
          }
        }
        assert.strictEqual(tf.memory().numTensors, before + made.length, 'only the variables remain');
        // Reassigned and disposed, an aligned buffer goes back to the allocator (an interior pointer freed
        // would corrupt the heap and fail the checks that follow).
        const next = tf.add(made[2], 1);
        made[2].assign(next);
        next.dispose();
        tf.dispose(made);
        const again = ownedVariable(tf.fill([70_000], 2), false);
        assert.strictEqual(again.dataSync()[69_999], 2);
        again.dispose();
        assert.strictEqual(tf.memory().numTensors, before);
      });

      it('min/max propagate NaN and order signed zeros like torch.minimum/maximum, with constants too', () => {
        const special = [NaN, -0, 0, -Infinity, Infinity, 0.5, 1, 3, -2, 1e-30, -1e30];
        const xs = Array.from({ length: 3 * 16 + 5 }, (_, i) => special[i % special.length]);
        const ys = xs.map((_, i) => special[(i * 7 + 3) % special.length]);
        const k = fusedKernel('test-minmax', ['x', 'y'], [], (e) => ({
          minC: e.x.min(1),
          maxC: e.x.max(-2.5),
          cMin: new Expr({ op: 'const', value: 1 }).min(e.x),
          minZero: e.x.min(0),
          maxZero: e.x.max(0),
          minXY: e.x.min(e.y),
          maxXY: e.x.max(e.y),
        }));
        const x = tf.tensor1d(xs);
        const y = tf.tensor1d(ys);
        const out = k.run({ x, y }, {});
        const same = (got: tf.Tensor, want: number[], what: string): void =>
          Array.from(got.dataSync()).forEach((v, i) => assert.ok(Object.is(v, Math.fround(want[i])), `${what}[${i}] (x ${xs[i]}, y ${ys[i]}): got ${v}, want ${want[i]}`));
        same(out.minC, xs.map((v) => Math.min(v, 1)), 'min(x, 1)');
        same(out.maxC, xs.map((v) => Math.max(v, -2.5)), 'max(x, -2.5)');
        same(out.cMin, xs.map((v) => Math.min(1, v)), 'min(1, x)');
        same(out.minZero, xs.map((v) => Math.min(v, 0)), 'min(x, 0)');
        same(out.maxZero, xs.map((v) => Math.max(v, 0)), 'max(x, 0)');
        same(out.minXY, xs.map((v, i) => Math.min(v, ys[i])), 'min(x, y)');
        same(out.maxXY, xs.map((v, i) => Math.max(v, ys[i])), 'max(x, y)');
        tf.dispose([x, y, ...Object.values(out)]);
      });

      it('an optimizer step leaves a tensor that shares the parameter untouched', () => {
        const params: NamedParam[] = [{ name: 'w', role: 'hidden', variable: owned(ramp(N), [N, 1]) }];
        const opt = createOptimizer(params, { type: 'adamw', lr: 0.1 });
        const saved = tf.reshape(params[0].variable, [N]);
        const grads = { w: tf.ones([N, 1]) };
        opt.step(grads, 1);
        assert.deepStrictEqual(Array.from(saved.dataSync()), ramp(N), 'the saved view keeps the pre-step values');
        const after = params[0].variable.dataSync();
        // AdamW's first step moves every weight by lr·(wd·p + 1) (up to eps), whatever the gradient scale.
        after.forEach((v, i) => assert.ok(Math.abs(v - (ramp(N)[i] * (1 - 0.1 * 0.01) - 0.1)) < 1e-5, `w[${i}] = ${v}`));
        opt.step(grads, 1);
        assert.deepStrictEqual(Array.from(saved.dataSync()), ramp(N));
        opt.dispose();
        tf.dispose([saved, grads.w, params[0].variable]);
      });
    });
  }
});

describe('fused sums (mask counts, squared norms)', () => {
  // A 0/1 mask count and a sum of squares with a scalar: exact here (integers below 2^24).
  const count = fusedSum('test-count', ['a', 'b'], [], (x) => x.a.mul(x.b).positive());
  const squares = fusedSum('test-squares', ['a'], ['k'], (x, s) => x.a.mul(s.k).mul(x.a.mul(s.k)));
  for (const backend of ['wasm', 'cpu'] as const) {
    describe(`on ${backend}`, () => {
      before(async () => {
        await initBackend(backend);
      });
      it('adds up the expression over every element (unrolled loop, 4-wide loop and tail) and leaves no tensors', () => {
        for (const n of [1, 3, 4, 16, N, 4099]) {
          const a = tf.tensor1d(ramp(n).map((v) => (v % 3 === 0 ? -v : v)));
          const b = tf.tensor1d(ramp(n).map((v) => (v % 5 === 0 ? 0 : 1)));
          const before = tf.memory().numTensors;
          const want = ramp(n).filter((v) => v % 3 !== 0 && v % 5 !== 0).length;
          assert.strictEqual(count.run({ a, b }, {}), want, `count n=${n}`);
          const sq = squares.run({ a }, { k: 2 });
          const exact = ramp(n).reduce((t, v) => t + 4 * v * v, 0);
          // Exact while the partial sums stay below 2^24; float32 accumulation error beyond (relative, tiny).
          if (exact < 2 ** 24) assert.strictEqual(sq, exact, `squares n=${n}`);
          else assert.ok(Math.abs(sq - exact) / exact < 1e-6, `squares n=${n}: ${sq} vs ${exact}`);
          assert.strictEqual(tf.memory().numTensors, before, 'a sum leaves no tensors');
          tf.dispose([a, b]);
        }
      });
    });
  }
});

describe('min/max against scalars declared nonzero (one pmin/pmax)', () => {
  const declared = fusedKernel('test-clamp-declared', ['a'], ['lo', 'hi'], (x, s) => ({ c: x.a.max(s.lo).min(s.hi) }), { nonzeroScalars: ['lo', 'hi'] });
  const plain = fusedKernel('test-clamp-plain', ['a'], ['lo', 'hi'], (x, s) => ({ c: x.a.max(s.lo).min(s.hi) }));
  before(async () => {
    await initBackend('wasm');
  });
  it('gives the NaN-propagating result (NaN, ±0, ±∞, in and out of range) and refuses a zero scalar', () => {
    const vals = [NaN, 0, -0, Infinity, -Infinity, 0.5, -0.5, 3, -3, ...ramp(N).map((v) => v / 7 - 4)];
    const a = tf.tensor1d(vals);
    const [x, y] = tf.tidy(() => [declared.run({ a }, { lo: -1.5, hi: 1.25 }).c, plain.run({ a }, { lo: -1.5, hi: 1.25 }).c]);
    const want = vals.map((v) => (Number.isNaN(v) ? NaN : Math.min(Math.max(v, -1.5), 1.25)));
    assert.deepStrictEqual(Array.from(x.dataSync()), want.map(Math.fround));
    assert.deepStrictEqual(Array.from(x.dataSync()), Array.from(y.dataSync()));
    assert.throws(() => declared.run({ a }, { lo: 0, hi: 1 }), /finite and nonzero/);
    tf.dispose([a, x, y]);
  });
});
