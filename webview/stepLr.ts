/**
 * The step size a run actually took, from one logged MetricRow (pure; shared by the comparison panel and the
 * tests): the effective LR d·lr of an LR-free optimizer (prodigy, dadapt_adam), else the scheduled LR — of the
 * "default" group, or the first group (Muon's) of a multi-group optimizer.
 */
import type { MetricRow } from '../src/protocol';

export function stepLrOf(row: MetricRow): number | undefined {
  const pick = (m: Record<string, number> | undefined): number | undefined => (m ? m.default ?? Object.values(m)[0] : undefined);
  return pick(row.effectiveLr) ?? pick(row.lr);
}
