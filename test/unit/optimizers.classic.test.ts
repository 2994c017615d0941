import * as assert from 'assert';
import * as path from 'path';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory, TensorMap } from '../../src/core/optimizers/types';
import { OptimizerConfigError } from '../../src/core/optimizers/types';
import { sgdFactories } from '../../src/core/optimizers/sgd';
import { adagradFactories } from '../../src/core/optimizers/adagrad';
import { adadeltaFactories } from '../../src/core/optimizers/adadelta';
import { rmspropFactories } from '../../src/core/optimizers/rmsprop';
import { adamFactories } from '../../src/core/optimizers/adam';
import { adamaxFactories } from '../../src/core/optimizers/adamax';
import { nadamFactories } from '../../src/core/optimizers/nadam';
import { GOLDEN, ROOT, jsonFiles, readJson } from './helpers/paths';

/** The classic families only (the registry also pulls in the LLM-era optimizers, tested elsewhere). */
const CLASSIC: Record<string, OptimizerFactory> = {
  ...sgdFactories,
  ...adagradFactories,
  ...adadeltaFactories,
  ...rmspropFactories,
  ...adamFactories,
  ...adamaxFactories,
  ...nadamFactories,
};
const CLASSIC_TYPES = ['sgd', 'bgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam'];

interface Case {
  name: string;
  input: {
    optimizer: OptimizerConfig;
    schedule?: unknown;
    params: Record<string, { shape: number[]; values: number[] }>;
    grads: Record<string, number[]>[];
  };
  expected: Record<string, number[]>[];
  tol: number;
}

function loadCases(): { file: string; c: Case }[] {
  const files = [...jsonFiles(path.join(ROOT, 'test', 'fixtures', 'optimizers')), ...jsonFiles(GOLDEN)];
  return files
    .map((file) => ({ file, c: readJson<Case>(file) }))
    .filter(({ c }) => c.input && c.input.optimizer && c.input.optimizer.type in CLASSIC);
}

const allCases = loadCases();
/** Scheduled cases are covered by the replay test (one λ implementation, the schedules module). */
const directCases = allCases.filter(({ c }) => c.input.schedule === undefined);

function makeParams(c: Case): NamedParam[] {
  return Object.entries(c.input.params).map(([name, p]) => ({
    name,
    // Inside tidy: the initial tensor would otherwise stay alive beside the variable that shares its data.
    variable: tf.tidy(() => tf.variable(tf.tensor(p.values, p.shape, 'float32'), true)),
    role: p.shape.length >= 2 ? 'hidden' : 'bias',
  }));
}

function gradsOf(c: Case, t: number): TensorMap {
  const out: TensorMap = {};
  for (const [name, v] of Object.entries(c.input.grads[t])) out[name] = tf.tensor(v, c.input.params[name].shape, 'float32');
  return out;
}

/** Runs a case through the factory; returns the first value outside `|a − e| ≤ tol·max(1, |e|)`, if any. */
function runCase(c: Case, config: OptimizerConfig = c.input.optimizer, lambda = 1): string | undefined {
  const params = makeParams(c);
  let opt: Optimizer | undefined;
  try {
    opt = CLASSIC[config.type](params, config);
    for (let t = 0; t < c.input.grads.length; t++) {
      const g = gradsOf(c, t);
      try {
        opt.step(g, lambda);
      } finally {
        tf.dispose(Object.values(g));
      }
      for (const p of params) {
        const actual = p.variable.dataSync();
        const expected = c.expected[t][p.name];
        assert.strictEqual(actual.length, expected.length, `${c.name}: ${p.name} length`);
        for (let i = 0; i < expected.length; i++) {
          if (!(Math.abs(actual[i] - expected[i]) <= c.tol * Math.max(1, Math.abs(expected[i])))) {
            return `step ${t} ${p.name}[${i}]: got ${actual[i]}, expected ${expected[i]} (tol ${c.tol})`;
          }
        }
      }
    }
    return undefined;
  } finally {
    opt?.dispose();
    for (const p of params) p.variable.dispose();
  }
}

