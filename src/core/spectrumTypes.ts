/** Spectrum-lab result shapes, in a module with no imports so that webviews can share them. */

/** One coefficient set's outcome. */
export interface SpectrumSetResult {
  label: string;
  /** σ after NS, descending. */
  after: number[];
  /** ‖G − I‖_F/√k, G the Gram matrix of the short side of the NS output. */
  orthogonalityError: number;
  minAfter: number;
  maxAfter: number;
  nsMs: number;
  /** φᴺ(σ) on [0, 1.2] (float64 scalar map; non-finite values past blow-up are cut to ±1e3). */
  phi: { x: number[]; y: number[] };
  /** [σ_min, σ_max] of the input as this set's NS sees it (after its normalisation). */
  inputRange: [number, number];
}
