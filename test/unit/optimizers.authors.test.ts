/**
 * The element-wise optimizers of SPEC §11 against trajectories of their authors' code
 * (test/fixtures/gen/gen_authors_elementwise.py): worst error per fixture on wasm (fused and op chain) and cpu,
 * a negative control per family (a deliberately wrong option must miss the trajectory), state bytes, option
 * validation. `replay.test.ts` replays the same fixtures as part of every optimizer's conformance.
 */
import * as assert from 'assert';
import * as path from 'path';
import { tf } from '../../src/core/tf';
import { ownedVariable } from '../../src/core/kernels/wasmRuntime';
import { initBackend } from '../../src/core/backend';
import { ReplayInputError, compareTrajectory, replay } from '../../src/core/replay';
import type { ReplayInput } from '../../src/core/replay';
import { createOptimizer, isOptimizerType } from '../../src/core/optimizers/registry';
import { OptimizerConfigError } from '../../src/core/optimizers/types';
import type { NamedParam, OptimizerConfig } from '../../src/core/optimizers/types';
import { ROOT, jsonFiles, readJson } from './helpers/paths';
import { describeOnEachBackend } from './helpers/backends';
import { cautiousLionCount } from '../../src/core/optimizers/cautious';
import { FixtureErrors } from './helpers/fixtureErrors';

interface AuthorsCase {
  name: string;
  input: ReplayInput;
  expected: Record<string, number[]>[];
  expectedEval?: Record<string, number[]>[];
  tol: number;
  reference: { repository: string; path: string; commit: string };
}

const cases = jsonFiles(path.join(ROOT, 'test', 'fixtures', 'optimizers'))
  .map((f) => readJson<AuthorsCase>(f))
  .filter((c) => c.reference !== undefined);

/** Worst |a − e| / max(1, |e|) over a trajectory. */
function worstError(actual: Record<string, number[]>[], expected: Record<string, number[]>[]): number {
  let worst = 0;
  expected.forEach((row, t) => {
    for (const [k, ev] of Object.entries(row)) {
      ev.forEach((e, i) => {
        const err = Math.abs(actual[t][k][i] - e) / Math.max(1, Math.abs(e));
        if (!(err <= worst)) worst = err;
      });
    }
  });
  return worst;
}

/**
 * Per family, one fixture and a wrong option that changes the rule in a way the fixture can see: the replay
 * with it must fail the comparison (else the fixture could not tell the option apart).
 */
const NEGATIVE: Array<{ fixture: string; wrong: Record<string, unknown> }> = [
  { fixture: 'adopt_decouple', wrong: { decouple: false } },
  { fixture: 'ademamix_warmups', wrong: { beta3Warmup: undefined } },
  // Cautious: the same rule without the mask is plain AdamW / Lion; the wrong type is the control.
  { fixture: 'cautious_adamw_wd', wrong: { type: 'adamw', eps: 1e-8 } },
  { fixture: 'cautious_lion_wd', wrong: { type: 'lion' } },
  { fixture: 'laprop_centered', wrong: { centered: false } },
  { fixture: 'laprop_amsgrad', wrong: { amsgrad: false } },
  { fixture: 'adan_prox_clip', wrong: { maxGradNorm: 0 } },
  { fixture: 'adan_no_prox', wrong: { noProx: false } },
  { fixture: 'mars_small_grads_wd', wrong: { gamma: 0 } },
  { fixture: 'mars_optimize1d_amsgrad', wrong: { optimize1d: false } },
  { fixture: 'schedule_free_adamw_warmup_wd', wrong: { r: 0 } },
  { fixture: 'schedule_free_adamw_inner_momentum', wrong: { innerMomentum: 0 } },
  { fixture: 'schedule_free_sgd_warmup_wd', wrong: { warmupSteps: 0 } },
];

const report: string[] = [];
const errors = new FixtureErrors();

