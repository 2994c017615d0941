/**
 * Number and byte formatting shared by the CLI table, report.html, validation messages and the webviews (one
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
