import * as assert from 'assert';
import * as path from 'path';
import type { ScheduleConfig } from '../../src/core/config/types';
import {
  buildSchedule,
  lrAt,
  lrSeries,
  scheduleCurve,
  scheduleSeries,
  ScheduleConfigError,
  SCHEDULE_TYPES,
  usesTotalSteps,
} from '../../src/core/schedules';
import { GOLDEN, ROOT, jsonFiles, readJson } from './helpers/paths';

interface ScheduleCase {
  name: string;
  input: { lr: number; schedule: ScheduleConfig; steps: number };
  expected: { lr: number[] };
  tol: number;
}

function checkCase(c: ScheduleCase): void {
  const got = lrSeries(c.input.schedule, c.input.steps, c.input.lr);
  assert.strictEqual(got.length, c.expected.lr.length, `${c.name}: length`);
  for (let t = 0; t < got.length; t++) {
    const e = c.expected.lr[t];
    const a = got[t];
    if (!(Math.abs(a - e) <= c.tol * Math.max(1, Math.abs(e)))) {
      assert.fail(`${c.name}: step ${t}: got ${a}, expected ${e} (tol ${c.tol})`);
    }
  }
}

/** The lab's own shapes (SPEC §4; the others are torch's, SPEC §12). */
const LAB_TYPES: ScheduleConfig['type'][] = ['constant', 'linear', 'warmup_cosine', 'inverse_sqrt', 'wsd'];
/** The options a type needs to build (torch's required arguments). */
const MINIMAL: Record<string, Partial<ScheduleConfig>> = {
  step: { stepSize: 10 },
  multistep: { milestones: [20, 50] },
  exponential: { gamma: 0.98 },
  cosine_restarts: { t0: 20 },
  cyclic: { baseLr: 0.1, maxLr: 1, stepSizeUp: 10 },
};

const FIXTURES = jsonFiles(path.join(ROOT, 'test', 'fixtures', 'schedules'));
const TORCH_FIXTURES = jsonFiles(path.join(ROOT, 'test', 'fixtures', 'torch_schedules'));

/** A fixture of torch.optim.lr_scheduler (gen_torch_schedules.py): LR and cycled momentum per step. */
export interface TorchScheduleCase {
  name: string;
  input: { lr: number; schedule: ScheduleConfig; steps: number };
  expected: { lr: number[]; momentum?: number[] };
  rtol: number;
}

/** First step where `got` is not within rtol·|expected| of `expected` (exact where expected is 0). */
export function firstMismatch(got: number[], expected: number[], rtol: number): string | undefined {
  if (got.length !== expected.length) return `length ${got.length}, expected ${expected.length}`;
  for (let t = 0; t < got.length; t++) {
    if (!(Math.abs(got[t] - expected[t]) <= rtol * Math.abs(expected[t]))) return `step ${t}: got ${got[t]}, expected ${expected[t]} (rtol ${rtol})`;
  }
  return undefined;
}

function checkTorchCase(c: TorchScheduleCase): void {
  const out = scheduleSeries(c.input.schedule, c.input.steps, c.input.lr);
  const lrErr = firstMismatch(out.lr, c.expected.lr, c.rtol);
  if (lrErr) assert.fail(`${c.name}: lr ${lrErr}`);
  assert.strictEqual(out.momentum !== undefined, c.expected.momentum !== undefined, `${c.name}: momentum printed iff the schedule cycles it`);
  if (c.expected.momentum) {
    const mErr = firstMismatch(out.momentum as number[], c.expected.momentum, c.rtol);
    if (mErr) assert.fail(`${c.name}: momentum ${mErr}`);
  }
}
const GOLDEN_CASES = jsonFiles(path.join(GOLDEN, 'schedules'));

