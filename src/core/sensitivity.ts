/**
 * The LR-sensitivity view's data (SPEC §10): per tuned run and tuned option, each trial's final metric on the
 * tuning seeds (mean ± one SD over them) against the option's value, diverged trials apart (drawn at the
 * top), the chosen trial marked. Only rearranges numbers of `runs[i].tuning`; no runtime imports, so the
 * report page and the comparison webview draw the same points.
 */
import type { RunSummary } from './events';

interface SensitivityPoint {
  index: number;
  x: number;
  mean: number;
  lo: number;
  hi: number;
}

export interface SensitivityPlot {
  run: string;
  /** The option path (`lr`, `muon.lr`, `betas[1]`). */
  key: string;
  /** Log x axis for `log` ranges. */
  log: boolean;
  /** Sorted by x. */
  points: SensitivityPoint[];
  /** x of diverged trials. */
  diverged: { index: number; x: number }[];
  chosen?: { index: number; x: number; y: number };
  /** How many tuning seeds each point averages. */
  seeds: number;
}

/** One plot per tuned run and option, in run order then space order. */
export function sensitivityPlots(runs: readonly RunSummary[]): SensitivityPlot[] {
  const out: SensitivityPlot[] = [];
  for (const r of runs) {
    const t = r.tuning;
    if (!t || !t.trials.length) continue;
    for (const key of Object.keys(t.trials[0].values)) {
      const points: SensitivityPoint[] = [];
      const diverged: { index: number; x: number }[] = [];
      for (const tr of t.trials) {
        const x = tr.values[key];
        if (tr.diverged) {
          diverged.push({ index: tr.index, x });
          continue;
        }
        const vals = (tr.perSeed ?? [tr.finalMetric]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
        if (!vals.length) continue;
        const mean = vals.reduce((a, b) => a + b, 0) / vals.length;
        const sd = vals.length > 1 ? Math.sqrt(vals.reduce((a, v) => a + (v - mean) ** 2, 0) / (vals.length - 1)) : 0;
        points.push({ index: tr.index, x, mean, lo: mean - sd, hi: mean + sd });
      }
      points.sort((a, b) => a.x - b.x || a.index - b.index);
      const c = t.chosen ? points.find((p) => p.index === t.chosen!.index) : undefined;
      out.push({
        run: r.run,
        key,
        log: t.scales[key] === 'log',
        points,
        diverged,
        ...(c ? { chosen: { index: c.index, x: c.x, y: c.mean } } : {}),
        seeds: t.seeds.length,
      });
    }
  }
  return out;
}
