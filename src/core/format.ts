/**
 * Number and byte formatting, and round axis ticks, shared by the CLI table, report.html, validation messages and the webviews (one
 * formatter for all of them, so a value reads the same everywhere). Import-free: webviews load it.
 */

/** Compact number: exponent form outside [1e-3, 1e6), else `digits` significant digits. */
export function fmtNumber(v: number | null | undefined, digits = 4): string {
  if (v === undefined || v === null || !Number.isFinite(v)) return '–';
  if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3)) return v.toExponential(2);
  return Number(v.toPrecision(digits)).toString();
}

/** Bytes in binary units (KiB, MiB, …). */
export function fmtBytes(b: number | null | undefined): string {
  if (b === undefined || b === null || !Number.isFinite(b)) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let i = 0;
  let v = b;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i ? v.toFixed(1) : v} ${units[i]}`;
}

/** About `count` round tick values (steps of 1, 2 or 5 × 10ᵏ) inside [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const raw = (hi - lo) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return [];
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  // The round step nearest to the raw one (in ratio), so the count stays close to `count`.
  const step = [1, 2, 5, 10].map((m) => m * mag).reduce((a, b) => (Math.abs(Math.log(b / raw)) < Math.abs(Math.log(a / raw)) ? b : a));
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return out;
}
