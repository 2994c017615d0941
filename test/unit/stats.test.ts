import * as assert from 'assert';
import * as path from 'path';
import { compareWithBaseline, seedsNeeded, studentTCdf, studentTQuantile, verdictText, welchCi95 } from '../../src/core/stats';
import { ROOT, readJson } from './helpers/paths';

interface WelchCase {
  name: string;
  metric: string;
  run: number[];
  base: number[];
  diff: number;
  ci95: [number, number] | null;
  verdict: string;
  seedsNeeded: number | null;
}

const FIX = readJson<{ cases: WelchCase[]; quantiles: { p: number; df: number; t: number; tMp: number }[]; cdf: { t: number; df: number; p: number }[] }>(path.join(ROOT, 'test', 'fixtures', 'stats', 'welch.json'));

describe('stats: Welch interval, verdict and seeds needed vs scipy 1.10 (test/fixtures/gen/gen_tuning.py)', () => {
  // scipy's t.ppf (cephes incbi) is itself accurate to ~1e-9 relative for non-integer df; mpmath at 40 digits is
  // the tight reference.
  it('Student t quantiles match mpmath to 1e-10 and scipy.stats.t.ppf to 1e-8 (non-integer df too)', () => {
    let maxRel = 0;
    for (const q of FIX.quantiles) {
      const t = studentTQuantile(q.p, q.df);
      const rel = (ref: number): number => (Math.abs(ref) < 1e-12 ? Math.abs(t - ref) : Math.abs(t - ref) / Math.abs(ref));
      maxRel = Math.max(maxRel, rel(q.tMp));
      assert.ok(rel(q.tMp) < 1e-10, `p=${q.p} df=${q.df}: ${t} vs mpmath ${q.tMp}`);
      assert.ok(rel(q.t) < 1e-8, `p=${q.p} df=${q.df}: ${t} vs scipy ${q.t}`);
    }
    assert.ok(FIX.quantiles.length >= 50);
    console.log(`      max relative error vs mpmath: ${maxRel.toExponential(1)}`);
  });

  it('Student t distribution function matches scipy.stats.t.cdf', () => {
    for (const c of FIX.cdf) assert.ok(Math.abs(studentTCdf(c.t, c.df) - c.p) < 1e-13 * Math.max(1, c.p), `t=${c.t} df=${c.df}: ${studentTCdf(c.t, c.df)} vs ${c.p}`);
  });

  for (const c of FIX.cases) {
    it(c.name, () => {
      const v = compareWithBaseline(c.metric, c.run, c.base)!;
      assert.ok(Math.abs(v.diff - c.diff) < 1e-12, `diff ${v.diff} vs ${c.diff}`);
      if (c.ci95 === null) assert.strictEqual(v.ci95, null);
      else {
        assert.ok(v.ci95, 'interval expected');
        for (let k = 0; k < 2; k++) assert.ok(Math.abs(v.ci95[k] - c.ci95[k]) < 1e-8 * Math.max(1, Math.abs(c.ci95[k])), `ci95[${k}] ${v.ci95[k]} vs ${c.ci95[k]}`);
      }
      assert.strictEqual(v.verdict, c.verdict);
      assert.strictEqual(v.seedsNeeded, c.seedsNeeded);
    });
  }

  it('covers the edge cases the SPEC names (one seed, zero variance, > 1000 needed)', () => {
    const names = FIX.cases.map((c) => c.name);
    for (const n of ['one seed each', 'zero variance both, different means', 'zero variance both, equal means', 'tiny difference, needs more than 1000']) assert.ok(names.includes(n), n);
  });

  it('negative control: a wrong quantile (z instead of t) misses the scipy interval', () => {
    const c = FIX.cases.find((x) => x.name === 'clearly better')!;
    const z = welchCi95(c.run, c.base)!;
    const half = (z[1] - z[0]) / 2;
    const zHalf = half * (1.959963984540054 / studentTQuantile(0.975, 3.9));
    assert.ok(Math.abs(zHalf - (c.ci95![1] - c.ci95![0]) / 2) > 1e-3);
  });

  it('seedsNeeded is null with one seed and when the means are equal', () => {
    assert.strictEqual(seedsNeeded([1], [2, 3]), null);
    assert.strictEqual(seedsNeeded([1, 2], [2, 1]), null);
  });

  it('speedups in steps and time are baseline ÷ run, null when either is missing', () => {
    const v = compareWithBaseline('valLoss', [1, 1.1], [1.2, 1.3], { runSteps: 100, baseSteps: 200, runSec: 4, baseSec: 5 })!;
    assert.strictEqual(v.speedupSteps, 2);
    assert.strictEqual(v.speedupTime, 1.25);
    const w = compareWithBaseline('valLoss', [1, 1.1], [1.2, 1.3], { runSteps: 100 })!;
    assert.strictEqual(w.speedupSteps, null);
    assert.strictEqual(w.speedupTime, null);
  });

  it('words: "better by d [lo, hi]" and "not distinguishable with n seeds; ≈ m needed"', () => {
    const better = compareWithBaseline('valLoss', [1.51, 1.53, 1.52], [1.6, 1.62, 1.59])!;
    assert.match(verdictText(better, 3), /^better by 0\.0833 \[0\.0521, 0\.115\]$/);
    const same = FIX.cases.find((x) => x.name === 'overlapping, 3 seeds')!;
    assert.strictEqual(verdictText(compareWithBaseline(same.metric, same.run, same.base)!, 3), 'not distinguishable with 3 seeds; ≈ 14 needed');
    const acc = compareWithBaseline('valAccuracy', [0.91, 0.92, 0.93], [0.85, 0.86, 0.84])!;
    assert.match(verdictText(acc, 3), /^better by 0\.07 \[0\.0473, 0\.0927\]$/);
  });
});
