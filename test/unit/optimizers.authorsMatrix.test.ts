import * as assert from 'assert';
import * as path from 'path';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import { createOptimizer } from '../../src/core/optimizers/registry';
import { OptimizerConfigError } from '../../src/core/optimizers/types';
import type { NamedParam, OptimizerConfig, ParamRole, TensorMap } from '../../src/core/optimizers/types';
import { eigenbasisDescending, inverseRoot, matMul64, qrQ, symEig, symEigMlMatrix } from '../../src/core/optimizers/linalg';
import { ROOT, jsonFiles, readJson } from './helpers/paths';
import { describeOnEachBackend } from './helpers/backends';
import { FixtureErrors } from './helpers/fixtureErrors';

/** Types whose fixtures come from their authors' code (test/fixtures/gen/gen_authors_matrix.py). */
const AUTHORS_TYPES = ['prodigy', 'dadapt_adam', 'normuon', 'soap', 'shampoo'];

interface ReplayCase {
  name: string;
  source: string;
  input: {
    optimizer: OptimizerConfig;
    params: Record<string, { shape: number[]; values: number[] }>;
    grads: Record<string, number[]>[];
    roles?: Record<string, ParamRole>;
  };
  expected: Record<string, number[]>[];
  tol: number;
}

const cases = jsonFiles(path.join(ROOT, 'test', 'fixtures', 'optimizers'))
  .map((f) => readJson<ReplayCase>(f))
  .filter((c) => AUTHORS_TYPES.includes(c.input.optimizer.type));

function makeParams(c: ReplayCase): NamedParam[] {
  return Object.entries(c.input.params).map(([name, p]) => ({
    name,
    variable: tf.tidy(() => tf.variable(tf.tensor(p.values, p.shape, 'float32'), true)),
    role: c.input.roles?.[name] ?? (p.shape.length >= 2 ? 'hidden' : 'bias'),
  }));
}

/** Replays `c` with `optimizer` (default: the case's own) and returns the worst error relative to tol·max(1, |e|). */
function replayWorst(
  c: ReplayCase,
  optimizer: OptimizerConfig = c.input.optimizer,
): { worst: number; where: string; effLr: number[]; counts: number[]; trajectory: Record<string, Float32Array>[] } {
  const before = tf.memory().numTensors;
  const params = makeParams(c);
  const opt = createOptimizer(params, optimizer);
  let worst = 0;
  let where = '';
  const effLr: number[] = [];
  const counts: number[] = [];
  const trajectory: Record<string, Float32Array>[] = [];
  try {
    c.input.grads.forEach((g, t) => {
      const grads: TensorMap = {};
      for (const p of params) grads[p.name] = tf.tensor(g[p.name], p.variable.shape, 'float32');
      opt.step(grads, 1);
      tf.dispose(Object.values(grads));
      counts.push(tf.memory().numTensors);
      const e = opt.effectiveLr?.();
      if (e) effLr.push(e.default);
      trajectory.push({});
      for (const p of params) {
        const a = p.variable.dataSync() as Float32Array;
        trajectory[t][p.name] = Float32Array.from(a);
        const ex = c.expected[t][p.name];
        for (let i = 0; i < ex.length; i++) {
          const r = Math.abs(a[i] - ex[i]) / (c.tol * Math.max(1, Math.abs(ex[i])));
          if (!(r <= worst)) {
            worst = r;
            where = `step ${t} ${p.name}[${i}]`;
          }
        }
      }
    });
  } finally {
    opt.dispose();
    for (const p of params) p.variable.dispose();
  }
  assert.strictEqual(tf.memory().numTensors, before, 'tensors leaked');
  return { worst, where, effLr, counts, trajectory };
}

const report: string[] = [];
const errors = new FixtureErrors();

