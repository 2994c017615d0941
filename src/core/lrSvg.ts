/**
 * A small, dependency-free SVG renderer for LR curves, used by the config hover (as a data: image inside
 * Markdown) and usable by the CLI's report. Pure string building: no vscode, no DOM, no tfjs.
 *
 * Layout, top to bottom: a legend row (a colour swatch and label per series), two rows for phase-marker
 * labels, then one horizontal strip per parameter group, stacked, sharing the x axis (step). Each strip has
 * its own linear y scale from 0 to the group's peak, because groups of a hybrid differ by 10–20× in base LR
 * and a shared axis would flatten the smaller one; its y axis is drawn in the series colour and labelled
 * with the peak and final LR (or λ as "1×" for a unit curve). Phase markers (warmup end, stable end, decay
 * start/end) are dashed vertical lines across all strips at x(step); markers at the same step share one
 * label, and labels are placed on the two label rows so that they never overlap each other (end-aligned at
 * the right edge, start-aligned at the left) — the legend has a row of its own. Colours are mid-tones on a
 * transparent background so the image reads on dark, light and high-contrast themes (an <img> cannot use
 * the theme's CSS variables).
 */
import { escapeHtml } from '../escape';

export interface SvgSeries {
  /** Legend label ("muon (base 0.02)", "λ(t)"). */
  label: string;
  /** Steps, ascending. */
  steps: ArrayLike<number>;
  /** LR at each step. */
  values: ArrayLike<number>;
  /** y labels as LRs (default) or as multiples of the base LR ("1×", "0.1×") for a unit λ curve. */
  unit?: 'lr' | 'ratio';
  /**
   * y axis from 0 to the peak (default), or over the data's own [min, max] — for a cycled momentum, which
   * moves within 0.85–0.95 and would look flat on an axis from 0.
   */
  range?: 'zero' | 'data';
}

interface SvgPhase {
  step: number;
  label: string;
}

interface LrSvgOptions {
  /** x axis extent: steps 0 … totalSteps. */
  totalSteps: number;
  series: SvgSeries[];
  phases: SvgPhase[];
  /** Total width in px (default 420). */
  width?: number;
  /** Height of one group's strip in px (default 96 for one group, 62 per strip for several). */
  stripHeight?: number;
}

interface LrSvgLayout {
  width: number;
  height: number;
  /** Plot area: left edge, right edge (x), and per strip its top and bottom (y). */
  left: number;
  right: number;
  strips: { top: number; bottom: number }[];
  /** Baselines of the legend rows and of the two phase-label rows. */
  legendRows: number[];
  phaseRows: number[];
}

/** Mid-tone series colours, legible on dark and light backgrounds. */
const SERIES_COLORS: readonly string[] = ['#3f8fdf', '#e07b20', '#2ea56a', '#b45cc8', '#d9534f', '#9c8f1f'];
/** Neutral grey with ≥ 3:1 contrast on both #1f1f1f and #ffffff. */
const AXIS_COLOR = '#858585';
const GRID_COLOR = 'rgba(133,133,133,0.3)';
const PHASE_COLOR = '#858585';

/** Font size of all text, and the average glyph width used to measure labels (sans-serif ≈ 0.58 em). */
export const FONT_SIZE = 10;
const CHAR_W = FONT_SIZE * 0.58;
const ROW_H = 13;
const LABEL_GAP = 8;

const MARGIN = { left: 54, right: 12, top: 4, bottom: 24, gap: 14, plotTop: 6 };

/** Width in px a label of this text takes (estimate; used for placement and tests). */
export function textWidth(text: string): number {
  return Math.ceil(text.length * CHAR_W);
}

