/**
 * The LR adjustment of the Muon family per matrix shape, pure (no tfjs), so the optimizers and the hover's Muon
 * LR hint use the same numbers. rows/cols (A × B) are the orthogonalised view, PyTorch [out, in].
 *
 * - Muon (`adjustLr`, torch.optim.Muon's `adjust_lr_fn`): "original" √max(1, A/B) (Keller Jordan's Muon);
 *   "match_rms_adamw" 0.2·√max(A, B) (Moonlight, Liu et al. 2025: gives the update the RMS of a typical AdamW
 *   update, 0.2, so AdamW's LR and weight decay carry over).
 * - NorMuon (dion normuon.py `adjust_lr`): "spectral_norm" √(A/B), "rms_norm" 0.2·√max(A, B), null 1.
 */

export type MuonAdjustLr = 'original' | 'match_rms_adamw';
export const MUON_ADJUST_LR: readonly MuonAdjustLr[] = ['original', 'match_rms_adamw'];

export type NorMuonAdjustLr = 'spectral_norm' | 'rms_norm' | null;
export const NORMUON_ADJUST_LR: readonly NorMuonAdjustLr[] = ['spectral_norm', 'rms_norm', null];

/** RMS of a typical AdamW update per unit LR (Moonlight's matching constant). */
export const ADAMW_UPDATE_RMS = 0.2;

/** Muon's update scale of one [rows, cols] matrix. */
export function muonScale(rows: number, cols: number, adjustLr: MuonAdjustLr): number {
  return adjustLr === 'original' ? Math.sqrt(Math.max(1, rows / cols)) : ADAMW_UPDATE_RMS * Math.sqrt(Math.max(rows, cols));
}

/** NorMuon's update scale of one [fanOut, fanIn] matrix. */
export function normuonScale(fanOut: number, fanIn: number, adjustLr: NorMuonAdjustLr): number {
  return adjustLr === 'spectral_norm' ? Math.sqrt(fanOut / fanIn) : adjustLr === 'rms_norm' ? ADAMW_UPDATE_RMS * Math.sqrt(Math.max(fanOut, fanIn)) : 1;
}