describe("optimizers from their authors' code (SPEC §11)", () => {
  it('has fixtures for every type, each naming its source commit', () => {
    for (const type of AUTHORS_TYPES) assert.ok(cases.some((c) => c.input.optimizer.type === type), `no fixture for ${type}`);
    for (const c of cases) assert.match(c.source, /@ [0-9a-f]{40}/, `${c.name}: source`);
  });

  describeOnEachBackend((backend) => {
    for (const c of cases) {
      it(`${c.name} (tol ${c.tol})`, () => {
        const { worst, where, counts, trajectory } = replayWorst(c);
        report.push(`${backend} ${c.name}: worst ${(worst * c.tol).toExponential(2)} relative (tol ${c.tol}) at ${where}`);
        errors.add(backend, c.input.optimizer.type, c.name, c.tol, trajectory, c.expected);
        assert.ok(worst <= 1, `${c.name}: ${where} off by ${worst.toFixed(2)}× the tolerance`);
        assert.ok(counts.every((n) => n === counts[0]), `live tensors changed across steps: ${counts.join(',')}`);
      });
    }
  });

  describe('negative controls (a deliberately wrong option must fail the comparison)', () => {
    before(async () => {
      await initBackend('cpu');
    });
    const controls: [string, OptimizerConfig][] = [
      ['prodigy_defaults', { type: 'prodigy', dCoef: 1.1 }],
      ['prodigy_wd_bias_correction', { type: 'prodigy', lr: 0.5, betas: [0.8, 0.99], weightDecay: 0.1, useBiasCorrection: false, d0: 1e-3, dCoef: 2.0 }],
      ['dadapt_adam_defaults', { type: 'dadapt_adam', betas: [0.9, 0.99] }],
      ['dadapt_adam_l2_growth', { type: 'dadapt_adam', eps: 1e-6, weightDecay: 0.05, growthRate: 1.2, d0: 1e-4, decouple: true }],
      ['normuon_defaults', { type: 'normuon', muonBeta2: 0.5 }],
      ['normuon_cautious_wd', { type: 'normuon', cautiousWd: false, weightDecay: 0.2, lr: 0.02 }],
      ['normuon_ns5_noadjust', { type: 'normuon', usePolarExpress: true, adjustLr: null, epsilon: 1e-7, betas: [0.8, 0.9], lr: 0.005 }],
      ['normuon_conv_batched', { type: 'normuon', lr: 0.02, flatten: true }],
      ['soap_defaults', { type: 'soap', preconditionFrequency: 5 }],
      ['soap_options', { type: 'soap', lr: 1e-2, betas: [0.9, 0.99], shampooBeta: 0.9, eps: 1e-6, weightDecay: 0.1, preconditionFrequency: 3, correctBias: false, normalizeGrads: false }],
      ['soap_merge_channels_last', { type: 'soap', mergeDims: true, maxPrecondDim: 4, dataFormat: 'channels_first', preconditionFrequency: 5 }],
      ['shampoo_defaults', { type: 'shampoo', matrixEps: 1e-2 }],
      ['shampoo_momentum_l2', { type: 'shampoo', lr: 1e-2, momentum: 0.9, weightDecay: 0.1, preconditioningComputeSteps: 1 }],
      ['shampoo_decoupled_fixed_maximize', { type: 'shampoo', lr: 3e-3, weightDecay: 0.01, weightDecouple: true, fixedDecay: false, maximize: true, matrixEps: 1e-4 }],
    ];
    for (const [name, wrong] of controls) {
      it(`${name} with ${JSON.stringify(wrong)}`, () => {
        const c = cases.find((x) => x.name === name);
        assert.ok(c, name);
        assert.ok(replayWorst(c).worst <= 1, 'the right options must pass first');
        const w = replayWorst(c, wrong).worst;
        assert.ok(w > 10, `the wrong option passed (worst ${w.toFixed(2)}× tol)`);
      });
    }
  });

  describe('LR-free effective LR', () => {
    before(async () => {
      await initBackend('cpu');
    });
    it('reports d·lr of each step, starting at d0·lr and growing as the estimate does', () => {
      for (const name of ['prodigy_defaults', 'dadapt_adam_defaults']) {
        const c = cases.find((x) => x.name === name) as ReplayCase;
        const { effLr } = replayWorst(c);
        assert.strictEqual(effLr.length, c.input.grads.length);
        assert.strictEqual(effLr[0], 1e-6);
        assert.ok(effLr.every((v, i) => i === 0 || v >= effLr[i - 1]), `${name}: d must not shrink: ${effLr.join(', ')}`);
        assert.ok(effLr[effLr.length - 1] > 1e-3, `${name}: the estimate did not grow: ${effLr[effLr.length - 1]}`);
      }
    });
    it('a step at LR 0 changes nothing, as the references return early', () => {
      const p: NamedParam = { name: 'w', variable: tf.variable(tf.ones([3]), true), role: 'bias' };
      for (const type of ['prodigy', 'dadapt_adam']) {
        const opt = createOptimizer([p], { type });
        const g = tf.ones([3]);
        opt.step({ w: g }, 0);
        assert.deepStrictEqual(Array.from(p.variable.dataSync()), [1, 1, 1]);
        assert.strictEqual(opt.effectiveLr?.().default, 0);
        g.dispose();
        opt.dispose();
      }
      p.variable.dispose();
    });
  });

  describe('option validation at construction', () => {
    const bad: [OptimizerConfig, RegExp][] = [
      [{ type: 'prodigy', lr: 0 }, /prodigy\.lr: 0/],
      [{ type: 'prodigy', d0: 0 }, /d0/],
      [{ type: 'prodigy', sliceP: 1.5 }, /sliceP/],
      [{ type: 'prodigy', beta3: 1 }, /beta3/],
      [{ type: 'prodigy', growthRate: 0 }, /growthRate/],
      [{ type: 'prodigy', eps: 0 }, /eps/],
      [{ type: 'prodigy', weight_decay: 0.1 }, /unknown option "weight_decay"/],
      [{ type: 'dadapt_adam', betas: [0.9, 1] }, /betas/],
      [{ type: 'dadapt_adam', dCoef: 2 }, /unknown option "dCoef"/],
      [{ type: 'dadapt_adam', decouple: 'yes' }, /decouple/],
      [{ type: 'soap', preconditionFrequency: 0 }, /preconditionFrequency/],
      [{ type: 'soap', maxPrecondDim: 2.5 }, /maxPrecondDim/],
      [{ type: 'soap', dataFormat: 'nhwc' }, /dataFormat/],
      [{ type: 'soap', precondition_1d: true }, /unknown option "precondition_1d"/],
      [{ type: 'shampoo', momentum: 1.5 }, /momentum/],
      [{ type: 'shampoo', preconditioningComputeSteps: 0 }, /preconditioningComputeSteps/],
      [{ type: 'shampoo', matrixEps: -1 }, /matrixEps/],
      [{ type: 'normuon', adjustLr: 'original' }, /adjustLr/],
      [{ type: 'normuon', muonBeta2: 1.5 }, /muonBeta2/],
      [{ type: 'normuon', momentum: 0.9 }, /unknown option "momentum"/],
      [{ type: 'normuon', fallback: { eps: 1e-8 } }, /unknown option "eps"/],
      [{ type: 'normuon', fallback: { lr: -1 } }, /normuon\.fallback\.lr/],
    ];
    for (const [cfg, re] of bad) {
      it(`rejects ${JSON.stringify(cfg)}`, () => {
        const p: NamedParam = { name: 'w', variable: tf.variable(tf.ones([3]), true), role: 'bias' };
        const n0 = tf.memory().numTensors;
        assert.throws(() => createOptimizer([p], cfg), (e: unknown) => e instanceof OptimizerConfigError && re.test(e.message));
        assert.strictEqual(tf.memory().numTensors, n0, 'a rejected config allocated state');
        p.variable.dispose();
      });
    }
    it('state bytes are measured from the tensors', () => {
      const ps: NamedParam[] = [
        { name: 'w', variable: tf.variable(tf.ones([4, 5]), true), role: 'hidden' },
        { name: 'b', variable: tf.variable(tf.ones([7]), true), role: 'bias' },
      ];
      const pr = createOptimizer(ps, { type: 'prodigy' });
      assert.strictEqual(pr.stateBytes(), 4 * 27 * 4); // m, v, s, p0
      pr.dispose();
      const sliced = createOptimizer(ps, { type: 'prodigy', sliceP: 3, betas: [0, 0.999] });
      // v (27) + s and p0 (⌈20/3⌉ + ⌈7/3⌉ = 10 each) + the int32 slice indices (10)
      assert.strictEqual(sliced.stateBytes(), (27 + 10 + 10 + 10) * 4);
      sliced.dispose();
      const nm = createOptimizer([...ps, { name: 'c', variable: tf.variable(tf.ones([3, 4, 2]), true), role: 'hidden' }], { type: 'normuon' });
      // w: M (20) + v (4 rows); c: M (24) + v (3 × 4 rows); b → AdamW m and v (2 × 7).
      assert.strictEqual(nm.stateBytes(), (20 + 4 + 24 + 12 + 14) * 4);
      assert.deepStrictEqual(nm.groups().map((g) => [g.name, g.baseLr, g.params]), [['normuon', 0.01, ['w', 'c']], ['adamw', 0.01, ['b']]]);
      nm.dispose();
      const so = createOptimizer(ps, { type: 'soap' });
      // m, v (2 × 27) + L and Q of w's two dimensions (2 × (16 + 25)); b is not preconditioned.
      assert.strictEqual(so.stateBytes(), (2 * 27 + 2 * (16 + 25)) * 4);
      so.dispose();
      const sh = createOptimizer(ps, { type: 'shampoo', momentum: 0.9 });
      // L and P per dimension (w: 16 + 25, b: 49, twice) + the momentum buffer (27).
      assert.strictEqual(sh.stateBytes(), (2 * (16 + 25 + 49) + 27) * 4);
      sh.dispose();
      const da = createOptimizer(ps, { type: 'dadapt_adam' });
      assert.strictEqual(da.stateBytes(), 3 * 27 * 4);
      da.dispose();
      for (const p of ps) p.variable.dispose();
    });
  });

  describe('NorMuon spectrum capture', () => {
    before(async () => {
      await initBackend('cpu');
    });
    it('keeps the last orthogonalisation input of each hidden matrix once asked (momentum M, nesterov off)', () => {
      const ps: NamedParam[] = [
        { name: 'w', variable: tf.variable(tf.zeros([4, 3]), true), role: 'hidden' },
        { name: 'b', variable: tf.variable(tf.zeros([3]), true), role: 'bias' },
      ];
      const opt = createOptimizer(ps, { type: 'normuon' });
      const g: TensorMap = { w: tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [4, 3]), b: tf.ones([3]) };
      assert.strictEqual(opt.nsInput?.('w'), undefined, 'the first call turns capturing on');
      opt.step(g, 1);
      const first = opt.nsInput?.('w');
      assert.deepStrictEqual(first?.shape, [4, 3]);
      assert.deepStrictEqual(Array.from(first?.values ?? []), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      opt.step(g, 1);
      // M ← 0.95·M + G
      const second = Array.from(opt.nsInput?.('w')?.values ?? []);
      second.forEach((v, i) => assert.ok(Math.abs(v - 1.95 * (i + 1)) < 1e-5, `${i}: ${v}`));
      assert.strictEqual(opt.nsInput?.('b'), undefined, 'only NorMuon matrices');
      const n0 = tf.memory().numTensors;
      opt.captureNsInputs?.(false);
      assert.strictEqual(tf.memory().numTensors, n0 - 1, 'stopping frees the kept input');
      tf.dispose(Object.values(g));
      opt.dispose();
      for (const p of ps) p.variable.dispose();
    });
  });

  describe('float64 decompositions (ml-matrix) against torch 1.13 float32 LAPACK', () => {
    interface LinalgCase {
      name: string;
      n: number;
      power: number;
      matrix: number[];
      eigenvalues: number[];
      basisDescending: number[];
      qrOfMatrixTimesBasis: number[];
      inverseRoot: number[];
      tol: number;
    }
    const linalgCases = jsonFiles(path.join(ROOT, 'test', 'fixtures', 'linalg')).map((f) => readJson<LinalgCase>(f));
    /** Worst column difference up to sign (eigenvector and QR signs are conventions), relative to tol. */
    const columnsUpToSign = (a: ArrayLike<number>, e: ArrayLike<number>, n: number, tol: number): number => {
      let worst = 0;
      for (let c = 0; c < n; c++) {
        let dot = 0;
        for (let r = 0; r < n; r++) dot += a[r * n + c] * e[r * n + c];
        const sign = dot < 0 ? -1 : 1;
        for (let r = 0; r < n; r++) worst = Math.max(worst, Math.abs(sign * a[r * n + c] - e[r * n + c]) / tol);
      }
      return worst;
    };
    it('has cases up to 32×32', () => assert.ok(linalgCases.length >= 5 && linalgCases.some((c) => c.n === 32)));
    it('the flat-array eigensolver agrees with ml-matrix and is an orthonormal eigenbasis (incl. 1×1, zero, repeated eigenvalues)', () => {
      let seed = 7;
      const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
      const sym = (n: number, f: (i: number, j: number) => number): number[] => {
        const a = new Array<number>(n * n);
        for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = f(i, j);
        return a;
      };
      const mats: [number, number[]][] = [[1, [3]], [2, [0, 0, 0, 0]], [3, sym(3, (i, j) => (i === j ? 2 : 0))], [5, sym(5, () => 1)]];
      for (const n of [2, 7, 20, 64]) mats.push([n, sym(n, () => rand())]);
      for (const [n, a] of mats) {
        const { values, vectors } = symEig(a, n);
        const ref = symEigMlMatrix(a, n);
        const top = Math.max(1, ...ref.map(Math.abs));
        values.forEach((v, i) => assert.ok(Math.abs(v - ref[i]) <= 1e-12 * top * n, `n=${n} λ${i}: ${v} vs ${ref[i]}`));
        for (let c = 0; c < n; c++) {
          for (let r = 0; r < n; r++) {
            let av = 0;
            for (let k = 0; k < n; k++) av += a[r * n + k] * vectors.get(k, c);
            assert.ok(Math.abs(av - values[c] * vectors.get(r, c)) <= 1e-12 * top * n, `n=${n}: residual at (${r}, ${c})`);
          }
          for (let c2 = 0; c2 < n; c2++) {
            let dot = 0;
            for (let k = 0; k < n; k++) dot += vectors.get(k, c) * vectors.get(k, c2);
            assert.ok(Math.abs(dot - (c === c2 ? 1 : 0)) <= 1e-12 * n, `n=${n}: columns ${c}, ${c2} not orthonormal`);
          }
        }
      }
    });
    for (const c of linalgCases) {
      it(`${c.name}: eigenvalues, descending eigenbasis, QR and inverse ${c.power}-th root within ${c.tol}`, () => {
        const { values } = symEig(c.matrix, c.n);
        const top = Math.max(...c.eigenvalues.map(Math.abs));
        values.forEach((v, i) => assert.ok(Math.abs(v - c.eigenvalues[i]) <= c.tol * top, `λ${i}: ${v} vs ${c.eigenvalues[i]}`));
        const basis = columnsUpToSign(eigenbasisDescending(c.matrix, c.n), c.basisDescending, c.n, c.tol);
        assert.ok(basis <= 1, `eigenbasis off by ${basis.toFixed(2)}× tol`);
        const qr = columnsUpToSign(qrQ(matMul64(c.matrix, c.basisDescending, c.n), c.n), c.qrOfMatrixTimesBasis, c.n, c.tol);
        assert.ok(qr <= 1, `QR off by ${qr.toFixed(2)}× tol`);
        const root = inverseRoot(c.matrix, c.n, c.power);
        const scale = Math.max(...c.inverseRoot.map(Math.abs));
        const worst = Math.max(...c.inverseRoot.map((e, i) => Math.abs(root[i] - e) / (c.tol * scale)));
        assert.ok(worst <= 1, `inverse root off by ${worst.toFixed(2)}× tol`);
        report.push(`linalg ${c.name}: eigenbasis ${(basis * c.tol).toExponential(2)}, QR ${(qr * c.tol).toExponential(2)}, root ${(worst * c.tol).toExponential(2)} (relative)`);
        // Negative control: another power is far off.
        const wrong = inverseRoot(c.matrix, c.n, c.power + 1);
        assert.ok(Math.max(...c.inverseRoot.map((e, i) => Math.abs(wrong[i] - e) / (c.tol * scale))) > 10);
      });
    }
  });

  after(() => {
    if (process.env.OPTLAB_TEST_REPORT) console.log(`${report.join('\n')}\n\n${errors.table()}`);
  });
});