describe('schedules', () => {
  describe('PyTorch LambdaLR fixtures', () => {
    it('has fixtures for every schedule type and wsd decay type', () => {
      const cases = FIXTURES.map((f) => readJson<ScheduleCase>(f));
      const types = new Set(cases.map((c) => c.input.schedule.type));
      for (const t of LAB_TYPES) assert.ok(types.has(t), `no fixture for ${t}`);
      const decays = new Set(cases.filter((c) => c.input.schedule.type === 'wsd').map((c) => c.input.schedule.decayType ?? 'linear'));
      for (const d of ['linear', 'cosine', '1-sqrt']) assert.ok(decays.has(d as never), `no wsd fixture for ${d}`);
      assert.ok(cases.some((c) => c.input.schedule.numCycles !== undefined));
      assert.ok(cases.some((c) => c.input.schedule.timescale !== undefined));
      assert.ok(cases.some((c) => c.input.schedule.minLrRatio === 0));
    });
    for (const file of FIXTURES) {
      const c = readJson<ScheduleCase>(file);
      it(`${c.name} matches`, () => checkCase(c));
    }
  });

  describe('torch.optim.lr_scheduler fixtures (PyTorch 1.13, SPEC §12)', () => {
    const cases = TORCH_FIXTURES.map((f) => readJson<TorchScheduleCase>(f));
    it('cover every torch type, a warmup prefix on each, and momentum lists for the cycling ones', () => {
      for (const t of ['step', 'multistep', 'exponential', 'polynomial', 'cosine_annealing', 'cosine_restarts', 'onecycle', 'cyclic']) {
        assert.ok(cases.some((c) => c.input.schedule.type === t), `no fixture for ${t}`);
        assert.ok(cases.some((c) => c.input.schedule.type === t && (c.input.schedule.warmupSteps ?? 0) > 0), `no warmup fixture for ${t}`);
      }
      for (const t of ['onecycle', 'cyclic']) assert.ok(cases.some((c) => c.input.schedule.type === t && c.expected.momentum), `no momentum list for ${t}`);
      for (const c of cases) assert.ok(c.rtol <= 1e-12, `${c.name}: rtol ${c.rtol}`);
    });
    for (const c of cases) it(`${c.name} matches`, () => checkTorchCase(c));
    it('negative control: a fixture nudged by 1e-10 (relative) at one step fails', () => {
      const c = cases.find((x) => x.name === 'cosine_annealing_warmup_long') as TorchScheduleCase;
      const lr = [...c.expected.lr];
      lr[4000] *= 1 + 1e-10;
      assert.throws(() => checkTorchCase({ ...c, expected: { lr } }), /step 4000/);
    });
    it('recursive forms give the same bits in any lookup order (checkpoints and cursor)', () => {
      const T = 5000;
      const inOrder = lrSeries({ type: 'cosine_annealing', tMax: 700, etaMin: 1e-4, warmupSteps: 3 }, T, 0.1);
      // The same schedule under another key order: a fresh build, not the cached one.
      const s = buildSchedule({ etaMin: 1e-4, type: 'cosine_annealing', warmupSteps: 3, tMax: 700 } as ScheduleConfig, T, 0.1);
      let seed = 12345;
      const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const order = [4999, 0, 4998, 64, 63, 65, 2000, 1999, ...Array.from({ length: 300 }, () => Math.floor(rnd() * T))];
      for (const t of order) assert.strictEqual(0.1 * s.lambda(t), inOrder[t], `step ${t}`);
      const e = buildSchedule({ gamma: 0.999, type: 'exponential' } as ScheduleConfig, T, 0.1);
      const eIn = lrSeries({ type: 'exponential', gamma: 0.999 }, T, 0.1);
      for (const t of [...order].reverse()) assert.strictEqual(0.1 * e.lambda(t), eIn[t], `exponential step ${t}`);
    });
    it('the recursive (chainable) cosine differs from the closed form, and the fixture follows the recursion', () => {
      // Closed form η + (base − η)(1 + cos(πk/T)) / 2 vs torch's chainable recursion, over a long run.
      const c = cases.find((x) => x.name === 'cosine_annealing_warmup_long') as TorchScheduleCase;
      const { lr: base, steps } = c.input;
      const w = c.input.schedule.warmupSteps ?? 0;
      const eta = c.input.schedule.etaMin ?? 0;
      const tMax = steps - w;
      let worst = 0;
      for (let t = w; t < steps; t++) {
        const closed = eta + ((base - eta) * (1 + Math.cos((Math.PI * (t - w)) / tMax))) / 2;
        worst = Math.max(worst, Math.abs(closed - c.expected.lr[t]) / c.expected.lr[t]);
      }
      assert.ok(worst > c.rtol, `closed form within ${worst} of torch: the fixture cannot tell the forms apart`);
    });
  });

  describe('shared golden cases', () => {
    if (GOLDEN_CASES.length === 0) it.skip('golden folder not present');
    for (const file of GOLDEN_CASES) {
      const c = readJson<ScheduleCase>(file);
      it(`golden ${c.name} matches`, () => checkCase(c));
    }
  });

  describe('phase markers', () => {
    const kinds = (cfg: ScheduleConfig, T: number): string[] => buildSchedule(cfg, T).phases.map((p) => `${p.kind}@${p.step}`);
    it('wsd reports warmup end, stable end, decay start and end', () => {
      assert.deepStrictEqual(kinds({ type: 'wsd', warmupSteps: 60, stableSteps: 420, decaySteps: 120 }, 600), [
        'warmup_end@60', 'stable_end@480', 'decay_start@480', 'decay_end@600',
      ]);
    });
    it('wsd without warmup/stable/decay omits those markers', () => {
      assert.deepStrictEqual(kinds({ type: 'wsd', decaySteps: 10 }, 50), ['decay_start@0', 'decay_end@10']);
      assert.deepStrictEqual(kinds({ type: 'wsd', stableSteps: 10 }, 50), ['stable_end@10']);
    });
    it('warmup_cosine and linear end their decay at T', () => {
      assert.deepStrictEqual(kinds({ type: 'warmup_cosine', warmupSteps: 60 }, 600), ['warmup_end@60', 'decay_start@60', 'decay_end@600']);
      assert.deepStrictEqual(kinds({ type: 'linear' }, 100), ['decay_start@0', 'decay_end@100']);
    });
    it('constant and inverse_sqrt', () => {
      assert.deepStrictEqual(kinds({ type: 'constant' }, 100), []);
      assert.deepStrictEqual(kinds({ type: 'constant', warmupSteps: 5 }, 100), ['warmup_end@5']);
      assert.deepStrictEqual(kinds({ type: 'inverse_sqrt', warmupSteps: 5 }, 100), ['warmup_end@5', 'decay_start@5']);
    });
    it('markers carry labels with the step, and describe() names the type', () => {
      for (const t of SCHEDULE_TYPES) {
        const s = buildSchedule({ ...MINIMAL[t], type: t, warmupSteps: 10 }, 100);
        assert.ok(s.describe().startsWith(t + ':'), s.describe());
        for (const p of s.phases) assert.ok(p.label.includes(String(p.step)), p.label);
      }
    });
    it('λ reaches 1 at the end of warmup and the floor at decay end', () => {
      const s = buildSchedule({ type: 'wsd', warmupSteps: 10, stableSteps: 20, decaySteps: 30, minLrRatio: 0.25, decayType: 'cosine' }, 100);
      assert.strictEqual(s.lambda(10), 1);
      assert.strictEqual(s.lambda(60), 0.25);
      assert.strictEqual(s.lambda(99), 0.25);
    });
  });

  describe('validation', () => {
    const bad: Array<[string, unknown, number, string]> = [
      ['negative warmup', { type: 'linear', warmupSteps: -1 }, 100, 'warmupSteps'],
      ['fractional warmup', { type: 'constant', warmupSteps: 2.5 }, 100, 'warmupSteps'],
      ['warmup = total (linear)', { type: 'linear', warmupSteps: 100 }, 100, 'warmupSteps'],
      ['warmup > total (cosine)', { type: 'warmup_cosine', warmupSteps: 700 }, 600, 'warmupSteps'],
      ['minLrRatio > 1', { type: 'warmup_cosine', minLrRatio: 1.5 }, 100, 'minLrRatio'],
      ['minLrRatio < 0', { type: 'wsd', minLrRatio: -0.1 }, 100, 'minLrRatio'],
      ['minLrRatio string', { type: 'wsd', minLrRatio: '0.1' }, 100, 'minLrRatio'],
      ['unknown key', { type: 'wsd', warmup: 10 }, 100, 'warmup'],
      ['key of another type', { type: 'linear', numCycles: 1 }, 100, 'numCycles'],
      ['unknown type', { type: 'cosine' }, 100, 'type'],
      ['missing type', { warmupSteps: 1 }, 100, 'type'],
      ['zero timescale', { type: 'inverse_sqrt', timescale: 0 }, 100, 'timescale'],
      ['negative numCycles', { type: 'warmup_cosine', numCycles: -1 }, 100, 'numCycles'],
      ['bad decayType', { type: 'wsd', decayType: 'exp' }, 100, 'decayType'],
      ['negative stable', { type: 'wsd', stableSteps: -5 }, 100, 'stableSteps'],
      ['NaN decay', { type: 'wsd', decaySteps: Number.NaN }, 100, 'decaySteps'],
      ['negative total', { type: 'constant' }, -1, 'steps'],
    ];
    for (const [what, cfg, T, field] of bad) {
      it(`rejects ${what} naming "${field}"`, () => {
        assert.throws(
          () => buildSchedule(cfg as ScheduleConfig, T),
          (e: unknown) => e instanceof ScheduleConfigError && e.field === field && e.message.includes(field),
        );
      });
    }
    it('accepts warmup ≥ total for schedules that do not use T', () => {
      assert.ok(!usesTotalSteps('wsd') && !usesTotalSteps('inverse_sqrt') && !usesTotalSteps('constant'));
      assert.doesNotThrow(() => buildSchedule({ type: 'wsd', warmupSteps: 200 }, 100));
      assert.doesNotThrow(() => buildSchedule({ type: 'inverse_sqrt', warmupSteps: 200 }, 100));
    });
  });

  describe('curves', () => {
    it('returns every step when the run is short', () => {
      const pts = scheduleCurve({ type: 'linear', warmupSteps: 5 }, 50, 0.1, 100);
      assert.strictEqual(pts.length, 50);
      assert.deepStrictEqual(pts.map((p) => p.step), Array.from({ length: 50 }, (_, i) => i));
    });
    const long: Array<[string, ScheduleConfig]> = [
      ['wsd', { type: 'wsd', warmupSteps: 31_007, stableSteps: 775_193, decaySteps: 193_800, decayType: '1-sqrt' }],
      ['cosine with cycles', { type: 'warmup_cosine', warmupSteps: 12_345, numCycles: 7.3, minLrRatio: 0.05 }],
      ['inverse_sqrt', { type: 'inverse_sqrt', warmupSteps: 4_001 }],
    ];
    for (const [what, cfg] of long) {
      it(`keeps exact extremes per bucket and phase steps (${what}, 1M steps)`, () => {
        const T = 1_000_000;
        const base = 0.02;
        const max = 2000;
        const pts = scheduleCurve(cfg, T, base, max);
        assert.ok(pts.length <= max, `${pts.length} points`);
        for (let i = 1; i < pts.length; i++) assert.ok(pts[i].step > pts[i - 1].step, 'increasing steps');
        assert.strictEqual(pts[0].step, 0);
        assert.strictEqual(pts[pts.length - 1].step, T - 1);
        const all = lrSeries(cfg, T, base);
        let gMin = Infinity, gMax = -Infinity;
        for (const v of all) { gMin = Math.min(gMin, v); gMax = Math.max(gMax, v); }
        const lrs = pts.map((p) => p.lr);
        assert.strictEqual(Math.min(...lrs), gMin);
        assert.strictEqual(Math.max(...lrs), gMax);
        for (const p of pts) assert.strictEqual(p.lr, all[p.step]);
        const steps = new Set(pts.map((p) => p.step));
        for (const ph of buildSchedule(cfg, T).phases) if (ph.step < T) assert.ok(steps.has(ph.step), `phase ${ph.kind}@${ph.step} kept`);
        // Drawing the polyline misses no excursion: every value between two kept points lies within the
        // range of the kept points around them (a bucket's extremes are kept, and a gap spans ≤ 2 buckets).
        for (let i = 0; i + 1 < pts.length; i++) {
          const near = pts.slice(Math.max(0, i - 3), i + 5).map((p) => p.lr);
          const lo = Math.min(...near), hi = Math.max(...near);
          for (let t = pts[i].step + 1; t < pts[i + 1].step; t++) {
            if (all[t] < lo || all[t] > hi) assert.fail(`step ${t}: ${all[t]} outside kept range [${lo}, ${hi}]`);
          }
        }
      });
    }
    it('lrAt agrees with lrSeries', () => {
      const cfg: ScheduleConfig = { type: 'warmup_cosine', warmupSteps: 10 };
      const all = lrSeries(cfg, 100, 0.5);
      for (const t of [0, 5, 10, 50, 99]) assert.strictEqual(lrAt(cfg, 100, 0.5, t), all[t]);
    });
  });

  describe('speed', () => {
    it('evaluates 1M λ in < 50 ms and draws a 1M-step curve in < 30 ms (median of 5)', () => {
      const s = buildSchedule({ type: 'wsd', warmupSteps: 8000, stableSteps: 800_000, decaySteps: 192_000, decayType: 'cosine' }, 1_000_000);
      const lambdaMs: number[] = [];
      const curveMs: number[] = [];
      let sink = 0;
      for (let r = 0; r < 5; r++) {
        let t0 = performance.now();
        for (let t = 0; t < 1_000_000; t++) sink += s.lambda(t);
        lambdaMs.push(performance.now() - t0);
        t0 = performance.now();
        sink += scheduleCurve({ type: 'warmup_cosine', warmupSteps: 10_000 }, 1_000_000, 3e-4, 2000).length;
        curveMs.push(performance.now() - t0);
      }
      const med = (a: number[]): number => a.sort((x, y) => x - y)[2];
      assert.ok(Number.isFinite(sink));
      assert.ok(med(lambdaMs) < 50, `1M λ: ${med(lambdaMs).toFixed(1)} ms`);
      assert.ok(med(curveMs) < 30, `curve: ${med(curveMs).toFixed(1)} ms`);
    });
  });
});
