/**
 * Pure data shaping for the comparison charts (no DOM): which x value a row has, debiased EMA smoothing,
 * grouping seeds of a run and their mean ± standard deviation at common steps. These only rearrange the
 * numbers the core produced; nothing here recomputes a training result.
 */
import type { JobSeries, MetricRow } from '../src/protocol';
import type { Pt } from './charts';
import { stepLrOf } from './stepLr';

export type XAxis = 'step' | 'tokens' | 'time';
export type Metric = 'loss' | 'valLoss' | 'valAccuracy' | 'valPerplexity' | 'stepLr';

export const X_TITLES: Record<XAxis, string> = { step: 'step', tokens: 'tokens', time: 'wall time (s)' };

export function xOf(row: MetricRow, axis: XAxis): number {
  return axis === 'step' ? row.step : axis === 'tokens' ? row.tokens : row.timeMs / 1000;
}

/** A metric's value in a row; `stepLr` is the step size actually taken (d·lr for LR-free optimizers). */
export function metricOf(row: MetricRow, metric: Metric): number | undefined {
  const v = metric === 'stepLr' ? stepLrOf(row) : row[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Points of one job for a metric (rows without the metric, e.g. non-eval steps for valLoss, are skipped). */
export function jobPoints(job: JobSeries, metric: Metric, axis: XAxis): { pts: Pt[]; steps: number[] } {
  const pts: Pt[] = [];
  const steps: number[] = [];
  for (const r of job.rows) {
    const y = metricOf(r, metric);
    if (y === undefined) continue;
    pts.push({ x: xOf(r, axis), y });
    steps.push(r.step);
  }
  return { pts, steps };
}

/**
 * TensorBoard-style EMA with debiasing: s ← w·s + (1−w)·y, shown as s / (1 − wᵏ). weight 0 returns the input.
 */
export function ema(points: Pt[], weight: number): Pt[] {
  if (weight <= 0) return points;
  const w = Math.min(0.999, weight);
  let s = 0;
  let k = 0;
  return points.map((p) => {
    k++;
    s = w * s + (1 - w) * p.y;
    return { x: p.x, y: s / (1 - Math.pow(w, k)) };
  });
}

/** Label of a run group: the run name plus its sweep value, if any; imported runs are told apart by a suffix. */
function runLabel(job: JobSeries): string {
  const base = colorKey(job);
  return job.imported ? `${base} (imported${job.origin ? ` ${job.origin}` : ''})` : base;
}

/**
 * What decides a group's colour: the run (and sweep value) without the imported suffix, so a run and its
 * imported counterpart share a colour and differ by line style (dashed = imported).
 */
export function colorKey(job: { key: Pick<JobSeries['key'], 'run' | 'sweep'> }): string {
  return job.key.sweep ? `${job.key.run} (${job.key.sweep.key}=${job.key.sweep.value})` : job.key.run;
}

/**
 * One palette colour per colour key in first-seen order: the comparison's curves and the landscape's paths
 * walk the same jobs in the same order, so a run has the same colour in both.
 */
export function colorsByKey(keys: Iterable<string>, palette: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of keys) if (!out.has(k)) out.set(k, palette[out.size % palette.length]);
  return out;
}

/** A group label without the imported suffix (the page shows an "imported" badge instead). */
export function displayName(label: string, imported: boolean): string {
  return imported ? label.replace(/ \(imported[^)]*\)$/, '') : label;
}

/** Jobs grouped by run label (seeds together), in first-seen order. */
export function groupByRun(jobs: JobSeries[]): Map<string, JobSeries[]> {
  const m = new Map<string, JobSeries[]>();
  for (const j of jobs) {
    const k = runLabel(j);
    const list = m.get(k) ?? [];
    list.push(j);
    m.set(k, list);
  }
  return m;
}

/** Mean and standard deviation over seeds at the steps every seed has; x is the mean x of those rows. */
export function meanBand(series: { pts: Pt[]; steps: number[] }[]): { mean: Pt[]; lo: Pt[]; hi: Pt[] } {
  if (series.length === 0) return { mean: [], lo: [], hi: [] };
  const maps = series.map((s) => {
    const m = new Map<number, Pt>();
    s.steps.forEach((st, i) => m.set(st, s.pts[i]));
    return m;
  });
  const common = series[0].steps.filter((st) => maps.every((m) => m.has(st)));
  const mean: Pt[] = [];
  const lo: Pt[] = [];
  const hi: Pt[] = [];
  for (const st of common) {
    const ps = maps.map((m) => m.get(st) as Pt);
    const n = ps.length;
    const x = ps.reduce((a, p) => a + p.x, 0) / n;
    const mu = ps.reduce((a, p) => a + p.y, 0) / n;
    const sd = n > 1 ? Math.sqrt(ps.reduce((a, p) => a + (p.y - mu) ** 2, 0) / (n - 1)) : 0;
    mean.push({ x, y: mu });
    lo.push({ x, y: mu - sd });
    hi.push({ x, y: mu + sd });
  }
  return { mean, lo, hi };
}

/** x of a given step in a job (for markers on a tokens/time axis); undefined when the step was not logged. */
export function xAtStep(job: JobSeries, step: number, axis: XAxis): number | undefined {
  if (axis === 'step') return step;
  let best: MetricRow | undefined;
  for (const r of job.rows) {
    if (r.step <= step) best = r;
    else break;
  }
  return best ? xOf(best, axis) : undefined;
}
