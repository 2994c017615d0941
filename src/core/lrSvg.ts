/**
 * A small, dependency-free SVG renderer for LR curves, used by the config hover (as a data: image inside
 * Markdown) and usable by the CLI's report. Pure string building: no vscode, no DOM, no tfjs.
 *
 * Layout: one horizontal strip per parameter group, stacked, sharing the x axis (step). Each strip has its
 * own linear y scale from 0 to the group's peak, because groups of a hybrid differ by 10–20× in base LR and a
 * shared axis would flatten the smaller one. Phase markers (warmup end, stable end, decay start/end) are
 * dashed vertical lines across all strips at x(step). Colours are mid-tones with a transparent background so
 * the image reads on dark, light and high-contrast themes (an <img> cannot use the theme's CSS variables).
 */

export interface SvgSeries {
  /** Group name shown in the strip ("default", "muon", "adamw"). */
  label: string;
  /** Steps, ascending. */
  steps: ArrayLike<number>;
  /** LR at each step. */
  values: ArrayLike<number>;
}

export interface SvgPhase {
  step: number;
  label: string;
}

export interface LrSvgOptions {
  /** x axis extent: steps 0 … totalSteps. */
  totalSteps: number;
  series: SvgSeries[];
  phases: SvgPhase[];
  /** Total width in px (default 420). */
  width?: number;
  /** Height of one group's strip in px (default 110 for one group, 80 per strip for several). */
  stripHeight?: number;
}

export interface LrSvgLayout {
  width: number;
  height: number;
  /** Plot area: left edge, right edge (x), and per strip its top and bottom (y). */
  left: number;
  right: number;
  strips: { top: number; bottom: number }[];
}

/** Mid-tone series colours, legible on dark and light backgrounds. */
export const SERIES_COLORS: readonly string[] = ['#4e9be6', '#e8913a', '#3fb47a', '#c569d6', '#e0605f', '#b5a73a'];
const AXIS_COLOR = '#8c8c8c';
const GRID_COLOR = 'rgba(140,140,140,0.28)';
const PHASE_COLOR = '#a0a0a0';

const MARGIN = { left: 54, right: 12, top: 18, bottom: 24, gap: 14 };

/** Geometry of the image for a number of strips. */
export function lrSvgLayout(strips: number, width = 420, stripHeight?: number): LrSvgLayout {
  const n = Math.max(1, strips);
  const h = stripHeight ?? (n === 1 ? 110 : 80);
  const list: { top: number; bottom: number }[] = [];
  let y = MARGIN.top;
  for (let i = 0; i < n; i++) {
    list.push({ top: y, bottom: y + h });
    y += h + MARGIN.gap;
  }
  return { width, height: y - MARGIN.gap + MARGIN.bottom, left: MARGIN.left, right: width - MARGIN.right, strips: list };
}

/** x pixel of a step: linear over [0, totalSteps]. */
export function xOfStep(step: number, totalSteps: number, layout: LrSvgLayout): number {
  const t = totalSteps > 0 ? step / totalSteps : 0;
  return layout.left + Math.min(1, Math.max(0, t)) * (layout.right - layout.left);
}

/** Compact LR label: 3 significant digits, exponent form for small/large values ("3e-4", "0.02"). */
export function formatLr(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-2 && a < 1e4) return String(Number(v.toPrecision(3)));
  const [m, e] = v.toExponential(2).split('e');
  return `${String(Number(m))}e${Number(e)}`;
}

