/**
 * Statistics of a comparison against the baseline (SPEC §10): Welch's two-sided 95% interval for the difference
 * of means over evaluation seeds, the verdict it supports, how many seeds per side the same means and spreads
 * would need to be told apart, and speedups in steps and in time. Pure numbers, no I/O; the webview shares
 * the types through `events.ts`.
 *
 * The Student t quantile is the inverse of the t distribution function, written through the regularised
 * incomplete beta function (continued fraction, Numerical Recipes §6.4) and inverted by bisection to machine
 * precision: within 1e-11 relative of a 40-digit mpmath quantile on the fixture grid (test/fixtures/stats), and
 * within scipy.stats.t.ppf's own accuracy (~1e-9 for non-integer df).
 */

import type { JobResult, RunSummary, VsBaseline } from './events';
import type { ExperimentConfig } from './config/types';

export type { VsBaseline };
type Verdict = VsBaseline['verdict'];

const SEEDS_NEEDED_MAX = 1000;
const CONFIDENCE = 0.95;

// ---------------------------------------------------------------------------------------------------------
// Special functions

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: relative error < 1e-15). */
function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  const front = Math.exp(lnFront);
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Student t distribution function P(T ≤ t) with `df` (> 0, not necessarily integer) degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Student t quantile: the t with P(T ≤ t) = p, for 0 < p < 1 and df > 0. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  // Upper tail probability q = 1 − p, solved on the tail (no cancellation near p → 1).
  const q = 1 - p;
  const upper = (t: number): number => 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  let lo = 0;
  let hi = 1;
  while (upper(hi) > q) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) return Infinity;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (upper(mid) > q) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

// ---------------------------------------------------------------------------------------------------------
// Welch

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample variance (n − 1); 0 for a single value. */
function sampleVariance(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}

/**
 * Welch interval of mean(a) − mean(b) from summary numbers (variances are sample variances). With both
 * variances 0 the difference is known exactly: the interval is [diff, diff].
 */
function welchInterval(diff: number, varA: number, nA: number, varB: number, nB: number, confidence = CONFIDENCE): [number, number] {
  const ua = varA / nA;
  const ub = varB / nB;
  const se2 = ua + ub;
  if (se2 === 0) return [diff, diff];
  const df = (se2 * se2) / ((ua * ua) / (nA - 1) + (ub * ub) / (nB - 1));
  const half = studentTQuantile(1 - (1 - confidence) / 2, df) * Math.sqrt(se2);
  return [diff - half, diff + half];
}

/** Welch two-sided 95% interval of mean(a) − mean(b); null when either side has one value. */
export function welchCi95(a: readonly number[], b: readonly number[]): [number, number] | null {
  if (a.length < 2 || b.length < 2) return null;
  return welchInterval(mean(a) - mean(b), sampleVariance(a), a.length, sampleVariance(b), b.length);
}

function excludesZero(ci: [number, number]): boolean {
  return ci[0] > 0 || ci[1] < 0;
}

function verdictOf(ci: [number, number] | null, higherIsBetter: boolean): Verdict {
  if (!ci) return 'indistinguishable';
  if (ci[1] < 0) return higherIsBetter ? 'worse' : 'better';
  if (ci[0] > 0) return higherIsBetter ? 'better' : 'worse';
  return 'indistinguishable';
}

/**
 * Smallest n ≥ 2 seeds per side for which the same means and sample SDs give a Welch interval that excludes 0
 * (≤ SEEDS_NEEDED_MAX, else null). Needs both SDs, so both sides must have ≥ 2 seeds; null when diff = 0.
 */
export function seedsNeeded(a: readonly number[], b: readonly number[]): number | null {
  if (a.length < 2 || b.length < 2) return null;
  const diff = mean(a) - mean(b);
  if (diff === 0) return null;
  const va = sampleVariance(a);
  const vb = sampleVariance(b);
  for (let n = 2; n <= SEEDS_NEEDED_MAX; n++) if (excludesZero(welchInterval(diff, va, n, vb, n))) return n;
  return null;
}

/** Metrics where a higher value is better (accuracy); every loss and perplexity is lower-is-better. */
function higherIsBetter(metric: string): boolean {
  return metric === 'valAccuracy';
}

