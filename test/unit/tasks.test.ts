import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import type { TaskConfig } from '../../src/core/config/types';
import type { NamedParam, TensorMap } from '../../src/core/optimizers/types';
import { createTask } from '../../src/core/tasks/index';
import type { Task } from '../../src/core/tasks/types';
import { CharLmModel, crossEntropy, disposeCharLmBatch, makeCharLmBatch, type CharLmSpec } from '../../src/core/tasks/charLm';
import { builtinBatchMatMulGradConfig, fastBatchMatMulGradConfig } from '../../src/core/tasks/fastGrads';
import { loadCorpus, MAX_VOCAB, tokenize } from '../../src/core/tasks/corpus';
import { MlpTask } from '../../src/core/tasks/mlp';
import fixtures from '../fixtures/tasks.json';

type Backend = 'wasm' | 'cpu';
const BACKENDS: Backend[] = ['wasm', 'cpu'];

interface Arr { shape: number[]; values: number[] }

/** |a − e| ≤ atol + rtol·|e| elementwise, with the worst offender in the message. */
function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, atol: number, rtol: number, what: string): void {
  assert.strictEqual(actual.length, expected.length, `${what}: length ${actual.length} vs ${expected.length}`);
  let worst = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const excess = Math.abs(actual[i] - expected[i]) - (atol + rtol * Math.abs(expected[i]));
    if (!(excess <= worst)) {
      worst = Number.isNaN(excess) ? Infinity : excess;
      at = i;
    }
  }
  assert.ok(at < 0, `${what}: index ${at}: ${actual[at]} vs ${expected[at]}`);
}

function gradsOf(task: Pick<Task, 'params'>, f: () => tf.Scalar): { loss: number; grads: TensorMap } {
  const vars = task.params.map((p) => p.variable);
  const { value, grads } = tf.variableGrads(f, vars);
  const out: TensorMap = {};
  for (const p of task.params) out[p.name] = grads[p.variable.name];
  const loss = value.dataSync()[0];
  value.dispose();
  return { loss, grads: out };
}

function sgdStep(params: NamedParam[], grads: TensorMap, lr: number): void {
  tf.tidy(() => {
    for (const p of params) p.variable.assign(tf.sub(p.variable, tf.mul(grads[p.name], lr)));
  });
  tf.dispose(Object.values(grads));
}

/** A few SGD steps on seeded batches; returns the loss sequence. */
function sgdLosses(task: Task, steps: number, lr: number): number[] {
  const losses: number[] = [];
  for (let t = 0; t < steps; t++) {
    const batch = task.nextBatch(t);
    const { loss, grads } = gradsOf(task, () => task.loss(batch));
    losses.push(loss);
    sgdStep(task.params, grads, lr);
  }
  return losses;
}

const TASKS: { name: string; cfg: TaskConfig; lr: number }[] = [
  { name: 'function2d rosenbrock', cfg: { type: 'function2d', fn: 'rosenbrock' }, lr: 1e-4 },
  { name: 'function2d rastrigin', cfg: { type: 'function2d', fn: 'rastrigin' }, lr: 1e-3 },
  { name: 'function2d beale', cfg: { type: 'function2d', fn: 'beale' }, lr: 1e-3 },
  { name: 'function2d quadratic', cfg: { type: 'function2d', fn: 'quadratic', condition: 50 }, lr: 1e-2 },
  { name: 'matrix regression', cfg: { type: 'matrix', problem: 'regression', rows: 16, cols: 8, condition: 100, batchSize: 16 }, lr: 1e-2 },
  { name: 'matrix lowrank', cfg: { type: 'matrix', problem: 'lowrank', rows: 12, cols: 10, rank: 3 }, lr: 1e-1 },
  { name: 'mlp spirals', cfg: { type: 'mlp', dataset: 'spirals', hidden: [16, 16], samples: 300 }, lr: 0.1 },
  { name: 'mlp moons', cfg: { type: 'mlp', dataset: 'moons', hidden: [8], samples: 200 }, lr: 0.1 },
  { name: 'mlp blobs', cfg: { type: 'mlp', dataset: 'blobs', samples: 200, classes: 4 }, lr: 0.1 },
  { name: 'char_lm', cfg: { type: 'char_lm', layers: 1, dModel: 16, heads: 2, context: 16, batchSize: 4, corpus: { chars: 20000 } }, lr: 0.1 },
  { name: 'char_lm tied', cfg: { type: 'char_lm', layers: 1, dModel: 16, heads: 4, context: 8, batchSize: 2, tiedHead: true, corpus: { chars: 5000 } }, lr: 0.1 },
];