/** Compact step label (1200 → "1.2k", 1000000 → "1M"). */
export function formatSteps(v: number): string {
  if (v >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (v >= 1e4) return `${Number((v / 1e3).toPrecision(3))}k`;
  return String(Math.round(v));
}

/**
 * Keeps at most ~`maxPoints` points: the range is cut into maxPoints/2 buckets and each keeps its min and max
 * (in step order) plus the first and last point, so peaks, floors and phase corners survive.
 */
export function decimateMinMax(steps: ArrayLike<number>, values: ArrayLike<number>, maxPoints: number): { steps: number[]; values: number[] } {
  const n = Math.min(steps.length, values.length);
  if (n <= maxPoints) return { steps: Array.from({ length: n }, (_, i) => steps[i]), values: Array.from({ length: n }, (_, i) => values[i]) };
  const buckets = Math.max(1, Math.floor((maxPoints - 2) / 2));
  const outS: number[] = [steps[0]];
  const outV: number[] = [values[0]];
  const per = (n - 2) / buckets;
  for (let b = 0; b < buckets; b++) {
    const start = 1 + Math.floor(b * per);
    const end = Math.min(n - 1, 1 + Math.floor((b + 1) * per));
    if (end <= start) continue;
    let lo = start;
    let hi = start;
    for (let i = start + 1; i < end; i++) {
      if (values[i] < values[lo]) lo = i;
      if (values[i] > values[hi]) hi = i;
    }
    const [a, c] = lo <= hi ? [lo, hi] : [hi, lo];
    outS.push(steps[a]);
    outV.push(values[a]);
    if (c !== a) {
      outS.push(steps[c]);
      outV.push(values[c]);
    }
  }
  outS.push(steps[n - 1]);
  outV.push(values[n - 1]);
  return { steps: outS, values: outV };
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const f1 = (v: number) => (Math.round(v * 10) / 10).toString();

/** The SVG document (a complete `<svg>` element with xmlns). */
export function renderLrSvg(opts: LrSvgOptions): string {
  const series = opts.series.length ? opts.series : [{ label: 'lr', steps: [], values: [] }];
  const L = lrSvgLayout(series.length, opts.width ?? 420, opts.stripHeight);
  const total = Math.max(1, opts.totalSteps);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}" ` +
      `font-family="-apple-system,Segoe UI,Helvetica,Arial,sans-serif" font-size="10">`,
  );
  series.forEach((s, i) => {
    const { top, bottom } = L.strips[i];
    const color = SERIES_COLORS[i % SERIES_COLORS.length];
    let peak = 0;
    for (let k = 0; k < s.values.length; k++) if (s.values[k] > peak) peak = s.values[k];
    const yMax = peak > 0 ? peak * 1.08 : 1;
    const y = (v: number) => bottom - (Math.max(0, v) / yMax) * (bottom - top);
    // Frame: baseline, peak grid line, y labels.
    parts.push(`<line x1="${L.left}" y1="${bottom}" x2="${L.right}" y2="${bottom}" stroke="${AXIS_COLOR}" stroke-width="1"/>`);
    parts.push(`<line x1="${L.left}" y1="${top}" x2="${L.left}" y2="${bottom}" stroke="${AXIS_COLOR}" stroke-width="1"/>`);
    if (peak > 0) {
      const yp = f1(y(peak));
      parts.push(`<line x1="${L.left}" y1="${yp}" x2="${L.right}" y2="${yp}" stroke="${GRID_COLOR}" stroke-width="1"/>`);
      parts.push(`<text x="${L.left - 4}" y="${yp}" dy="3" text-anchor="end" fill="${AXIS_COLOR}">${esc(formatLr(peak))}</text>`);
    }
    parts.push(`<text x="${L.left - 4}" y="${bottom}" dy="3" text-anchor="end" fill="${AXIS_COLOR}">0</text>`);
    parts.push(`<text x="${L.right}" y="${top - 4}" text-anchor="end" fill="${color}" font-weight="600">${esc(s.label)}</text>`);
    // Curve.
    const n = Math.min(s.steps.length, s.values.length);
    if (n > 0) {
      const pts = decimateMinMax(s.steps, s.values, 1200);
      let d = '';
      for (let k = 0; k < pts.steps.length; k++) {
        d += `${k === 0 ? 'M' : 'L'}${f1(xOfStep(pts.steps[k], total, L))} ${f1(y(pts.values[k]))}`;
      }
      parts.push(`<path class="curve" d="${d}" fill="none" stroke="${color}" stroke-width="1.8" stroke-linejoin="round"/>`);
    }
  });
  // Phase markers across all strips, labels above the first strip (skipped when they would overlap).
  const top0 = L.strips[0].top;
  const bottomN = L.strips[L.strips.length - 1].bottom;
  let lastLabelX = -Infinity;
  for (const p of [...opts.phases].sort((a, b) => a.step - b.step)) {
    if (p.step < 0 || p.step > total) continue;
    const x = f1(xOfStep(p.step, total, L));
    parts.push(
      `<line class="phase" data-step="${p.step}" x1="${x}" y1="${top0 - 2}" x2="${x}" y2="${bottomN}" stroke="${PHASE_COLOR}" ` +
        `stroke-width="1" stroke-dasharray="3 3"><title>${esc(p.label)} (step ${p.step})</title></line>`,
    );
    const xn = Number(x);
    if (xn - lastLabelX > 60) {
      const anchor = xn > L.right - 40 ? 'end' : xn < L.left + 40 ? 'start' : 'middle';
      parts.push(`<text x="${x}" y="${top0 - 6}" text-anchor="${anchor}" fill="${PHASE_COLOR}">${esc(p.label)}</text>`);
      lastLabelX = xn;
    }
  }
  // x axis labels.
  const yb = bottomN + 14;
  parts.push(`<text x="${L.left}" y="${yb}" text-anchor="start" fill="${AXIS_COLOR}">0</text>`);
  parts.push(`<text x="${(L.left + L.right) / 2}" y="${yb}" text-anchor="middle" fill="${AXIS_COLOR}">step</text>`);
  parts.push(`<text x="${L.right}" y="${yb}" text-anchor="end" fill="${AXIS_COLOR}">${esc(formatSteps(total))}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/** `data:image/svg+xml;base64,…` for Markdown images. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