function ratio(base: number | undefined, run: number | undefined): number | null {
  return base !== undefined && run !== undefined && run > 0 && Number.isFinite(base) && Number.isFinite(run) ? base / run : null;
}

/**
 * The comparison of one run with the baseline: `run`/`base` are the final metric values over evaluation
 * seeds; steps and time to target are the seed means (undefined unless every seed reached the target).
 */
export function compareWithBaseline(
  metric: string,
  run: readonly number[],
  base: readonly number[],
  toTarget: { runSteps?: number; baseSteps?: number; runSec?: number; baseSec?: number } = {},
): VsBaseline | undefined {
  if (!run.length || !base.length) return undefined;
  const diff = mean(run) - mean(base);
  const ci95 = welchCi95(run, base);
  const verdict = verdictOf(ci95, higherIsBetter(metric));
  return {
    metric,
    diff,
    ci95,
    verdict,
    seedsNeeded: verdict === 'indistinguishable' ? seedsNeeded(run, base) : null,
    speedupSteps: ratio(toTarget.baseSteps, toTarget.runSteps),
    speedupTime: ratio(toTarget.baseSec, toTarget.runSec),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Summary rows

/** The evaluation jobs behind a summary row: the run's jobs that are not tuning trials, at the chosen sweep value. */
function evalJobs(row: RunSummary, results: readonly JobResult[]): JobResult[] {
  return results.filter((r) => r.job.run === row.run && r.job.trial === undefined && (!row.sweepChoice || r.job.sweep?.value === row.sweepChoice.value));
}

/**
 * Adds `timeToTargetSec` to every row and `vsBaseline` to every row but the baseline's (SPEC §10). The final
 * metric of a seed counts when its job finished (a diverged or cancelled seed has no final value).
 */
export function attachComparisons(config: ExperimentConfig, rows: RunSummary[], results: readonly JobResult[]): RunSummary[] {
  const metric = config.target?.metric ?? 'trainLoss';
  const info = new Map(rows.map((row) => {
    const jobs = evalJobs(row, results);
    const times = jobs.map((j) => j.timeToTargetMs);
    const timeToTargetSec = config.target && jobs.length && times.every((t) => t !== undefined) ? mean(times as number[]) / 1000 : null;
    const finals = jobs.filter((j) => j.status === 'done' && j.finalMetric !== undefined && Number.isFinite(j.finalMetric)).map((j) => j.finalMetric as number);
    return [row.run, { timeToTargetSec, finals }] as const;
  }));
  const base = rows.find((r) => r.run === config.baseline);
  const b = base ? info.get(base.run)! : undefined;
  return rows.map((row) => {
    const mine = info.get(row.run)!;
    const out: RunSummary = { ...row, timeToTargetSec: mine.timeToTargetSec };
    if (base && b && row !== base) {
      const vs = compareWithBaseline(metric, mine.finals, b.finals, {
        runSteps: row.stepsToTarget, baseSteps: base.stepsToTarget,
        runSec: mine.timeToTargetSec ?? undefined, baseSec: b.timeToTargetSec ?? undefined,
      });
      if (vs) out.vsBaseline = vs;
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Words

function fmt(v: number): string {
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}

/**
 * The verdict in words, as the CLI, the panel and the report show it: "better by 0.031 [0.012, 0.050]" (the
 * improvement and its interval, both in the good direction) or "not distinguishable with 3 seeds; ≈ 9 needed".
 */
export function verdictText(v: VsBaseline, seeds: number): string {
  const good = higherIsBetter(v.metric) ? 1 : -1;
  if (v.verdict !== 'indistinguishable' && v.ci95) {
    const s = v.verdict === 'better' ? good : -good;
    const lo = Math.min(s * v.ci95[0], s * v.ci95[1]);
    const hi = Math.max(s * v.ci95[0], s * v.ci95[1]);
    return `${v.verdict} by ${fmt(s * v.diff)} [${fmt(lo)}, ${fmt(hi)}]`;
  }
  const tail = v.ci95 === null ? ' (one seed: no interval)' : v.seedsNeeded !== null ? `; ≈ ${v.seedsNeeded} needed` : v.diff === 0 ? '' : `; > ${SEEDS_NEEDED_MAX} needed`;
  return `not distinguishable with ${seeds} seed${seeds === 1 ? '' : 's'}${tail}`;
}