/** Geometry of the image for a number of strips (and legend rows, 1 unless the legend wraps). */
export function lrSvgLayout(strips: number, width = 420, stripHeight?: number, legendRowCount = 1): LrSvgLayout {
  const n = Math.max(1, strips);
  // Compact by default: VS Code caps a hover at about a quarter of the editor height (≥ 250 px).
  const h = stripHeight ?? (n === 1 ? 96 : 62);
  let y = MARGIN.top;
  const legendRows: number[] = [];
  for (let i = 0; i < Math.max(1, legendRowCount); i++) legendRows.push((y += ROW_H) - 3);
  const phaseRows: number[] = [];
  for (let i = 0; i < 2; i++) phaseRows.push((y += ROW_H) - 3);
  y += MARGIN.plotTop;
  const list: { top: number; bottom: number }[] = [];
  for (let i = 0; i < n; i++) {
    list.push({ top: y, bottom: y + h });
    y += h + MARGIN.gap;
  }
  return { width, height: y - MARGIN.gap + MARGIN.bottom, left: MARGIN.left, right: width - MARGIN.right, strips: list, legendRows, phaseRows };
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


const f1 = (v: number) => (Math.round(v * 10) / 10).toString();

/** One legend entry: swatch at x, text after it, on legend row `row`. */
interface LegendItem {
  x: number;
  row: number;
  text: string;
  color: string;
}

/** Legend entries left to right from the plot's left edge, wrapping to a new row when the width is used up. */
function legendItems(labels: string[], left: number, right: number): LegendItem[] {
  const out: LegendItem[] = [];
  let x = left;
  let row = 0;
  labels.forEach((text, i) => {
    const w = 18 + textWidth(text);
    if (x > left && x + w > right) {
      row++;
      x = left;
    }
    out.push({ x, row, text, color: SERIES_COLORS[i % SERIES_COLORS.length] });
    x += w + 14;
  });
  return out;
}

/** A placed phase label: text drawn at x with the anchor, on label row `row` (0 = upper). */
interface PhaseLabel {
  step: number;
  text: string;
  x: number;
  anchor: 'start' | 'middle' | 'end';
  row: number;
  /** Horizontal extent [x0, x1] the text covers (estimate). */
  x0: number;
  x1: number;
}

/**
 * Phase markers merged by step ("warmup end · decay start (step 60)") — the core labels each marker
 * "<name> (step N)"; merged markers keep one "(step N)".
 */
export function mergePhases(phases: SvgPhase[], totalSteps: number): SvgPhase[] {
  const byStep = new Map<number, string[]>();
  for (const p of [...phases].sort((a, b) => a.step - b.step)) {
    if (p.step < 0 || p.step > totalSteps) continue;
    const name = p.label.replace(/\s*\(step \d+\)\s*$/, '');
    const list = byStep.get(p.step) ?? [];
    if (!list.includes(name)) list.push(name);
    byStep.set(p.step, list);
  }
  return [...byStep.entries()].map(([step, names]) => ({ step, label: `${names.join(' · ')} (step ${step})` }));
}

/**
 * Places merged phase labels on `rows` label rows so that no two overlap (≥ LABEL_GAP px apart) and none leaves
 * [0, width]: centred on the marker, start-aligned near the left edge, end-aligned near the right edge; each
 * label takes the first row where it fits. A label that fits nowhere is dropped (its marker line keeps a
 * tooltip with the text). Pure; exported for tests.
 */
export function placePhaseLabels(phases: SvgPhase[], xOf: (step: number) => number, width: number, rows = 2): PhaseLabel[] {
  const lastEnd: number[] = new Array(rows).fill(-Infinity);
  const out: PhaseLabel[] = [];
  for (const p of phases) {
    const x = xOf(p.step);
    const w = textWidth(p.label);
    let anchor: PhaseLabel['anchor'] = 'middle';
    let x0 = x - w / 2;
    if (x0 < 2) {
      anchor = 'start';
      x0 = x;
    }
    if (x0 + w > width - 2) {
      anchor = 'end';
      x0 = x - w;
    }
    if (x0 < 0) continue;
    const row = lastEnd.findIndex((end) => x0 >= end + LABEL_GAP);
    if (row < 0) continue;
    lastEnd[row] = x0 + w;
    out.push({ step: p.step, text: p.label, x, anchor, row, x0, x1: x0 + w });
  }
  return out;
}

/** The SVG document (a complete `<svg>` element with xmlns). */
export function renderLrSvg(opts: LrSvgOptions): string {
  const series = opts.series.length ? opts.series : [{ label: 'lr', steps: [], values: [] }];
  const width = opts.width ?? 420;
  const probe = lrSvgLayout(series.length, width, opts.stripHeight);
  const legend = legendItems(series.map((s) => s.label), probe.left, probe.right);
  const L = lrSvgLayout(series.length, width, opts.stripHeight, 1 + Math.max(0, ...legend.map((l) => l.row)));
  const total = Math.max(1, opts.totalSteps);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}" ` +
      `font-family="-apple-system,Segoe UI,Helvetica,Arial,sans-serif" font-size="${FONT_SIZE}">`,
  );
  // Legend: a swatch in the series colour and its label, in strip order.
  for (const item of legend) {
    const y = L.legendRows[item.row];
    parts.push(`<line class="legend-swatch" x1="${item.x}" y1="${y - 3.5}" x2="${item.x + 14}" y2="${y - 3.5}" stroke="${item.color}" stroke-width="3"/>`);
    parts.push(`<text class="legend" x="${item.x + 18}" y="${y}" fill="${AXIS_COLOR}">${escapeHtml(item.text)}</text>`);
  }
  series.forEach((s, i) => {
    const { top, bottom } = L.strips[i];
    const color = SERIES_COLORS[i % SERIES_COLORS.length];
    const n = Math.min(s.steps.length, s.values.length);
    let peak = 0;
    let low = Infinity;
    for (let k = 0; k < n; k++) {
      if (s.values[k] > peak) peak = s.values[k];
      if (s.values[k] < low) low = s.values[k];
    }
    const final = n > 0 ? s.values[n - 1] : 0;
    // 'data': the axis starts at the series' minimum (labelled instead of 0), with the same 8% headroom.
    const lo = s.range === 'data' && n > 0 && low < peak ? low - (peak - low) * 0.08 : 0;
    const yMax = peak > lo ? lo + (peak - lo) * 1.08 : lo + 1;
    const y = (v: number) => bottom - (Math.max(0, v - lo) / (yMax - lo)) * (bottom - top);
    const label = (v: number) => (s.unit === 'ratio' ? `${formatLr(v)}×` : formatLr(v));
    // Frame: baseline, y axis in the series colour, grid lines and labels at peak and final.
    parts.push(`<line x1="${L.left}" y1="${bottom}" x2="${L.right}" y2="${bottom}" stroke="${AXIS_COLOR}" stroke-width="1"/>`);
    parts.push(`<line class="axis" x1="${L.left}" y1="${top}" x2="${L.left}" y2="${bottom}" stroke="${color}" stroke-width="2"/>`);
    // The final LR's label is nudged (≤ a few px) off the peak and zero labels; its grid line stays exact.
    const yLabels: { v: number; y: number; at: number }[] = lo > 0 ? [{ v: low, y: y(low), at: y(low) }] : [{ v: 0, y: bottom, at: bottom }];
    if (peak > 0) yLabels.push({ v: peak, y: y(peak), at: y(peak) });
    const room = { lo: y(peak) + 11, hi: bottom - 12 };
    if (lo === 0 && final > 0 && final < peak * 0.97 && formatLr(final) !== formatLr(peak) && room.lo <= room.hi) {
      yLabels.push({ v: final, y: y(final), at: Math.min(room.hi, Math.max(room.lo, y(final))) });
    }
    for (const yl of yLabels) {
      if (yl.v > 0) parts.push(`<line x1="${L.left}" y1="${f1(yl.y)}" x2="${L.right}" y2="${f1(yl.y)}" stroke="${GRID_COLOR}" stroke-width="1"/>`);
      parts.push(`<text class="ylabel" x="${L.left - 5}" y="${f1(yl.at + 3)}" text-anchor="end" fill="${AXIS_COLOR}">${escapeHtml(yl.v === 0 ? '0' : s.range === 'data' ? formatLr(yl.v) : label(yl.v))}</text>`);
    }
    // Curve.
    if (n > 0) {
      const pts = decimateMinMax(s.steps, s.values, 1200);
      let d = '';
      for (let k = 0; k < pts.steps.length; k++) {
        d += `${k === 0 ? 'M' : 'L'}${f1(xOfStep(pts.steps[k], total, L))} ${f1(y(pts.values[k]))}`;
      }
      parts.push(`<path class="curve" d="${d}" fill="none" stroke="${color}" stroke-width="1.8" stroke-linejoin="round"/>`);
    }
  });
  // Phase markers across all strips; merged labels on the two label rows above the plot.
  const top0 = L.strips[0].top;
  const bottomN = L.strips[L.strips.length - 1].bottom;
  const merged = mergePhases(opts.phases, total);
  for (const p of merged) {
    const x = f1(xOfStep(p.step, total, L));
    parts.push(
      `<line class="phase" data-step="${p.step}" x1="${x}" y1="${top0 - 3}" x2="${x}" y2="${bottomN}" stroke="${PHASE_COLOR}" ` +
        `stroke-width="1" stroke-dasharray="3 3"><title>${escapeHtml(p.label)}</title></line>`,
    );
  }
  for (const lab of placePhaseLabels(merged, (step) => Number(f1(xOfStep(step, total, L))), L.width)) {
    parts.push(`<text class="phase-label" data-row="${lab.row}" x="${f1(lab.x)}" y="${L.phaseRows[lab.row]}" text-anchor="${lab.anchor}" fill="${PHASE_COLOR}">${escapeHtml(lab.text)}</text>`);
  }
  // x axis labels.
  const yb = bottomN + 14;
  parts.push(`<text x="${L.left}" y="${yb}" text-anchor="start" fill="${AXIS_COLOR}">0</text>`);
  parts.push(`<text x="${(L.left + L.right) / 2}" y="${yb}" text-anchor="middle" fill="${AXIS_COLOR}">step</text>`);
  parts.push(`<text x="${L.right}" y="${yb}" text-anchor="end" fill="${AXIS_COLOR}">${escapeHtml(formatSteps(total))}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/** `data:image/svg+xml;base64,…` for Markdown images. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
