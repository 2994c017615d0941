import * as assert from 'assert';
import * as path from 'path';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import { NS_PRESETS, newtonSchulz, phi } from '../../src/core/newtonSchulz';
import type { NsCoefficients } from '../../src/core/newtonSchulz';
import { lionFactories } from '../../src/core/optimizers/lion';
import { sophiaFactories } from '../../src/core/optimizers/sophia';
import { muonFactories } from '../../src/core/optimizers/muon';
import { OptimizerConfigError } from '../../src/core/optimizers/types';
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory, ParamRole, QkStat, TensorMap } from '../../src/core/optimizers/types';
import { GOLDEN, ROOT, jsonFiles, readJson } from './helpers/paths';

const FACTORIES: Record<string, OptimizerFactory> = { ...lionFactories, ...sophiaFactories, ...muonFactories };

interface ReplayCase {
  name: string;
  input: {
    optimizer: OptimizerConfig;
    params: Record<string, { shape: number[]; values: number[] }>;
    grads: Record<string, number[]>[];
    hessians?: (Record<string, number[]> | null)[];
    roles?: Record<string, ParamRole>;
  };
  expected: Record<string, number[]>[];
  tol: number;
}

interface NsCase {
  name: string;
  input: { matrix: { shape: [number, number]; values: number[] }; preset: keyof typeof NS_PRESETS; nsSteps: number; nsCoefficients: NsCoefficients; normalize: 'frobenius' | 'polar_express' };
  expected: { values: number[]; sigmaIn: number[]; phi: number[]; sigmaOut: number[] };
  tol: number;
}

const MODERN = new Set(Object.keys(FACTORIES));
const fixtureCases = jsonFiles(path.join(ROOT, 'test', 'fixtures', 'optimizers')).filter((f) => MODERN.has(readJson<ReplayCase>(f).input.optimizer.type));
const goldenCases = ['lion', 'sophia', 'muon', 'muon_wd_plain'].map((n) => path.join(GOLDEN, `${n}.json`)).filter((f) => jsonFiles(GOLDEN).includes(f));
const nsCases = jsonFiles(path.join(ROOT, 'test', 'fixtures', 'ns'));

/** Worst |a − e| / (tol·max(1, |e|)) over a trajectory (≤ 1 passes). */
function worstRatio(actual: number[], expected: number[], tol: number): { ratio: number; at: number } {
  assert.strictEqual(actual.length, expected.length, 'length');
  let ratio = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const r = Math.abs(actual[i] - expected[i]) / (tol * Math.max(1, Math.abs(expected[i])));
    if (!(r <= ratio)) {
      ratio = r;
      at = i;
    }
  }
  return { ratio, at };
}

function defaultRole(shape: number[]): ParamRole {
  return shape.length >= 2 ? 'hidden' : 'bias';
}

function makeParams(c: ReplayCase): NamedParam[] {
  return Object.entries(c.input.params).map(([name, p]) => ({
    name,
    variable: tf.tidy(() => tf.variable(tf.tensor(p.values, p.shape, 'float32'), true)),
    role: c.input.roles?.[name] ?? defaultRole(p.shape),
  }));
}

function toTensors(values: Record<string, number[]>, params: NamedParam[]): TensorMap {
  const out: TensorMap = {};
  for (const p of params) out[p.name] = tf.tensor(values[p.name], p.variable.shape, 'float32');
  return out;
}

