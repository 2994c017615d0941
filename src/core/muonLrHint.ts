/**
 * Muon LR hint (SPEC §10): for the hidden matrices of a run's task (shapes from the config alone, tasks/shapes.ts),
 * the update scale of each LR adjustment, the update RMS the run's Muon LR gives, and the AdamW LR with the same
 * update RMS — so a user coming from AdamW can pick a Muon LR, and see what `match_rms_adamw` changes.
 *
 * Rule: Newton–Schulz makes the update's singular values ≈ 1, so an A × B update has RMS ≈ 1/√max(A, B) and the
 * step on that matrix has RMS ≈ lr · scale / √max(A, B). A typical AdamW update has RMS ≈ 0.2 · lr (Moonlight's
 * 0.2·√max(A, B) rule), so the AdamW-equivalent LR is lr · scale / (0.2 · √max(A, B)) — the lr itself under
 * `match_rms_adamw` — and the Muon LR that matches an AdamW LR L is L · 0.2 · √max(A, B) / scale.
 * Scales are the optimizers' own (optimizers/muonLrScale.ts). Pure, tfjs-free (the hover loads it).
 */
import { isObj } from '../guards';
import type { Obj } from '../guards';
import { optimizerBaseLrs, optionSchema } from './config/schema';
import { ADAMW_UPDATE_RMS, MUON_ADJUST_LR, NORMUON_ADJUST_LR, muonScale, normuonScale } from './optimizers/muonLrScale';
import type { MuonAdjustLr, NorMuonAdjustLr } from './optimizers/muonLrScale';
import { hiddenMatrixShapes } from './tasks/shapes';

/** Optimizer types whose `lr` (hybrid: `muon.lr`) the hint explains. */
export const MUON_HINT_TYPES: readonly string[] = ['muon', 'muonclip', 'hybrid', 'normuon'];

export interface MuonHintMode {
  /** `adjustLr` value ("original", "match_rms_adamw"; NorMuon: "spectral_norm", "rms_norm", null). */
  adjustLr: string | null;
  scale: number;
  /** RMS of the step on this matrix at the run's Muon LR (≈, see the module comment). */
  updateRms: number;
  /** AdamW LR with the same update RMS. */
  adamwLr: number;
  /** Muon LR that matches the run's AdamW-group LR (undefined when the run has none). */
  muonLrForAdamw?: number;
}

export interface MuonHintRow {
  shape: [number, number];
  names: string[];
  /** The modes compared, the active one first. */
  modes: MuonHintMode[];
}

export interface MuonLrHint {
  optimizer: string;
  lr: number;
  /** The adjustment in effect. */
  adjustLr: string | null;
  /** LR of the AdamW group of the run (hybrid's adamw, muon's fallback, NorMuon's fallback), if any. */
  adamwGroupLr?: number;
  rows: MuonHintRow[];
}

/** The adjustment in effect and the two compared (Muon: original, match_rms_adamw; NorMuon: spectral_norm, rms_norm). */
function adjustOf(opt: Obj, type: string): { active: string | null; compared: Array<string | null>; scale: (a: number, b: number, m: string | null) => number } {
  if (type === 'normuon') {
    const given = opt.adjustLr;
    const def = optionSchema('normuon', 'adjustLr')?.default as NorMuonAdjustLr | undefined;
    const active = NORMUON_ADJUST_LR.includes(given as NorMuonAdjustLr) ? (given as NorMuonAdjustLr) : def ?? 'spectral_norm';
    const compared: Array<string | null> = ['spectral_norm', 'rms_norm'];
    return { active, compared: compared.includes(active) ? compared : [active, ...compared], scale: (a, b, m) => normuonScale(a, b, m as NorMuonAdjustLr) };
  }
  const where = type === 'hybrid' ? opt.muon : opt;
  const path = type === 'hybrid' ? 'muon.adjustLr' : 'adjustLr';
  const given = isObj(where) ? where.adjustLr : undefined;
  const def = optionSchema(type, path)?.default as MuonAdjustLr | undefined;
  const active = MUON_ADJUST_LR.includes(given as MuonAdjustLr) ? (given as MuonAdjustLr) : def ?? 'original';
  return { active, compared: [...MUON_ADJUST_LR], scale: (a, b, m) => muonScale(a, b, m as MuonAdjustLr) };
}

/** The hint for a run's optimizer on its task, or undefined (not a Muon type, no lr, no hidden matrix). */
export function muonLrHint(optimizer: unknown, task: unknown): MuonLrHint | undefined {
  if (!isObj(optimizer) || typeof optimizer.type !== 'string' || !MUON_HINT_TYPES.includes(optimizer.type)) return undefined;
  const type = optimizer.type;
  const groups = optimizerBaseLrs({ ...optimizer, type });
  const lr = groups[0]?.lr;
  if (lr === undefined || !Number.isFinite(lr)) return undefined;
  const adamwGroupLr = groups[1]?.lr;
  const shapes = hiddenMatrixShapes(task);
  if (!shapes.length) return undefined;
  const { active, compared, scale } = adjustOf(optimizer, type);
  const order = [active, ...compared.filter((m) => m !== active)];
  const rows = shapes.map(({ shape: [a, b], names }): MuonHintRow => ({
    shape: [a, b],
    names,
    modes: order.map((m) => {
      const s = scale(a, b, m);
      const unitRms = 1 / Math.sqrt(Math.max(a, b));
      const updateRms = lr * s * unitRms;
      return {
        adjustLr: m,
        scale: s,
        updateRms,
        adamwLr: updateRms / ADAMW_UPDATE_RMS,
        ...(adamwGroupLr !== undefined ? { muonLrForAdamw: (adamwGroupLr * ADAMW_UPDATE_RMS) / (s * unitRms) } : {}),
      };
    }),
  }));
  return { optimizer: type, lr, adjustLr: active, ...(adamwGroupLr !== undefined ? { adamwGroupLr } : {}), rows };
}
