/**
 * The step size LR-free optimizers (prodigy, dadapt_adam) actually applied, d·lr·λ(t), for the LR panel: their
 * schedule alone is only a multiplier of an estimate d that the run finds as it goes, so the panel adds the
 * logged d·lr of the config's newest finished experiment (MetricRow.effectiveLr) next to the scheduled curves.
 * Per run and group, the mean over the held-out seeds at each logged step (tuning trials and sweeps left out).
 * No vscode import: the panel calls it with its results root; tests call it on a real results directory.
 */
import { listExperiments, loadExperiment, safeName } from '../core/results';
import type { LoadedExperiment } from '../core/results';
import type { LrEffectiveCurve, LrState } from '../protocol';

/** d·lr curves per run name from one loaded experiment (runs without logged d·lr are absent). */
function effectiveLrCurves(exp: LoadedExperiment, startedAt: string, maxPoints = 600): Map<string, LrEffectiveCurve[]> {
  const out = new Map<string, LrEffectiveCurve[]>();
  const runs = [...new Set(exp.jobs.map((j) => j.key.run))];
  for (const run of runs) {
    const jobs = exp.jobs.filter((j) => j.key.run === run && j.key.trial === undefined && j.key.sweep === undefined);
    const groups = [...new Set(jobs.flatMap((j) => j.rows.flatMap((r) => Object.keys(r.effectiveLr ?? {}))))].sort();
    const curves: LrEffectiveCurve[] = [];
    for (const group of groups) {
      // step → [sum, count] over seeds.
      const acc = new Map<number, [number, number]>();
      let seeds = 0;
      for (const j of jobs) {
        let logged = false;
        for (const r of j.rows) {
          const v = r.effectiveLr?.[group];
          if (typeof v !== 'number' || !Number.isFinite(v)) continue;
          const a = acc.get(r.step) ?? [0, 0];
          a[0] += v;
          a[1] += 1;
          acc.set(r.step, a);
          logged = true;
        }
        if (logged) seeds++;
      }
      const steps = [...acc.keys()].sort((a, b) => a - b);
      if (!steps.length) continue;
      const stride = Math.max(1, Math.ceil(steps.length / maxPoints));
      const kept = steps.filter((_, i) => i % stride === 0 || i === steps.length - 1);
      curves.push({ group, steps: kept, values: kept.map((s) => { const [sum, n] = acc.get(s) as [number, number]; return sum / n; }), seeds, startedAt });
    }
    if (curves.length) out.set(run, curves);
  }
  return out;
}

/**
 * Adds the logged d·lr of the config's newest finished experiment under `resultsRoot` to the runs of `state`
 * with the same names; returns `state` unchanged when there is none (no results, never run, still running).
 */
export async function withEffectiveLr(state: LrState, configName: string | undefined, resultsRoot: string | undefined, maxPoints = 600): Promise<LrState> {
  if (!configName || !resultsRoot || !state.runs.length) return state;
  const dirName = safeName(configName);
  const entry = (await listExperiments(resultsRoot).catch(() => [])).find((e) => e.name === dirName && e.hasSummary);
  if (!entry) return state;
  let exp: LoadedExperiment;
  try {
    exp = await loadExperiment(entry.dir);
  } catch {
    return state;
  }
  const curves = effectiveLrCurves(exp, entry.startedAt, maxPoints);
  if (!curves.size) return state;
  return { ...state, runs: state.runs.map((r) => (curves.has(r.run) ? { ...r, effective: curves.get(r.run) } : r)) };
}