describe('tasks', function () {
  this.timeout(300000);

  describe('fastGrads (BatchMatMul gradient without transpose flags)', () => {
    it('is the registered gradient and differs from the built-in one', () => {
      assert.strictEqual(tf.getGradient('BatchMatMul'), fastBatchMatMulGradConfig);
      assert.notStrictEqual(builtinBatchMatMulGradConfig, fastBatchMatMulGradConfig);
    });
    for (const b of BACKENDS) {
      it(`matches PyTorch for every transpose combination, 2-D and batched (${b})`, async () => {
        await initBackend(b);
        for (const c of fixtures.matmul) {
          const a = tf.tensor(c.a.values, c.a.shape);
          const bb = tf.tensor(c.b.values, c.b.shape);
          const g = tf.tensor(c.g.values, c.g.shape);
          const [da, db] = tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(g, tf.matMul(x, y, c.transposeA, c.transposeB))))([a, bb]);
          const what = `${JSON.stringify(c.a.shape)}·${JSON.stringify(c.b.shape)} tA=${c.transposeA} tB=${c.transposeB}`;
          assertClose(da.dataSync(), c.da, 1e-5, 1e-5, `dA ${what}`);
          assertClose(db.dataSync(), c.db, 1e-5, 1e-5, `dB ${what}`);
          tf.dispose([a, bb, g, da, db]);
        }
      });
    }
  });

  describe('char_lm model against PyTorch', () => {
    for (const b of BACKENDS) {
      it(`loss, every gradient and the per-head max logits match (${b})`, async () => {
        await initBackend(b);
        for (const c of fixtures.charlm) {
          const model = new CharLmModel(c.spec as CharLmSpec, 0);
          const params = c.params as Record<string, Arr>;
          assert.deepStrictEqual(model.params.map((p) => p.name).sort(), Object.keys(params).sort());
          for (const p of model.params) {
            assert.deepStrictEqual(p.variable.shape, params[p.name].shape, p.name);
            p.variable.assign(tf.tensor(params[p.name].values, params[p.name].shape));
          }
          const batch = makeCharLmBatch(Int32Array.from(c.inputs), Int32Array.from(c.targets), c.B, c.T, c.spec.vocab);
          let maxLogits: number[] = [];
          const { loss, grads } = gradsOf(model, () => {
            const out = model.forward(batch);
            maxLogits = Array.from(out.maxLogits.dataSync());
            return crossEntropy(out.logits, batch.targetOneHot);
          });
          assertClose([loss], [c.loss], 1e-5, 1e-5, 'loss');
          for (const p of model.params) assertClose(grads[p.name].dataSync(), (c.grads as Record<string, number[]>)[p.name], 2e-5, 2e-4, `grad ${p.name}`);
          assertClose(maxLogits, c.maxLogits.flat(), 1e-4, 1e-5, 'max logits');
          tf.dispose(Object.values(grads));
          disposeCharLmBatch(batch);
          model.dispose();
        }
      });
    }
  });

  describe('function2d and mlp against PyTorch', () => {
    it('function values and gradients', async () => {
      await initBackend('wasm');
      for (const c of fixtures.function2d) {
        const task = createTask({ type: 'function2d', fn: c.fn as 'rosenbrock', condition: c.condition, start: c.start as [number, number] }, 0);
        const { loss, grads } = gradsOf(task, () => task.loss(task.nextBatch(0)));
        assertClose([loss], [c.value], 1e-4, 1e-5, `${c.fn} value at ${c.start}`);
        assertClose(grads.xy.dataSync(), c.grad, 1e-3, 1e-5, `${c.fn} grad at ${c.start}`);
        assertClose([task.evaluate().valLoss], [c.value], 1e-9, 1e-6, `${c.fn} evaluate`);
        tf.dispose(Object.values(grads));
        task.dispose();
      }
    });
    it('mlp logits for given weights', async () => {
      await initBackend('wasm');
      const c = fixtures.mlp;
      const task = new MlpTask({ type: 'mlp', dataset: 'spirals', hidden: c.hidden, classes: c.classes, samples: 50 }, 0);
      for (const p of task.params) p.variable.assign(tf.tensor((c.params as Record<string, number[]>)[p.name], p.variable.shape));
      const logits = tf.tidy(() => task.forward(tf.tensor2d(c.x, [c.n, 2])).dataSync());
      assertClose(logits, c.logits, 1e-5, 1e-5, 'mlp logits');
      task.dispose();
    });
  });

  describe('every task', () => {
    const lossesByBackend: Record<string, Record<Backend, number[]>> = {};
    for (const b of BACKENDS) {
      for (const t of TASKS) {
        it(`${t.name} (${b}): builds, finite loss, grads for every param, deterministic, no leaks`, async () => {
          await initBackend(b);
          const run = (): { losses: number[]; leak: number[] } => {
            const task = createTask(t.cfg, 3);
            const counts: number[] = [];
            const losses: number[] = [];
            for (let s = 0; s < 4; s++) {
              losses.push(...sgdLosses(task, 1, t.lr));
              counts.push(tf.memory().numTensors);
            }
            task.dispose();
            return { losses, leak: counts };
          };
          run(); // warm-up: shared constants (ones rows for column sums) are created once per engine
          const before = tf.memory().numTensors;
          const r1 = run();
          assert.strictEqual(tf.memory().numTensors, before, 'tensors left after dispose()');
          const r2 = run();
          assert.ok(r1.losses.every(Number.isFinite), `non-finite loss ${r1.losses}`);
          assert.deepStrictEqual(r1.losses, r2.losses, 'same seed must give the same loss sequence');
          assert.ok(r1.leak.slice(1).every((n) => n === r1.leak[1]), `tensor count grows per step: ${r1.leak}`);
          (lossesByBackend[t.name] ??= {} as Record<Backend, number[]>)[b] = r1.losses;

          const task = createTask(t.cfg, 3);
          const { grads } = gradsOf(task, () => task.loss(task.nextBatch(0)));
          for (const p of task.params) {
            const g = grads[p.name];
            assert.ok(g, `no gradient for ${p.name}`);
            assert.deepStrictEqual(g.shape, p.variable.shape, `gradient shape of ${p.name}`);
            assert.ok(Array.from(g.dataSync()).every(Number.isFinite), `non-finite gradient for ${p.name}`);
          }
          tf.dispose(Object.values(grads));
          const ev = task.evaluate();
          assert.ok(Number.isFinite(ev.valLoss));
          if (task.sampledLoss) {
            const batch = task.nextBatch(0);
            const s = gradsOf(task, () => task.sampledLoss!(batch, 11));
            assert.ok(Number.isFinite(s.loss));
            for (const p of task.params) assert.ok(s.grads[p.name], `no sampled-loss gradient for ${p.name}`);
            tf.dispose(Object.values(s.grads));
          }
          const other = createTask(t.cfg, 4);
          if (t.cfg.type !== 'function2d') {
            const differs = task.params.some((p, i) => {
              const a = p.variable.dataSync();
              const o = other.params[i].variable.dataSync();
              return a.some((v, j) => v !== o[j]);
            }) || sgdLosses(task, 2, t.lr).join() !== sgdLosses(other, 2, t.lr).join();
            assert.ok(differs, 'another seed should change init or batches');
          }
          other.dispose();
          task.dispose();
        });
      }
    }
    it('cpu and wasm give close loss sequences', () => {
      for (const t of TASKS) {
        const r = lossesByBackend[t.name];
        assert.ok(r?.wasm && r?.cpu, `missing results for ${t.name}`);
        assertClose(r.wasm, r.cpu, 1e-4, 1e-3, `${t.name} wasm vs cpu`);
      }
    });
  });

  describe('roles', () => {
    it('char_lm, mlp, matrix and function2d parameters carry the specified roles', async () => {
      await initBackend('wasm');
      const roles = (cfg: TaskConfig): Record<string, string> => {
        const task = createTask(cfg, 0);
        const r = Object.fromEntries(task.params.map((p) => [p.name, p.role]));
        task.dispose();
        return r;
      };
      const lm = roles({ type: 'char_lm', layers: 1, dModel: 8, heads: 2, context: 8, corpus: { chars: 2000 } });
      assert.deepStrictEqual(lm, {
        tokEmb: 'embedding', posEmb: 'embedding',
        'blocks.0.ln1.weight': 'norm', 'blocks.0.ln1.bias': 'bias', 'blocks.0.attn.qkv': 'hidden', 'blocks.0.attn.qkv.bias': 'bias',
        'blocks.0.attn.proj': 'hidden', 'blocks.0.attn.proj.bias': 'bias', 'blocks.0.ln2.weight': 'norm', 'blocks.0.ln2.bias': 'bias',
        'blocks.0.mlp.fc': 'hidden', 'blocks.0.mlp.fc.bias': 'bias', 'blocks.0.mlp.proj': 'hidden', 'blocks.0.mlp.proj.bias': 'bias',
        'lnF.weight': 'norm', 'lnF.bias': 'bias', head: 'head',
      });
      const tied = roles({ type: 'char_lm', layers: 1, dModel: 8, heads: 2, context: 8, tiedHead: true, corpus: { chars: 2000 } });
      assert.ok(!('head' in tied) && tied.tokEmb === 'embedding');
      assert.deepStrictEqual(roles({ type: 'mlp', dataset: 'moons', hidden: [4, 5], samples: 40 }), {
        'layers.0.weight': 'hidden', 'layers.0.bias': 'bias', 'layers.1.weight': 'hidden', 'layers.1.bias': 'bias',
        'layers.2.weight': 'head', 'layers.2.bias': 'bias',
      });
      assert.deepStrictEqual(roles({ type: 'matrix', problem: 'regression' }), { W: 'hidden' });
      assert.deepStrictEqual(roles({ type: 'matrix', problem: 'lowrank' }), { U: 'hidden', V: 'hidden' });
      assert.deepStrictEqual(roles({ type: 'function2d', fn: 'beale' }), { xy: 'bias' });
    });
    it('char_lm layouts are PyTorch [out, in] and qkStats name the qkv rows of each head', async () => {
      await initBackend('wasm');
      const task = createTask({ type: 'char_lm', layers: 2, dModel: 16, heads: 4, context: 8, batchSize: 2, corpus: { chars: 3000 } }, 0);
      const shape = (n: string): number[] => task.params.find((p) => p.name === n)!.variable.shape;
      assert.deepStrictEqual(shape('blocks.1.attn.qkv'), [48, 16]);
      assert.deepStrictEqual(shape('blocks.1.mlp.fc'), [64, 16]);
      assert.deepStrictEqual(shape('blocks.1.mlp.proj'), [16, 64]);
      assert.deepStrictEqual(task.qkStats!(), []);
      tf.tidy(() => task.loss(task.nextBatch(0)));
      const qk = task.qkStats!();
      assert.strictEqual(qk.length, 8);
      assert.deepStrictEqual(qk[5].q, { param: 'blocks.1.attn.qkv', rows: [4, 8] });
      assert.deepStrictEqual(qk[5].k, { param: 'blocks.1.attn.qkv', rows: [20, 24] });
      assert.ok(qk.every((s) => Number.isFinite(s.maxLogit)));
      task.dispose();
    });
  });

  describe('corpus', () => {
    it('built-in grammar corpus: deterministic, ≤ 65 symbols, unigram entropy ≈ 3 nats', () => {
      const a = loadCorpus(undefined, {});
      const b = loadCorpus(undefined, {});
      assert.deepStrictEqual(a.vocab, b.vocab);
      assert.deepStrictEqual(Array.from(a.train.subarray(0, 500)), Array.from(b.train.subarray(0, 500)));
      assert.ok(a.vocab.length <= MAX_VOCAB);
      assert.ok(a.unigramEntropy > 2.7 && a.unigramEntropy < 3.5, `entropy ${a.unigramEntropy}`);
      assert.ok(a.unigramEntropy < Math.log(65) - 0.5);
      assert.ok(a.val.length > 0 && a.train.length > 9 * a.val.length - 10);
    });
    it('corpus.file is read inside the workspace only, and caps the vocabulary at 65', () => {
      const root = path.resolve('/ws');
      const text = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(33 + (i % 90))).join('');
      const seen: string[] = [];
      const c = loadCorpus({ file: 'data/in.txt' }, { workspaceRoot: root, readFile: (p) => (seen.push(p), text) });
      assert.deepStrictEqual(seen, [path.join(root, 'data/in.txt')]);
      assert.strictEqual(c.vocab.length, MAX_VOCAB);
      assert.throws(() => loadCorpus({ file: '../etc/passwd' }, { workspaceRoot: root, readFile: () => text }), /outside the workspace/);
      assert.throws(() => loadCorpus({ file: '/etc/passwd' }, { workspaceRoot: root, readFile: () => text }), /outside the workspace/);
      assert.deepStrictEqual(tokenize('abca').ids, Int32Array.from([0, 1, 2, 0]));
    });
    it('a corpus file is tokenised once while it is unchanged, and read again after an edit', () => {
      const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-corpus-'));
      try {
        const file = path.join(ws, 'c.txt');
        fs.writeFileSync(file, 'abcdefgh '.repeat(300));
        const a = loadCorpus({ file: 'c.txt' }, { workspaceRoot: ws });
        assert.strictEqual(loadCorpus({ file: 'c.txt' }, { workspaceRoot: ws }), a, 'the same file: the same corpus');
        assert.notStrictEqual(loadCorpus({ file: 'c.txt', chars: 1500 }, { workspaceRoot: ws }), a, 'other chars: built again');
        fs.writeFileSync(file, 'xyz '.repeat(400));
        const b = loadCorpus({ file: 'c.txt' }, { workspaceRoot: ws });
        assert.notStrictEqual(b, a);
        assert.deepStrictEqual(b.vocab.slice().sort(), [' ', 'x', 'y', 'z']);
        // The workspace check comes before the reuse: a path outside is refused even right after a load.
        assert.throws(() => loadCorpus({ file: '../c.txt' }, { workspaceRoot: path.join(ws, 'sub') }), /outside the workspace|cannot read/);
      } finally {
        fs.rmSync(ws, { recursive: true, force: true });
      }
    });
  });

  describe('char_lm learns', () => {
    it('Adam for 150 steps (d 32) gets val loss clearly below the unigram entropy', async () => {
      await initBackend('wasm');
      const task = createTask({ type: 'char_lm', layers: 2, dModel: 32, heads: 4, context: 32, batchSize: 16 }, 0);
      const H = task.unigramEntropy!;
      const start = task.evaluate();
      assert.ok(Math.abs(start.valLoss - Math.log(task.params[0].variable.shape[0])) < 0.2, `initial loss ${start.valLoss}`);
      const m: TensorMap = {};
      const v: TensorMap = {};
      for (const p of task.params) {
        m[p.name] = tf.keep(tf.zerosLike(p.variable));
        v[p.name] = tf.keep(tf.zerosLike(p.variable));
      }
      const lr = 3e-3;
      const b1 = 0.9;
      const b2 = 0.99;
      let counts: number[] = [];
      for (let t = 1; t <= 150; t++) {
        const batch = task.nextBatch(t);
        const { grads } = gradsOf(task, () => task.loss(batch));
        tf.tidy(() => {
          for (const p of task.params) {
            const g = grads[p.name];
            const mn = tf.add(tf.mul(m[p.name], b1), tf.mul(g, 1 - b1));
            const vn = tf.add(tf.mul(v[p.name], b2), tf.mul(tf.mul(g, g), 1 - b2));
            tf.dispose([m[p.name], v[p.name]]);
            m[p.name] = tf.keep(mn);
            v[p.name] = tf.keep(vn);
            const upd = tf.div(tf.div(mn, 1 - b1 ** t), tf.add(tf.sqrt(tf.div(vn, 1 - b2 ** t)), 1e-8));
            p.variable.assign(tf.sub(p.variable, tf.mul(upd, lr)));
          }
        });
        tf.dispose(Object.values(grads));
        counts.push(tf.memory().numTensors);
      }
      counts = counts.slice(2);
      assert.ok(counts.every((n) => n === counts[0]), 'tensor count must be constant across steps');
      const end = task.evaluate();
      console.log(`      char_lm d32: val loss ${start.valLoss.toFixed(3)} → ${end.valLoss.toFixed(3)} after 150 Adam steps (unigram entropy ${H.toFixed(3)})`);
      assert.ok(Math.abs(end.valPerplexity! - Math.exp(end.valLoss)) < 1e-9 * end.valPerplexity!);
      // Below the best a model ignoring context can do, by a clear margin.
      assert.ok(end.valLoss < H - 0.5, `val loss ${end.valLoss.toFixed(3)} vs unigram entropy ${H.toFixed(3)}`);
      tf.dispose([...Object.values(m), ...Object.values(v)]);
      task.dispose();
    });
  });
});