/** Replays a case through the factory directly (replay semantics: ĥ of step t is fed after step t). */
function runCase(c: ReplayCase): { worst: number; where: string; tensorsPerStep: number[] } {
  const before = tf.memory().numTensors;
  const params = makeParams(c);
  const opt = FACTORIES[c.input.optimizer.type](params, c.input.optimizer);
  const tensorsPerStep: number[] = [];
  let worst = 0;
  let where = '';
  try {
    c.input.grads.forEach((g, t) => {
      const grads = toTensors(g, params);
      opt.step(grads, 1);
      tf.dispose(Object.values(grads));
      const h = c.input.hessians?.[t];
      if (h) {
        assert.ok(opt.updateHessian, 'Hessian given to an optimizer without updateHessian');
        const ht = toTensors(h, params);
        opt.updateHessian(ht);
        tf.dispose(Object.values(ht));
      }
      tensorsPerStep.push(tf.memory().numTensors);
      for (const p of params) {
        const r = worstRatio(Array.from(p.variable.dataSync()), c.expected[t][p.name], c.tol);
        if (r.ratio > worst) {
          worst = r.ratio;
          where = `step ${t} ${p.name}[${r.at}]`;
        }
      }
    });
  } finally {
    opt.dispose();
    for (const p of params) p.variable.dispose();
  }
  assert.strictEqual(tf.memory().numTensors, before, 'tensors leaked after dispose');
  return { worst, where, tensorsPerStep };
}

function param(name: string, shape: number[], role: ParamRole, values?: number[]): NamedParam {
  const size = shape.reduce((a, b) => a * b, 1);
  const v = values ?? Array.from({ length: size }, (_, i) => Math.sin(i + 1));
  return { name, variable: tf.tidy(() => tf.variable(tf.tensor(v, shape, 'float32'), true)), role };
}

function gradsFor(params: NamedParam[], seed: number): TensorMap {
  const out: TensorMap = {};
  for (const p of params) out[p.name] = tf.randomNormal(p.variable.shape, 0, 1, 'float32', seed);
  return out;
}

function disposeAll(params: NamedParam[], opt?: Optimizer): void {
  opt?.dispose();
  for (const p of params) p.variable.dispose();
}

const report: string[] = [];