describe("optimizers reproduced from their authors' code (SPEC §11, element-wise)", () => {
  describe('on wasm with fused passes: weights stay in their own buffers', () => {
    before(async () => {
      await initBackend('wasm');
    });
    // A step that wrote the weights to a fresh buffer (a state slot sharing theirs, say) would leave them off
    // the cache-line-aligned buffer they started in (wasmRuntime.ts ownedVariable) for the rest of the run.
    for (const type of ['adopt', 'ademamix', 'cautious_adamw', 'cautious_lion', 'laprop', 'adan', 'mars', 'schedule_free_adamw', 'schedule_free_sgd', 'prodigy', 'dadapt_adam']) {
      it(type, () => {
        const params: NamedParam[] = [
          { name: 'w', role: 'hidden', variable: ownedVariable(tf.randomNormal([96, 64], 0, 0.1, 'float32', 1), true) },
          { name: 'b', role: 'bias', variable: ownedVariable(tf.zeros([64]), true) },
        ];
        const ids = params.map((p) => p.variable.dataId);
        const opt = createOptimizer(params, { type });
        for (let t = 0; t < 3; t++) {
          const grads = { w: tf.randomNormal([96, 64], 0, 1, 'float32', 10 + t), b: tf.randomNormal([64], 0, 1, 'float32', 20 + t) };
          opt.step(grads, 1);
          tf.dispose(Object.values(grads));
        }
        const moved = params.filter((p, i) => p.variable.dataId !== ids[i]).map((p) => p.name);
        opt.dispose();
        tf.dispose(params.map((p) => p.variable));
        assert.deepStrictEqual(moved, [], `${type} moved ${moved.join(', ')} to a new buffer`);
      });
    }
  });

  it('every fixture names its reference and a registered type', () => {
    assert.ok(cases.length > 0);
    for (const c of cases) {
      assert.ok(isOptimizerType(c.input.optimizer.type), c.name);
      assert.match(c.reference.commit, /^[0-9a-f]{40}$/, c.name);
    }
  });

  describeOnEachBackend((label) => {
    for (const c of cases) {
      it(`${c.name} within ${c.tol} of ${c.reference.repository}`, () => {
        const out = replay(c.input);
        const worst = worstError(out.params, c.expected);
        report.push(`${label} ${c.name}: worst ${worst.toExponential(2)}`);
        errors.add(label, c.input.optimizer.type, c.name, c.tol, out.params, c.expected);
        assert.ok(worst <= c.tol, `${c.name}: worst relative error ${worst} > ${c.tol}`);
      });
    }
    for (const c of cases.filter((x) => x.expectedEval)) {
      it(`${c.name}: x in eval mode after every step (train/eval switch as the reference)`, () => {
        const before = tf.memory().numTensors;
        const params: NamedParam[] = Object.entries(c.input.params).map(([name, p]) => ({
          name,
          variable: tf.tidy(() => tf.variable(tf.tensor(p.values, p.shape, 'float32'), true)),
          role: p.shape.length >= 2 ? 'hidden' : 'bias',
        }));
        const opt = createOptimizer(params, c.input.optimizer);
        assert.ok(opt.setMode, 'schedule-free optimizers switch modes');
        const got: Record<string, number[]>[] = [];
        for (const g of c.input.grads) {
          const grads = Object.fromEntries(params.map((p) => [p.name, tf.tensor(g[p.name], p.variable.shape, 'float32')]));
          opt.step(grads, 1);
          opt.setMode('eval');
          assert.throws(() => opt.step(grads, 1), /eval mode/);
          tf.dispose(Object.values(grads));
          got.push(Object.fromEntries(params.map((p) => [p.name, Array.from(p.variable.dataSync())])));
          opt.setMode('train');
        }
        opt.dispose();
        for (const p of params) p.variable.dispose();
        assert.strictEqual(tf.memory().numTensors, before, 'leaked tensors');
        const worst = worstError(got, c.expectedEval as Record<string, number[]>[]);
        report.push(`${label} ${c.name} (eval x): worst ${worst.toExponential(2)}`);
        assert.ok(worst <= c.tol, `${c.name} x: worst relative error ${worst} > ${c.tol}`);
      });
    }
    it("cautious_lion's mask count equals Σ[sign(β₁m + (1 − β₁)g)·g > 0] on edge values", () => {
      const tiny = 1.401298464324817e-45;
      const edge = [0, -0, tiny, -tiny, 1e-30, -1e-30, 1e-20, 3e38, -3e38, Infinity, -Infinity, NaN, 1, -1, 0.5];
      const g: number[] = [];
      const m: number[] = [];
      for (const a of edge) for (const b of edge) { g.push(a); m.push(b); }
      const b1 = 0.95;
      let expected = 0;
      g.forEach((gv, i) => {
        const x = Math.fround(Math.fround(m[i] * Math.fround(b1)) + Math.fround(gv * Math.fround(1 - b1)));
        if (Math.sign(x) * gv > 0) expected++;
      });
      const [gt, mt] = [tf.tensor1d(g), tf.tensor1d(m)];
      const got = cautiousLionCount(b1).run({ g: gt, m: mt }, {});
      tf.dispose([gt, mt]);
      assert.strictEqual(got, expected);
      assert.ok(expected > 20 && expected < g.length - 20, 'the edge grid has both outcomes');
    });
    it('negative controls: a wrong option misses the trajectory', () => {
      for (const { fixture, wrong } of NEGATIVE) {
        const c = cases.find((x) => x.name === fixture);
        assert.ok(c, `fixture ${fixture}`);
        const out = replay({ ...c.input, optimizer: { ...c.input.optimizer, ...wrong } });
        assert.notStrictEqual(compareTrajectory(out.params, c.expected, c.tol), undefined, `${fixture} with ${JSON.stringify(wrong)} still matches`);
      }
    });
  });

  it('replay refuses a decaying schedule for schedule-free optimizers (they schedule themselves)', () => {
    const c = cases.find((x) => x.name === 'schedule_free_sgd_defaults');
    assert.ok(c);
    assert.throws(() => replay({ ...c.input, schedule: { type: 'linear' } }), (e: unknown) => e instanceof ReplayInputError && /constant schedule/.test(e.message));
    assert.throws(() => replay({ ...c.input, schedule: { type: 'constant', warmupSteps: 3 } }), ReplayInputError);
  });

  describe('state and options', () => {
    before(async () => {
      await initBackend('wasm');
    });
    const params = (): NamedParam[] => [
      { name: 'w', variable: tf.variable(tf.ones([4, 3]), true), role: 'hidden' },
      { name: 'b', variable: tf.variable(tf.ones([3]), true), role: 'bias' },
    ];
    const STATE: Array<[OptimizerConfig, number]> = [
      [{ type: 'adopt' }, 2],
      [{ type: 'ademamix' }, 3],
      [{ type: 'ademamix', betas: [0, 0.999, 0.9999] }, 2],
      [{ type: 'cautious_adamw' }, 2],
      [{ type: 'cautious_lion' }, 1],
      [{ type: 'laprop' }, 2],
      [{ type: 'laprop', centered: true, amsgrad: true }, 4],
      [{ type: 'adan' }, 4],
      [{ type: 'mars' }, 3],
      [{ type: 'mars', amsgrad: true }, 4],
      [{ type: 'schedule_free_adamw' }, 2],
      [{ type: 'schedule_free_adamw', innerMomentum: 0.9 }, 3],
      [{ type: 'schedule_free_sgd' }, 1],
    ];
    for (const [cfg, ratio] of STATE) {
      it(`${JSON.stringify(cfg)} holds ${ratio}× the parameter bytes`, () => {
        const ps = params();
        const opt = createOptimizer(ps, cfg);
        assert.strictEqual(opt.stateBytes(), ratio * 15 * 4);
        opt.dispose();
        for (const p of ps) p.variable.dispose();
      });
    }
    const BAD: Array<[OptimizerConfig, RegExp]> = [
      [{ type: 'adopt', betas: [0.9, 1] }, /adopt\.betas/],
      [{ type: 'adopt', decouple: 1 }, /adopt\.decouple/],
      [{ type: 'adopt', clipLambda: 1 }, /unknown option "clipLambda"/],
      [{ type: 'ademamix', betas: [0.9, 0.999] }, /ademamix\.betas/],
      [{ type: 'ademamix', alphaWarmup: 2.5 }, /ademamix\.alphaWarmup/],
      [{ type: 'ademamix', alpha: -1 }, /ademamix\.alpha/],
      [{ type: 'cautious_adamw', correctBias: false }, /unknown option "correctBias"/],
      [{ type: 'cautious_lion', betas: [0.9] }, /cautious_lion\.betas/],
      [{ type: 'laprop', centered: 'yes' }, /laprop\.centered/],
      [{ type: 'adan', maxGradNorm: -1 }, /adan\.maxGradNorm/],
      [{ type: 'adan', betas: [0.98, 0.92, 1] }, /adan\.betas/],
      [{ type: 'mars', isApprox: false }, /mars\.isApprox/],
      [{ type: 'mars', marsType: 'mars-shampoo' }, /mars\.marsType/],
      [{ type: 'mars', lr: 0 }, /mars\.lr/],
      [{ type: 'mars', betas1d: [0.9, 1.5] }, /mars\.betas1d/],
      [{ type: 'schedule_free_sgd', momentum: 0 }, /schedule_free_sgd\.momentum/],
      [{ type: 'schedule_free_adamw', warmupSteps: 1.5 }, /schedule_free_adamw\.warmupSteps/],
    ];
    for (const [cfg, re] of BAD) {
      it(`rejects ${JSON.stringify(cfg)}`, () => {
        const ps = params();
        assert.throws(() => createOptimizer(ps, cfg), (e: unknown) => e instanceof OptimizerConfigError && re.test(e.message));
        for (const p of ps) p.variable.dispose();
      });
    }
  });

  after(() => {
    if (process.env.OPTLAB_TEST_REPORT) console.log(`${report.join('\n')}\n\n${errors.table()}`);
  });
});
