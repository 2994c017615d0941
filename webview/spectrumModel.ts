/**
 * Pure helpers of the spectrum page: the coefficient-set choices and how the three slots become the
 * request's `sets` (empty slots dropped, custom triples checked). No DOM, so tests can import it.
 */
import type { NsCoefficientPreset, SpectrumCoefficientSet } from '../src/protocol';

export type SetChoice = NsCoefficientPreset | 'none';
export const SET_CHOICES: readonly SetChoice[] = ['jordan', 'polar_express', 'jiacheng6', 'custom', 'none'];

export const PRESET_LABELS: Readonly<Record<SetChoice, string>> = {
  jordan: 'Jordan NS5 (3.4445, −4.7750, 2.0315)',
  polar_express: 'Polar Express (per step)',
  jiacheng6: 'per-step 6-iteration set',
  custom: 'custom (a, b, c)',
  none: '—',
};

/** The slots that take part, as protocol sets (a custom triple with a non-finite entry is left out). */
export function setsOf(slots: readonly { choice: SetChoice; coefficients: [number, number, number] }[]): SpectrumCoefficientSet[] {
  const out: SpectrumCoefficientSet[] = [];
  for (const s of slots.slice(0, 3)) {
    if (s.choice === 'none') continue;
    if (s.choice === 'custom' && !s.coefficients.every(Number.isFinite)) continue;
    out.push({ preset: s.choice, coefficients: [...s.coefficients] as [number, number, number] });
  }
  return out;
}