/** Small params and seeded grads for the state and leak checks (values do not matter there). */
function toyParams(): NamedParam[] {
  return [
    { name: 'w', variable: tf.tidy(() => tf.variable(tf.randomNormal([5, 3], 0, 1, 'float32', 1), true)), role: 'hidden' },
    { name: 'b', variable: tf.tidy(() => tf.variable(tf.randomNormal([3], 0, 1, 'float32', 2), true)), role: 'bias' },
  ];
}

function toyGrads(seed: number): TensorMap {
  return { w: tf.randomNormal([5, 3], 0, 1, 'float32', seed), b: tf.randomNormal([3], 0, 1, 'float32', seed + 1) };
}

const PARAM_BYTES = (15 + 3) * 4;

/** Config → state bytes as a multiple of parameter bytes (what each really holds). */
const STATE_RATIOS: [OptimizerConfig, number][] = [
  [{ type: 'sgd', lr: 0.1 }, 0],
  [{ type: 'bgd', lr: 0.1 }, 0],
  [{ type: 'sgd', lr: 0.1, momentum: 0.9 }, 1],
  [{ type: 'momentum' }, 1],
  [{ type: 'nag' }, 1],
  [{ type: 'adagrad' }, 1],
  [{ type: 'rmsprop' }, 1],
  [{ type: 'rmsprop', momentum: 0.9 }, 2],
  [{ type: 'rmsprop', centered: true }, 2],
  [{ type: 'rmsprop', centered: true, momentum: 0.9 }, 3],
  [{ type: 'adam' }, 2],
  [{ type: 'adam', amsgrad: true }, 3],
  [{ type: 'adamw' }, 2],
  [{ type: 'adamw', amsgrad: true }, 3],
  [{ type: 'adamax' }, 2],
  [{ type: 'nadam' }, 2],
  [{ type: 'adadelta' }, 2],
];

function expectConfigError(fn: () => unknown, ...parts: string[]): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof OptimizerConfigError, `expected OptimizerConfigError, got ${String(e)}`);
    for (const p of parts) assert.ok(e.message.includes(p), `message "${e.message}" should name "${p}"`);
    return true;
  });
}