describe('modern optimizers (Lion, Sophia, Muon, MuonClip, hybrid) and Newton–Schulz', () => {
  it('has PyTorch fixtures for every modern type', () => {
    const covered = new Set(fixtureCases.map((f) => readJson<ReplayCase>(f).input.optimizer.type));
    assert.deepStrictEqual([...MODERN].filter((t) => !covered.has(t)), []);
    assert.ok(nsCases.length >= 12, `expected ≥ 12 Newton–Schulz fixtures, found ${nsCases.length}`);
  });

  for (const backend of ['wasm', 'cpu'] as const) {
    describe(`on ${backend}`, () => {
      before(async () => {
        await initBackend(backend);
      });

      for (const f of [...fixtureCases, ...goldenCases]) {
        const label = `${f.startsWith(GOLDEN) ? 'golden' : 'fixture'} ${path.basename(f, '.json')}`;
        it(label, () => {
          const c = readJson<ReplayCase>(f);
          const { worst, where, tensorsPerStep } = runCase(c);
          report.push(`${backend} ${label}: worst ${(worst * c.tol).toExponential(2)} (tol ${c.tol}) at ${where}`);
          assert.ok(worst <= 1, `${label}: ${where} off by ${worst.toFixed(2)}× the tolerance ${c.tol}`);
          assert.ok(tensorsPerStep.every((n) => n === tensorsPerStep[0]), `live tensors changed across steps: ${tensorsPerStep.join(',')}`);
        });
      }

      for (const f of nsCases) {
        it(`newtonSchulz ${path.basename(f, '.json')}`, () => {
          const c = readJson<NsCase>(f);
          const preset = NS_PRESETS[c.input.preset];
          assert.deepStrictEqual(preset.coefficients, c.input.nsCoefficients, 'preset coefficients differ from the generator');
          assert.strictEqual(preset.steps, c.input.nsSteps);
          assert.strictEqual(preset.normalize, c.input.normalize);
          const before = tf.memory().numTensors;
          const u = tf.tensor2d(c.input.matrix.values, c.input.matrix.shape, 'float32');
          const x = newtonSchulz(u, { coefficients: preset.coefficients, steps: preset.steps, normalize: preset.normalize });
          assert.deepStrictEqual(x.shape, c.input.matrix.shape);
          const r = worstRatio(Array.from(x.dataSync()), c.expected.values, c.tol);
          tf.dispose([u, x]);
          assert.strictEqual(tf.memory().numTensors, before, 'newtonSchulz leaked tensors');
          report.push(`${backend} ns ${c.name}: worst ${(r.ratio * c.tol).toExponential(2)} (tol ${c.tol})`);
          assert.ok(r.ratio <= 1, `${c.name}[${r.at}] off by ${r.ratio.toFixed(2)}× the tolerance ${c.tol}`);
        });
      }

      it('Muon update is the NS output scaled per shape (tall, wide; original vs match_rms_adamw)', () => {
        // One step from zero momentum with nesterov: u = (1−μ)g + μ(1−μ)g ∝ g, so the update is NS(g).
        for (const [adjustLr, shape, expectScale] of [
          ['original', [8, 2], Math.sqrt(4)],
          ['original', [2, 8], 1],
          ['match_rms_adamw', [8, 2], 0.2 * Math.sqrt(8)],
        ] as const) {
          const p = param('w', [...shape], 'hidden', new Array(16).fill(0));
          const opt = muonFactories.muon([p], { type: 'muon', lr: 0.1, adjustLr });
          const g = tf.randomNormal([...shape], 0, 1, 'float32', 7);
          opt.step({ w: g }, 1);
          const ns = newtonSchulz(g as tf.Tensor2D, { coefficients: NS_PRESETS.jordan.coefficients, steps: 5 });
          const want = Array.from(ns.dataSync()).map((v) => -0.1 * expectScale * v);
          const r = worstRatio(Array.from(p.variable.dataSync()), want, 1e-5);
          tf.dispose([g, ns]);
          disposeAll([p], opt);
          assert.ok(r.ratio <= 1, `${adjustLr} ${shape}: off by ${r.ratio}`);
        }
      });
    });
  }

  describe('Newton–Schulz scalar map and options', () => {
    it('phi matches the float64 scalar map of the PyTorch fixtures and their singular values', () => {
      for (const f of nsCases) {
        const c = readJson<NsCase>(f);
        const preset = NS_PRESETS[c.input.preset];
        c.expected.sigmaIn.forEach((s, i) => {
          const got = phi(s, preset.coefficients, preset.steps);
          assert.ok(Math.abs(got - c.expected.phi[i]) <= 1e-9 * Math.max(1, Math.abs(c.expected.phi[i])), `${c.name} σ${i}: ${got} vs ${c.expected.phi[i]}`);
        });
        // The float32 matrix iteration maps singular values through phi (up to rounding).
        const mapped = c.expected.phi.map(Math.abs).sort((a, b) => b - a);
        mapped.forEach((v, i) => assert.ok(Math.abs(v - c.expected.sigmaOut[i]) < 1e-3, `${c.name} σ_out${i}: ${c.expected.sigmaOut[i]} vs φ ${v}`));
      }
    });

    it('phi repeats the last per-step triple and a single triple every step', () => {
      const list: NsCoefficients = [[2, -1, 0], [1.5, -0.5, 0]];
      let s = 0.3;
      for (const [a, b] of [[2, -1], [1.5, -0.5], [1.5, -0.5]]) s = a * s + b * s ** 3;
      assert.ok(Math.abs(phi(0.3, list, 3) - s) < 1e-15);
      assert.strictEqual(phi(0.3, [1, 0, 0], 7), 0.3);
      assert.strictEqual(phi(0.3, [3.4445, -4.775, 2.0315], 0), 0.3);
    });

    it('rejects bad steps and coefficients', () => {
      const u = tf.ones([2, 3]) as tf.Tensor2D;
      assert.throws(() => newtonSchulz(u, { coefficients: [1, 2], steps: 1 } as unknown as { coefficients: NsCoefficients; steps: number }), /coefficients/);
      assert.throws(() => newtonSchulz(u, { coefficients: [1, 2, 3], steps: -1 }), /steps/);
      assert.throws(() => newtonSchulz(u, { coefficients: [], steps: 1 } as unknown as { coefficients: NsCoefficients; steps: number }), /coefficients/);
      u.dispose();
    });
  });

  describe('MuonClip QK-clip', () => {
    before(async () => {
      await initBackend('cpu');
    });

    it('scales the clipped head rows by η^α (W_q) and η^(1−α) (W_k), only for heads over τ', () => {
      const wq = param('wq', [8, 3], 'hidden');
      const wk = param('wk', [8, 3], 'hidden');
      const qkv = param('qkv', [12, 2], 'hidden');
      const params = [wq, wk, qkv];
      const before = params.map((p) => Array.from(p.variable.dataSync()));
      const opt = muonFactories.muonclip(params, { type: 'muonclip', qkClipThreshold: 100, qkClipAlpha: 0.3 });
      assert.ok(opt.qkClip);
      const stats: QkStat[] = [
        { layer: 0, head: 0, maxLogit: 250, q: { param: 'wq', rows: [0, 4] }, k: { param: 'wk', rows: [0, 4] } },
        { layer: 0, head: 1, maxLogit: 99, q: { param: 'wq', rows: [4, 8] }, k: { param: 'wk', rows: [4, 8] } },
        // A fused projection: q rows [2, 4), k rows [6, 8) of the same parameter.
        { layer: 1, head: 1, maxLogit: 400, q: { param: 'qkv', rows: [2, 4] }, k: { param: 'qkv', rows: [6, 8] } },
      ];
      const n0 = tf.memory().numTensors;
      const events = opt.qkClip(stats, 17);
      assert.strictEqual(tf.memory().numTensors, n0, 'qkClip leaked tensors');
      assert.deepStrictEqual(events, [
        { step: 17, layer: 0, head: 0, maxLogit: 250, eta: 100 / 250 },
        { step: 17, layer: 1, head: 1, maxLogit: 400, eta: 100 / 400 },
      ]);
      const expectRows = (i: number, cols: number, rowScale: (r: number) => number): number[] =>
        before[i].map((v, j) => v * rowScale(Math.floor(j / cols)));
      const e0 = 100 / 250;
      const e1 = 100 / 400;
      const want = [
        expectRows(0, 3, (r) => (r < 4 ? e0 ** 0.3 : 1)),
        expectRows(1, 3, (r) => (r < 4 ? e0 ** 0.7 : 1)),
        expectRows(2, 2, (r) => (r >= 2 && r < 4 ? e1 ** 0.3 : r >= 6 && r < 8 ? e1 ** 0.7 : 1)),
      ];
      params.forEach((p, i) => {
        const r = worstRatio(Array.from(p.variable.dataSync()), want[i], 1e-6);
        assert.ok(r.ratio <= 1, `${p.name}[${r.at}] off by ${r.ratio}`);
      });
      assert.throws(() => opt.qkClip?.([{ ...stats[0], q: { param: 'nope', rows: [0, 1] } }], 18), /nope/);
      assert.throws(() => opt.qkClip?.([{ ...stats[0], k: { param: 'wk', rows: [6, 9] } }], 18), /out of range/);
      disposeAll(params, opt);
    });

    it('only muonclip has qkClip; muon and hybrid do not', () => {
      const p = param('w', [4, 4], 'hidden');
      const a = muonFactories.muon([p], { type: 'muon' });
      const b = muonFactories.hybrid([p], { type: 'hybrid' });
      assert.strictEqual(a.qkClip, undefined);
      assert.strictEqual(b.qkClip, undefined);
      a.dispose();
      disposeAll([p], b);
    });
  });

  describe('state, groups, Hessian schedule, leaks', () => {
    before(async () => {
      await initBackend('wasm');
    });

    it('reports groups with the partition and state bytes from the tensors', () => {
      const params = [param('emb', [10, 4], 'embedding'), param('w1', [4, 8], 'hidden'), param('conv', [4, 2, 3], 'hidden'), param('head', [10, 4], 'head'), param('ln', [4], 'norm'), param('hb', [4], 'hidden')];
      const hyb = muonFactories.hybrid(params, { type: 'hybrid', muon: { lr: 0.03 }, adamw: { lr: 2e-3 } });
      assert.deepStrictEqual(hyb.groups(), [
        { name: 'muon', rule: 'muon', baseLr: 0.03, params: ['w1', 'conv'], size: 56 },
        { name: 'adamw', rule: 'adamw', baseLr: 2e-3, params: ['emb', 'head', 'ln', 'hb'], size: 88 },
      ]);
      assert.strictEqual(hyb.stateBytes(), 56 * 4 + 2 * 88 * 4);
      hyb.dispose();
      const mu = muonFactories.muon(params, { type: 'muon' });
      assert.deepStrictEqual(mu.groups().map((g) => [g.name, g.baseLr]), [['muon', 0.02], ['adamw', 3e-4]]);
      mu.dispose();
      const lion = lionFactories.lion(params, { type: 'lion' });
      assert.strictEqual(lion.stateBytes(), 144 * 4);
      assert.deepStrictEqual(lion.groups()[0].params, params.map((p) => p.name));
      lion.dispose();
      const sophia = sophiaFactories.sophia(params, { type: 'sophia' });
      assert.strictEqual(sophia.stateBytes(), 2 * 144 * 4);
      sophia.dispose();
      disposeAll(params);
    });

    it('Sophia wants a Hessian estimate at t % hessianInterval === 0', () => {
      const p = param('w', [3], 'bias');
      for (const [interval, want] of [[undefined, [0, 10, 20]], [3, [0, 3, 6, 9, 12, 15, 18]], [1, [...Array(21).keys()]]] as const) {
        const cfg: OptimizerConfig = interval === undefined ? { type: 'sophia' } : { type: 'sophia', hessianInterval: interval };
        const opt = sophiaFactories.sophia([p], cfg);
        const got = [...Array(21).keys()].filter((t) => opt.wantsHessian?.(t));
        assert.deepStrictEqual(got, want.filter((t) => t <= 20));
        opt.dispose();
      }
      disposeAll([p]);
    });

    it('keeps the live tensor count constant across steps for every type', () => {
      const cfgs: OptimizerConfig[] = [
        { type: 'lion', weightDecay: 0.1 },
        { type: 'sophia' },
        { type: 'muon', weightDecay: 0.1 },
        { type: 'muonclip' },
        { type: 'hybrid' },
      ];
      for (const cfg of cfgs) {
        const params = [param('w', [6, 4], 'hidden'), param('e', [5, 4], 'embedding'), param('b', [4], 'bias')];
        const base = tf.memory().numTensors;
        const opt = FACTORIES[cfg.type](params, cfg);
        const counts: number[] = [];
        for (let t = 0; t < 4; t++) {
          const g = gradsFor(params, t);
          opt.step(g, 0.5);
          if (opt.wantsHessian?.(t)) opt.updateHessian?.(g);
          opt.qkClip?.([{ layer: 0, head: 0, maxLogit: 1e3, q: { param: 'w', rows: [0, 2] }, k: { param: 'w', rows: [2, 4] } }], t);
          tf.dispose(Object.values(g));
          counts.push(tf.memory().numTensors);
        }
        assert.ok(counts.every((n) => n === counts[0]), `${cfg.type}: ${counts.join(',')}`);
        opt.dispose();
        assert.strictEqual(tf.memory().numTensors, base, `${cfg.type}: state not freed`);
        disposeAll(params);
      }
    });

    it('a missing gradient fails before any parameter changes', () => {
      for (const type of MODERN) {
        const params = [param('w', [4, 4], 'hidden'), param('b', [4], 'bias')];
        const opt = FACTORIES[type](params, { type });
        const before = params.map((p) => Array.from(p.variable.dataSync()));
        const g: TensorMap = { w: tf.ones([4, 4]) };
        assert.throws(() => opt.step(g, 1), /missing gradient for parameter "b"/);
        g.b = tf.ones([4]);
        assert.throws(() => opt.step(g, NaN), /LR multiplier/);
        assert.throws(() => opt.step({ ...g, b: g.w }, 1), /shape/);
        assert.deepStrictEqual(params.map((p) => Array.from(p.variable.dataSync())), before);
        tf.dispose(Object.values(g));
        disposeAll(params, opt);
      }
    });
  });

  describe('option validation at construction', () => {
    const bad: [OptimizerConfig, RegExp][] = [
      [{ type: 'lion', lr: -1 }, /lion\.lr: -1/],
      [{ type: 'lion', beta: [0.9, 0.99] }, /unknown option "beta"/],
      [{ type: 'lion', betas: [0.9, 1] }, /betas/],
      [{ type: 'lion', weightDecay: -0.1 }, /weightDecay/],
      [{ type: 'sophia', lr: -1e-4 }, /sophia\.lr/],
      [{ type: 'sophia', hessianInterval: 0 }, /hessianInterval/],
      [{ type: 'sophia', hessianInterval: 2.5 }, /hessianInterval/],
      [{ type: 'sophia', rho: -1 }, /rho/],
      [{ type: 'sophia', eps: 1e-8 }, /unknown option "eps"/],
      [{ type: 'muon', lr: -0.02 }, /muon\.lr/],
      [{ type: 'muon', momentum: 1 }, /momentum/],
      [{ type: 'muon', nesterov: 'yes' }, /nesterov/],
      [{ type: 'muon', nsSteps: 0 }, /nsSteps/],
      [{ type: 'muon', nsSteps: 2.5 }, /nsSteps/],
      [{ type: 'muon', nsCoefficients: [1, 2] }, /nsCoefficients/],
      [{ type: 'muon', nsCoefficients: [[1, 2, 3], [1, 2]] }, /nsCoefficients/],
      [{ type: 'muon', nsCoefficients: [] }, /nsCoefficients/],
      [{ type: 'muon', adjustLr: 'spectral' }, /adjustLr/],
      [{ type: 'muon', qkClipThreshold: 50 }, /unknown option "qkClipThreshold"/],
      [{ type: 'muon', fallback: { lr: -1 } }, /muon\.fallback\.lr/],
      [{ type: 'muon', fallback: { amsgrad: true } }, /unknown option "amsgrad"/],
      [{ type: 'muon', fallback: 3 }, /fallback/],
      [{ type: 'muonclip', qkClipThreshold: 0 }, /qkClipThreshold/],
      [{ type: 'muonclip', qkClipAlpha: 1.5 }, /qkClipAlpha/],
      [{ type: 'hybrid', lr: 0.02 }, /unknown option "lr"/],
      [{ type: 'hybrid', muon: { lr: -1 } }, /hybrid\.muon\.lr/],
      [{ type: 'hybrid', muon: { betas: [0.9, 0.95] } }, /unknown option "betas"/],
      [{ type: 'hybrid', adamw: { lr: -1 } }, /hybrid\.adamw\.lr/],
      [{ type: 'hybrid', adamw: { betas: [0.9, 2] } }, /betas/],
      [{ type: 'hybrid', adamw: { momentum: 0.9 } }, /unknown option "momentum"/],
    ];
    for (const [cfg, re] of bad) {
      it(`rejects ${JSON.stringify(cfg)}`, () => {
        const params = [param('w', [3, 2], 'hidden'), param('b', [2], 'bias')];
        const n0 = tf.memory().numTensors;
        assert.throws(() => FACTORIES[cfg.type](params, cfg), (e: unknown) => e instanceof OptimizerConfigError && re.test(e.message));
        assert.strictEqual(tf.memory().numTensors, n0, 'a rejected config allocated state');
        disposeAll(params);
      });
    }
    it('accepts a single triple, per-step lists and the documented defaults', () => {
      const params = [param('w', [3, 2], 'hidden'), param('b', [2], 'bias')];
      for (const cfg of [
        { type: 'muon', nsCoefficients: [3.4445, -4.775, 2.0315] },
        { type: 'muon', nsCoefficients: NS_PRESETS.polar_express.coefficients, nsSteps: 8 },
        { type: 'muonclip', qkClipThreshold: 30, qkClipAlpha: 1 },
        { type: 'hybrid', muon: {}, adamw: { amsgrad: true } },
        { type: 'sophia', hessianInterval: 1, rho: 0 },
      ] as OptimizerConfig[]) {
        FACTORIES[cfg.type](params, cfg).dispose();
      }
      disposeAll(params);
    });
  });

  after(() => {
    if (process.env.OPTLAB_TEST_REPORT) console.log(report.join('\n'));
  });
});