describe('classic optimizers (SGD … NAdam) against PyTorch 1.13', () => {
  it('has unscheduled PyTorch fixtures for every classic type', () => {
    const covered = new Set(directCases.map(({ c }) => c.input.optimizer.type));
    assert.deepStrictEqual(CLASSIC_TYPES.filter((t) => !covered.has(t)), []);
    assert.deepStrictEqual(Object.keys(CLASSIC).sort(), [...CLASSIC_TYPES].sort());
  });

  for (const backend of ['wasm', 'cpu'] as const) {
    describe(`on ${backend}`, () => {
      before(async () => {
        await initBackend(backend);
      });

      for (const { file, c } of directCases) {
        it(`${path.basename(path.dirname(file))}/${c.name} (${c.input.optimizer.type})`, () => {
          const before = tf.memory().numTensors;
          assert.strictEqual(runCase(c), undefined);
          assert.strictEqual(tf.memory().numTensors, before, 'tensors leaked');
        });
      }

      it('uses baseLr × λ: lr 2x with λ = ½ reproduces the trajectory', () => {
        const picked = directCases.filter(({ c }) => ['sgd_dampening', 'adamw_betas_wd', 'adagrad_all_options', 'nadam_wd_momentum_decay'].includes(c.name));
        assert.strictEqual(picked.length, 4);
        for (const { c } of picked) {
          const base = c.input.optimizer;
          const lr = typeof base.lr === 'number' ? base.lr : 0;
          assert.ok(lr > 0, `${c.name} sets lr`);
          assert.strictEqual(runCase(c, { ...base, lr: 2 * lr }, 0.5), undefined, c.name);
          assert.notStrictEqual(runCase(c, base, 0.5), undefined, `${c.name}: λ must change the result`);
        }
      });
    });
  }

  describe('state, groups and memory', () => {
    before(async () => {
      await initBackend('wasm');
    });

    for (const [config, ratio] of STATE_RATIOS) {
      it(`${JSON.stringify(config)} holds ${ratio}× parameter bytes; constant tensor count; dispose frees all`, () => {
        const params = toyParams();
        const baseline = tf.memory().numTensors;
        const opt = CLASSIC[config.type](params, config);
        assert.strictEqual(opt.stateBytes(), ratio * PARAM_BYTES);
        const afterCreate = tf.memory().numTensors;
        for (let t = 0; t < 10; t++) {
          const g = toyGrads(10 + 2 * t);
          opt.step(g, 1 - t / 20);
          tf.dispose(Object.values(g));
          assert.strictEqual(tf.memory().numTensors, afterCreate, `tensor count changed at step ${t}`);
        }
        assert.strictEqual(opt.stateBytes(), ratio * PARAM_BYTES);
        const groups = opt.groups();
        assert.strictEqual(groups.length, 1);
        assert.strictEqual(groups[0].name, 'default');
        assert.strictEqual(groups[0].rule, config.type);
        assert.deepStrictEqual(groups[0].params, ['w', 'b']);
        assert.strictEqual(groups[0].size, 18);
        assert.ok(groups[0].baseLr > 0);
        opt.dispose();
        assert.strictEqual(tf.memory().numTensors, baseline, 'tensors left after dispose');
        assert.strictEqual(opt.stateBytes(), 0);
        for (const p of params) {
          assert.ok(p.variable.dataSync().every(Number.isFinite));
          p.variable.dispose();
        }
      });
    }

    it('reports the base LR and the documented defaults in groups()', () => {
      const params = toyParams();
      const expected: Record<string, number> = {
        sgd: 1e-3, bgd: 1e-3, momentum: 1e-3, nag: 1e-3, adagrad: 1e-2, adadelta: 1, rmsprop: 1e-2,
        adam: 1e-3, adamw: 1e-3, adamax: 2e-3, nadam: 2e-3,
      };
      for (const type of CLASSIC_TYPES) {
        const opt = CLASSIC[type](params, { type });
        assert.strictEqual(opt.groups()[0].baseLr, expected[type], type);
        opt.dispose();
        const withLr = CLASSIC[type](params, { type, lr: 0.123 });
        assert.strictEqual(withLr.groups()[0].baseLr, 0.123, type);
        withLr.dispose();
      }
      for (const p of params) p.variable.dispose();
    });

    it('a missing or mis-shaped gradient is an error naming the parameter, and nothing is updated', () => {
      const params = toyParams();
      const before = params.map((p) => Array.from(p.variable.dataSync()));
      for (const type of CLASSIC_TYPES) {
        const opt = CLASSIC[type](params, { type, lr: 0.1 });
        const count = tf.memory().numTensors;
        const g = toyGrads(3);
        const onlyW: TensorMap = { w: g.w };
        assert.throws(() => opt.step(onlyW, 1), /"b"/);
        const wrong: TensorMap = { w: g.w, b: tf.zeros([4]) };
        assert.throws(() => opt.step(wrong, 1), /"b".*shape/);
        assert.throws(() => opt.step(g, Number.NaN), /LR multiplier/);
        tf.dispose([...Object.values(g), wrong.b]);
        assert.strictEqual(tf.memory().numTensors, count, `${type}: tensors leaked by a failed step`);
        opt.dispose();
        assert.throws(() => opt.step(toyGrads(5), 1), /dispose/);
        params.forEach((p, i) => assert.deepStrictEqual(Array.from(p.variable.dataSync()), before[i], `${type} changed ${p.name}`));
      }
      for (const p of params) p.variable.dispose();
    });

    it('λ = 0 leaves plain SGD parameters unchanged', () => {
      const params = toyParams();
      const before = params.map((p) => Array.from(p.variable.dataSync()));
      const opt = CLASSIC.sgd(params, { type: 'sgd', lr: 0.5 });
      const g = toyGrads(7);
      opt.step(g, 0);
      tf.dispose(Object.values(g));
      params.forEach((p, i) => assert.deepStrictEqual(Array.from(p.variable.dataSync()), before[i]));
      opt.dispose();
      for (const p of params) p.variable.dispose();
    });
  });

  describe('option validation', () => {
    const params: NamedParam[] = [];
    before(async () => {
      await initBackend('cpu');
      params.push(...toyParams());
    });
    after(() => {
      for (const p of params) p.variable.dispose();
    });

    for (const type of CLASSIC_TYPES) {
      it(`${type}: negative lr, unknown keys and wrong types are errors that name the option`, () => {
        const count = tf.memory().numTensors;
        expectConfigError(() => CLASSIC[type](params, { type, lr: -1 }), 'lr', '-1');
        expectConfigError(() => CLASSIC[type](params, { type, learningRate: 0.1 }), 'learningRate');
        expectConfigError(() => CLASSIC[type](params, { type, weight_decay: 0.1 }), 'weight_decay');
        expectConfigError(() => CLASSIC[type](params, { type, lr: '0.1' }), 'lr');
        expectConfigError(() => CLASSIC[type](params, { type, weightDecay: -0.1 }), 'weightDecay');
        assert.strictEqual(tf.memory().numTensors, count, 'a rejected config must not allocate state');
      });
    }

    it('nesterov needs momentum > 0 and zero dampening', () => {
      expectConfigError(() => CLASSIC.sgd(params, { type: 'sgd', lr: 0.1, nesterov: true }), 'nesterov', 'momentum');
      expectConfigError(() => CLASSIC.sgd(params, { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true, dampening: 0.1 }), 'nesterov', 'dampening');
      expectConfigError(() => CLASSIC.nag(params, { type: 'nag', momentum: 0 }), 'nesterov');
      expectConfigError(() => CLASSIC.nag(params, { type: 'nag', dampening: 0.5 }), 'dampening');
      expectConfigError(() => CLASSIC.nag(params, { type: 'nag', nesterov: false }), 'nesterov');
      expectConfigError(() => CLASSIC.sgd(params, { type: 'sgd', nesterov: 'yes' }), 'nesterov');
      CLASSIC.nag(params, { type: 'nag', momentum: 0.5 }).dispose();
    });

    it('range checks follow PyTorch', () => {
      expectConfigError(() => CLASSIC.sgd(params, { type: 'sgd', momentum: -0.1 }), 'momentum');
      expectConfigError(() => CLASSIC.adam(params, { type: 'adam', betas: [0.9, 1] }), 'betas');
      expectConfigError(() => CLASSIC.adamw(params, { type: 'adamw', betas: [0.9] }), 'betas');
      expectConfigError(() => CLASSIC.adam(params, { type: 'adam', eps: -1e-8 }), 'eps');
      expectConfigError(() => CLASSIC.adam(params, { type: 'adam', amsgrad: 1 }), 'amsgrad');
      expectConfigError(() => CLASSIC.adadelta(params, { type: 'adadelta', rho: 1.5 }), 'rho');
      expectConfigError(() => CLASSIC.rmsprop(params, { type: 'rmsprop', alpha: -0.5 }), 'alpha');
      expectConfigError(() => CLASSIC.rmsprop(params, { type: 'rmsprop', centered: 'true' }), 'centered');
      expectConfigError(() => CLASSIC.adagrad(params, { type: 'adagrad', lrDecay: -1 }), 'lrDecay');
      expectConfigError(() => CLASSIC.adagrad(params, { type: 'adagrad', initialAccumulatorValue: -1 }), 'initialAccumulatorValue');
      expectConfigError(() => CLASSIC.nadam(params, { type: 'nadam', momentumDecay: -1 }), 'momentumDecay');
      expectConfigError(() => CLASSIC.adamax(params, { type: 'adamax', momentumDecay: 0.1 }), 'momentumDecay');
      expectConfigError(() => CLASSIC.adam(params, { type: 'adam', centered: true }), 'centered');
    });
  });
});
